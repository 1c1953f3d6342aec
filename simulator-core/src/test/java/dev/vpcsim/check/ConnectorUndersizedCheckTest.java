package dev.vpcsim.check;

import dev.vpcsim.capacity.Simulation;
import dev.vpcsim.capacity.SimulationOptions;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Shape;
import dev.vpcsim.model.traffic.Signal;
import dev.vpcsim.model.traffic.Traffic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.vpcsim.check.Fixtures.connector;
import static dev.vpcsim.check.Fixtures.findings;
import static dev.vpcsim.check.Fixtures.network;
import static dev.vpcsim.check.Fixtures.service;
import static dev.vpcsim.check.Fixtures.throughput;
import static dev.vpcsim.check.Fixtures.traffic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** connector-undersized from the capacity simulator (semantics.md section 6, docs/capacity.md section 2). */
class ConnectorUndersizedCheckTest {

    static Design design(ConnectorFixture c, Traffic t, String... workloads) {
        var b = Fixtures.design().network(network("vpc").build()).connector(c.build());
        for (String w : workloads) {
            b.workload(service(w).connector("conn").build());
        }
        if (t != null) {
            b.traffic(t);
        }
        return b.build();
    }

    /** One hour at 1 s steps: 200 Mbps, then 450 Mbps from 1800 s. */
    private static Traffic stepTo450() {
        Profile p = new Profile("svc", Optional.of(Signal.of(new Shape.Step(200, 450, 1800))), Optional.empty(),
                Optional.empty(), Profile.DEFAULT_REQUEST_SECONDS);
        return new Traffic(3600, 1, List.of(p), List.of(), List.of());
    }

    @Test
    void demandBeyondMaxFiresWithTheSimulatedFigures() {
        // e2-micro 2..3, 100 Mbps each, scale-out delay 60 s. Before 1800 s: 200 Mbps needs 2 = the warm start.
        // From 1800 s: 450 Mbps needs ceil(450 / 100) = 5 > 3. Capacity 200 Mbps until 1859 s, then 3 x 100 = 300.
        // Saturated 1800..3599: 1800 s. Undelivered: 60 s x 250 + 1740 s x 150 = 15000 + 261000 = 276000 Mb.
        List<Finding> f = findings(design(connector("conn").instances(2, 3), stepTo450(), "svc"),
                ConnectorUndersizedCheck.ID);
        assertEquals(1, f.size());
        Finding x = f.get(0);
        assertEquals(Severity.WARNING, x.severity());
        assertEquals("connectors/conn", x.resource());
        assertEquals("connector conn saturates under the simulated traffic (without noise): the demand of svc peaks"
                + " at 450 Mbps and needs 5 instances of 100 Mbps (e2-micro), but at most 3 instances carry 300 Mbps;"
                + " over the 1h run it saturates for 1800 s and 276000 megabits are not delivered (requests slow down"
                + " or time out).", x.message());
        // 5 e2-micro: 5 x 0.008376 x 730 = 30.57 USD/month is the cheapest option carrying 450 Mbps
        // (f1-micro 9 x 0.0076 x 730 = 49.93, e2-standard-4 2 x 0.134012 x 730 = 195.66): no other type offered.
        assertEquals("raise maxInstances to 5: 5 x 100 Mbps = 500 Mbps carries the 450 Mbps peak.", x.fix());
    }

    @Test
    void raisingMaxSilencesItThoughTheScaleOutDelayStillSaturates() {
        Design d = design(connector("conn").instances(2, 5), stepTo450(), "svc");
        assertEquals(0, findings(d, ConnectorUndersizedCheck.ID).size());
        // ASSUMPTION documented in docs/checks.md: the 60 s of the scale-out delay (1800..1859 s) saturate, and
        // that alone does not fire.
        CapacityFacts facts = CapacityFacts.of(d);
        assertEquals(60, facts.connector("conn").orElseThrow().saturatedSeconds());
        assertEquals(5, facts.connector("conn").orElseThrow().peakNeededInstances());
    }

    @Test
    void constantDemandAtExactlyMaxCapacityDoesNotFire() {
        // 1000 Mbps = 10 x 100 Mbps: needed 10, not above max 10
        assertEquals(0, findings(design(connector("conn"), traffic(throughput("svc", 1000)), "svc"),
                ConnectorUndersizedCheck.ID).size());
    }

