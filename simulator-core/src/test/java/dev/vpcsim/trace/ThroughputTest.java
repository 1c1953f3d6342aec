package dev.vpcsim.trace;

import dev.vpcsim.model.Design;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rough single-thread throughput check on a large design (slow: run with -Dvpcsim.excludedGroups=). */
@Tag("slow")
class ThroughputTest {

    @Test
    void tracesPerSecondOnALargeDesign() {
        long t0 = System.nanoTime();
        Design d = BigDesign.build(7);
        long t1 = System.nanoTime();
        TraceEngine engine = new TraceEngine(d);
        long t2 = System.nanoTime();
        List<Flow> flows = BigDesign.flows(d, 200_000, 11);
        Map<Result, Integer> results = new EnumMap<>(Result.class);
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            long s = System.nanoTime();
            for (Flow f : flows) {
                Trace t = engine.trace(f);
                sink += t.steps().size();
                if (round == 0) {
                    results.merge(t.result(), 1, Integer::sum);
                }
            }
            double secs = (System.nanoTime() - s) / 1e9;
            System.out.printf("round %d: %.0f traces/s%n", round, flows.size() / secs);
        }
        System.out.printf("design %.2fs, engine %.2fs, results %s, sink %d%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                results, sink);
        assertTrue(sink > 0);
    }

    @Test
    void reachOnALargeDesign() {
        Design d = BigDesign.build(7);
        long s = System.nanoTime();
        List<ReachRow> rows;
        try (dev.vpcsim.exec.LocalExecutor ex = new dev.vpcsim.exec.LocalExecutor(2)) {
            rows = Reach.rows(d, ex);
        }
        double secs = (System.nanoTime() - s) / 1e9;
        System.out.printf("reach: %d rows in %.1fs (%.0f rows/s on 2 threads)%n", rows.size(), secs, rows.size() / secs);
        assertTrue(rows.size() >= d.workloads().size() * d.endpoints().size());
    }
}
