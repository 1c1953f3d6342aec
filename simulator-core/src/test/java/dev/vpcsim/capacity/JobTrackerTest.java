package dev.vpcsim.capacity;

import dev.vpcsim.model.traffic.JobRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobTrackerTest {

    /** Runs the job uncapped and returns the addresses held at each step (after starts). */
    private static int[] held(JobRun job, int steps) {
        JobTracker t = new JobTracker(job, 1);
        int[] out = new int[steps];
        for (int k = 0; k < steps; k++) {
            int h = t.expire(k);
            int wanted = t.wanted(k);
            t.start(k, wanted, wanted);
            out[k] = h + wanted;
        }
        return out;
    }

    @Test
    void tasksHoldOneAddressWhileRunningAndSevenMinutesAfter() {
        // 200 tasks, 50 at a time, 5 minutes each, from t = 100 s: waves start at 100, 400, 700, 1000
        int[] h = held(new JobRun("j", 100, 200, 50, 300), 2000);
        assertEquals(0, h[99]);
        assertEquals(50, h[100]);
        assertEquals(50, h[399]);
        assertEquals(100, h[400]);          // wave 1 retained (until 400 + 420 = 820), wave 2 running
        assertEquals(150, h[700]);          // waves 1, 2 retained, wave 3 running
        assertEquals(100, h[820]);          // wave 1 released
        assertEquals(150, h[1000]);         // waves 2 (to 1120), 3 (to 1420) retained, wave 4 running
        assertEquals(100, h[1120]);
        assertEquals(100, h[1299]);
        assertEquals(100, h[1300]);         // wave 4 done: waves 3, 4 retained
        assertEquals(50, h[1420]);
        assertEquals(0, h[1720]);
    }

    @Test
    void turnedAwayTasksCountOnceAndRetry() {
        JobTracker t = new JobTracker(new JobRun("j", 0, 10, 10, 60), 1);
        t.expire(0);
        assertEquals(10, t.wanted(0));
        assertEquals(6, t.start(0, 10, 4));
        assertEquals(6, t.unserved());
        t.expire(1);
        assertEquals(6, t.wanted(1));
        assertEquals(0, t.start(1, 6, 0));   // still the same 6 tasks: not counted again
        t.expire(2);
        assertEquals(0, t.start(2, 6, 6));
        assertEquals(0, t.unserved());
    }
}