    @Test
    void workloadsOfTheConnectorAreSummedAtEachStep() {
        // 300 + 500 = 800 Mbps on 2..5 e2-micro: ceil(800 / 100) = 8 > 5; e2-micro stays the cheapest at 8
        // (8 x 0.008376 x 730 = 48.92 against f1-micro 16 > 10 instances and e2-standard-4 195.66)
        Design d = design(connector("conn").instances(2, 5), traffic(throughput("a", 300), throughput("b", 500)),
                "a", "b");
        List<Finding> f = findings(d, ConnectorUndersizedCheck.ID);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("the demand of a and b peaks at 800 Mbps and needs 8 instances"),
                f.get(0).message());
        // warm start at 5 instances, 24 h at 300 Mbps short: 86400 x 300 = 25920000 Mb
        assertTrue(f.get(0).message().contains("over the 1d run it saturates for 86400 s and 25920000 megabits"),
                f.get(0).message());
        assertEquals("raise maxInstances to 8: 8 x 100 Mbps = 800 Mbps carries the 800 Mbps peak.", f.get(0).fix());
    }

    @Test
    void aCheaperMachineTypeIsOffered() {
        // f1-micro 2..3 (50 Mbps): 400 Mbps needs 8. At the peak f1-micro costs 8 x 0.0076 x 730 = 44.38 USD/month,
        // e2-micro 4 x 0.008376 x 730 = 24.46 (maxInstances max(4, 3) = 4)
        Design d = design(connector("conn").machineType("f1-micro").instances(2, 3),
                traffic(throughput("svc", 400)), "svc");
        List<Finding> f = findings(d, ConnectorUndersizedCheck.ID);
        assertEquals(1, f.size());
        assertEquals("raise maxInstances to 8: 8 x 50 Mbps = 400 Mbps carries the 400 Mbps peak; cheaper at the"
                + " peak: machine type e2-micro (100 Mbps per instance) with maxInstances 4 (USD 24.46 per month at"
                + " the peak).", f.get(0).fix());
    }

    @Test
    void beyondTenInstancesALargerMachineType() {
        // e2-micro: 1200 Mbps needs 12 > 10; e2-standard-4 needs ceil(1200 / 1600) = 1, so 2 (its min) and
        // maxInstances 3: 2 x 0.134012 x 730 = 195.66 USD/month. Warm at 10 (1000 Mbps): 200 x 86400 = 17280000 Mb.
        List<Finding> f = findings(design(connector("conn"), traffic(throughput("svc", 1200)), "svc"),
                ConnectorUndersizedCheck.ID);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("needs 12 instances of 100 Mbps (e2-micro), but at most 10 instances"
                + " carry 1000 Mbps") && f.get(0).message().contains("17280000 megabits"), f.get(0).message());
        assertEquals("use machine type e2-standard-4 (1600 Mbps per instance) with maxInstances 3 (USD 195.66 per"
                + " month at the peak), or move the heaviest workloads to Direct VPC egress.", f.get(0).fix());
    }

    @Test
    void nothingCarriesItThenSplit() {
        // 20000 Mbps: even e2-standard-4 needs ceil(20000 / 1600) = 13 > 10
        List<Finding> f = findings(design(connector("conn"), traffic(throughput("svc", 20000)), "svc"),
                ConnectorUndersizedCheck.ID);
        assertEquals(1, f.size());
        assertTrue(f.get(0).fix().startsWith("split the workloads over several connectors"), f.get(0).fix());
    }

    @Test
    void withoutTrafficNothingFiresAndNothingIsSimulated() {
        AtomicInteger runs = new AtomicInteger();
        Design d = design(connector("conn").instances(2, 3), null, "svc");
        CapacityFacts facts = new CapacityFacts(d, counting(runs));
        List<Finding> all = Linter.run(d, facts);
        assertTrue(all.stream().noneMatch(x -> x.id().equals(ConnectorUndersizedCheck.ID)));
        assertEquals(0, runs.get());
        assertFalse(facts.simulated());
    }

    @Test
    void oneCheckRunSimulatesOnceForEveryCapacityRule() {
        AtomicInteger runs = new AtomicInteger();
        Design d = design(connector("conn").instances(2, 3), stepTo450(), "svc");
        List<Finding> all = Linter.run(d, new CapacityFacts(d, counting(runs)));
        assertEquals(1, all.stream().filter(x -> x.id().equals(ConnectorUndersizedCheck.ID)).count());
        assertEquals(1, runs.get());
        assertEquals(all, Linter.run(d), "deterministic, and the same through Linter.run(design)");
    }

    static java.util.function.Function<Design, dev.vpcsim.capacity.report.SimulationResult> counting(
            AtomicInteger runs) {
        return d -> {
            runs.incrementAndGet();
            return new Simulation().run(d, SimulationOptions.of(d));
        };
    }
}
