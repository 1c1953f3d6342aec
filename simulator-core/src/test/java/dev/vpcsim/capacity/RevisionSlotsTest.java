package dev.vpcsim.capacity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RevisionSlotsTest {

    @Test
    void slotsOfInstancesThatWentAwayStayForTheWindow() {
        // window 3 steps: a count stays held at steps k .. k + 3
        RevisionSlots s = new RevisionSlots(3);
        assertEquals(0, s.heldBefore(0));
        s.push(0, 10);
        assertEquals(10, s.heldBefore(1));
        s.push(1, 4);                      // scaled down to 4 at step 1: 6 slots released at step 1
        assertEquals(10, s.held());
        assertEquals(10, s.heldBefore(2));
        s.push(2, 4);
        assertEquals(10, s.heldBefore(3));
        s.push(3, 4);
        assertEquals(4, s.heldBefore(4));   // released at step 1, held during steps 1, 2, 3 (3 steps)
        s.push(4, 6);                      // scaling up after expiry takes 2 new slots
        assertEquals(6, s.held());
    }

    @Test
    void scalingUpWithinTheWindowReusesRetainedSlots() {
        RevisionSlots s = new RevisionSlots(5);
        s.push(0, 8);
        assertEquals(8, s.heldBefore(1));
        s.push(1, 2);
        assertEquals(8, s.heldBefore(2));
        s.push(2, 7);                      // 7 <= 8 retained: no new slot
        assertEquals(8, s.held());
        for (int k = 3; k <= 7; k++) {
            assertEquals(k <= 5 ? 8 : 7, s.heldBefore(k), "step " + k);
            s.push(k, 0);
        }
        assertEquals(0, s.heldBefore(13));
    }
}
