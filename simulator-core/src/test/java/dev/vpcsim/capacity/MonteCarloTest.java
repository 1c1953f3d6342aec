package dev.vpcsim.capacity;

import dev.vpcsim.capacity.report.Percentiles;
import dev.vpcsim.capacity.report.SimulationReport;
import dev.vpcsim.capacity.report.SimulationResult;
import dev.vpcsim.exec.LocalExecutor;
import dev.vpcsim.exec.WorkExecutor;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.traffic.Shape;
import dev.vpcsim.model.traffic.Signal;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonteCarloTest {

    private static Design noisy() {
        return CapacityFixtures.design().duration(6 * 3600, 10).subnet("run", "10.0.0.0/24")
                .connector("conn", "e2-micro", 2, 10, 60).connectorService("api", "conn")
                .throughput("api", new Signal(new Shape.Diurnal(100, 400, 86_400, 3 * 3600), 0.2))
                .directService("web", "run", 1, 100)
                .instances("web", new Signal(new Shape.Diurnal(20, 60, 86_400, 3 * 3600), 0.3))
                .build();
    }

    private static SimulationResult run(int threads, int runs, long seed) {
        Design d = noisy();
        try (WorkExecutor ex = new LocalExecutor(threads)) {
            return new Simulation().run(d, SimulationOptions.of(d).withRuns(runs).withSeed(seed), ex,
                    WorkExecutor.Progress.NONE);
        }
    }

    @Test
    void sameSeedSameResultWhateverTheThreadCount() {
        SimulationResult one = run(1, 24, 7);
        SimulationResult two = run(2, 24, 7);
        assertEquals(one, two);
        assertEquals(one.report(), run(2, 24, 7).report());
    }

    @Test
    void otherSeedOtherPercentilesButTheSameBaseline() {
        SimulationReport a = run(2, 24, 7).report();
        SimulationReport b = run(2, 24, 8).report();
        assertEquals(a.connectors(), b.connectors());
        assertEquals(a.subnets(), b.subnets());
        assertNotEquals(a.percentiles(), b.percentiles());
    }

    @Test
    void percentilesAreOrderedAndNoiseRaisesThePeak() {
        SimulationReport r = run(2, 40, 3).report();
        Percentiles p = r.percentiles();
        double p50 = p.p50().connectors().get(0).peakDemandMbps();
        double p95 = p.p95().connectors().get(0).peakDemandMbps();
        double p99 = p.p99().connectors().get(0).peakDemandMbps();
        assertTrue(p50 <= p95 && p95 <= p99);
        // six hours of 60 s factors with cv 0.2: the highest of ~40 factors near the peak is well above 1
        assertTrue(p50 > r.connectors().get(0).peakDemandMbps(), p50 + " vs " + r.connectors().get(0).peakDemandMbps());
        assertTrue(p.p50().subnets().get(0).peakReservedIps() <= p.p99().subnets().get(0).peakReservedIps());
        double sat = r.probabilities().connectors().get(0).saturationProbability();
        assertTrue(sat >= 0 && sat <= 1);
        assertEquals(40, r.runs());
    }

    @Test
    void oneRunIsTheNoiseFreeBaseline() {
        SimulationReport r = run(1, 1, 99).report();
        // diurnal peak 400 at 3 h, without noise
        assertEquals(400, r.connectors().get(0).peakDemandMbps(), 1e-6);
        assertEquals(400, r.percentiles().p99().connectors().get(0).peakDemandMbps(), 1e-6);
        assertEquals(r.percentiles().p50(), r.percentiles().p99());
    }

    @Test
    void progressTicksOncePerRunPlusTheBaseline() {
        Design d = noisy();
        AtomicInteger ticks = new AtomicInteger();
        try (WorkExecutor ex = new LocalExecutor(2)) {
            new Simulation().run(d, SimulationOptions.of(d).withRuns(5), ex, ticks::incrementAndGet);
        }
        assertEquals(6, ticks.get());
    }

    @Test
    void runSeedsAreDerivedInOrder() {
        assertArrayEquals(Simulation.runSeeds(1, 3), Simulation.runSeeds(1, 3));
        assertEquals(Simulation.runSeeds(1, 5)[2], Simulation.runSeeds(1, 3)[2]);
        assertEquals(1.0, NearestRank.of(new double[] {3, 1, 2}, 1));
        assertEquals(2.0, NearestRank.of(new double[] {3, 1, 2}, 50));
        assertEquals(3.0, NearestRank.of(new double[] {3, 1, 2}, 99));
    }

    @Test
    void longRunsAreRecordedAtBoundedResolution() {
        Design d = CapacityFixtures.design().duration(86_400, 1).subnet("run", "10.0.0.0/24")
                .connector("conn", "e2-micro", 2, 10, 60).connectorService("api", "conn")
                .throughput("api", new Shape.Spike(100, 900, 40_000, 5)).build();
        SimulationResult r = new Simulation().run(d, SimulationOptions.of(d));
        assertEquals(9, r.series().bucketSteps());                 // ceil(86,400 / 10,000)
        assertEquals(9600, r.series().connectors().get(0).points().size());
        // the 5-second spike survives as a bucket maximum
        assertEquals(900, r.series().connectors().get(0).points().stream()
                .mapToDouble(p -> p.demandMbps()).max().orElseThrow());
    }
}
