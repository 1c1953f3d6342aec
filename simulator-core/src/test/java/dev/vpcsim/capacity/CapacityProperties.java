package dev.vpcsim.capacity;

import dev.vpcsim.capacity.report.ConnectorPoint;
import dev.vpcsim.capacity.report.ConnectorReport;
import dev.vpcsim.capacity.report.SimulationResult;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.traffic.JobRun;
import dev.vpcsim.model.traffic.Shape;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants of the capacity models on random traffic. */
class CapacityProperties {

    @Provide
    Arbitrary<List<Integer>> demands() {
        return Arbitraries.integers().between(0, 120).list().ofMinSize(1).ofMaxSize(400);
    }

    @Property(tries = 200)
    void reservedIsABlockMultipleNeverBelowHeldAndCappedBelowUsable(
            @ForAll("demands") List<Integer> a, @ForAll("demands") List<Integer> b,
            @ForAll @IntRange(min = 22, max = 28) int prefix, @ForAll @IntRange(min = 1, max = 60) int step,
            @ForAll @IntRange(min = 0, max = 400) int rolloutStep, @ForAll boolean capped,
            @ForAll @IntRange(min = 1, max = 60) int tasks, @ForAll @IntRange(min = 1, max = 20) int parallelism) {
        long usable = DirectVpcAddresses.usableAddresses(prefix);
        int steps = Math.max(a.size(), b.size());
        JobTracker job = new JobTracker(new JobRun("j", 30L * step, tasks, parallelism, 300), step);
        SubnetTracker t = new SubnetTracker(usable, capped, new int[] {0, 1},
                new int[][] {{rolloutStep}, {}}, new JobTracker[] {job}, step);
        int[][] wanted = new int[2][1];
        List<long[]> seen = new ArrayList<>();
        for (int k = 0; k < steps; k++) {
            wanted[0][0] = a.get(Math.min(k, a.size() - 1));
            wanted[1][0] = b.get(Math.min(k, b.size() - 1));
            t.step(k, wanted, 0, step, (s, held, reserved, failed, unserved) -> seen.add(new long[] {held, reserved}));
        }
        for (long[] hr : seen) {
            assertEquals(0, hr[1] % 16);
            assertTrue(hr[1] >= hr[0]);
            assertTrue(hr[1] - hr[0] < 16);
            if (capped) {
                assertTrue(hr[1] <= usable, hr[1] + " > " + usable);
            }
        }
    }

    @Property(tries = 200)
    void connectorInstancesNeverDecreaseNorPassMax(
            @ForAll @Size(min = 1, max = 500) List<@IntRange(min = 0, max = 2000) Integer> demandMbps,
            @ForAll @IntRange(min = 2, max = 9) int min, @ForAll @IntRange(min = 1, max = 8) int extra,
            @ForAll @IntRange(min = 0, max = 300) int delaySeconds, @ForAll @IntRange(min = 1, max = 60) int step) {
        int max = Math.min(10, min + extra);
        ConnectorScaling s = new ConnectorScaling(min, max, 100, delaySeconds);
        ConnectorTracker t = new ConnectorTracker(s, step);
        int previous = 0;
        for (int k = 0; k < demandMbps.size(); k++) {
            t.step(demandMbps.get(k), step, SeriesRecorder.Connector.NONE, k);
            assertTrue(t.instances() >= previous);
            assertTrue(t.instances() >= min && t.instances() <= max);
            previous = t.instances();
        }
        assertEquals(previous, t.outcome().finalInstances());
    }

    @Property(tries = 30)
    void costIsInstanceSecondsTimesPriceOver3600(
            @ForAll @IntRange(min = 0, max = 3000) int before, @ForAll @IntRange(min = 0, max = 3000) int after,
            @ForAll @IntRange(min = 0, max = 7200) int at, @ForAll @IntRange(min = 1, max = 120) int step,
            @ForAll @IntRange(min = 0, max = 2) int type) {
        String machine = List.of("f1-micro", "e2-micro", "e2-standard-4").get(type);
        Design d = CapacityFixtures.design().duration(7200, step).subnet("app", "10.0.0.0/24")
                .connector("conn", machine, 2, 10, 60).connectorService("svc", "conn")
                .throughput("svc", new Shape.Step(before, after, at)).build();
        SimulationResult r = new Simulation().run(d, SimulationOptions.of(d));
        ConnectorReport c = r.report().connectors().get(0);
        List<ConnectorPoint> points = r.series().connectors().get(0).points();
        long instanceSeconds = 0;
        for (int k = 0; k < points.size(); k++) {
            long dt = Math.min(step, 7200 - points.get(k).seconds());
            instanceSeconds += points.get(k).instances() * dt;
        }
        double price = d.connector("conn").orElseThrow().effectivePricePerHourUsd();
        assertEquals(instanceSeconds * price / 3600, c.costUsd(), 1e-6);
        assertEquals(instanceSeconds / 3600.0, c.instanceHours(), 1e-6);
    }
}
