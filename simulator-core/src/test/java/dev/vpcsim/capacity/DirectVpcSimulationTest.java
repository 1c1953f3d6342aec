package dev.vpcsim.capacity;

import dev.vpcsim.capacity.report.SimulationResult;
import dev.vpcsim.capacity.report.SubnetPoint;
import dev.vpcsim.capacity.report.SubnetReport;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.WorkloadType;
import dev.vpcsim.model.traffic.Shape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DirectVpcSimulationTest {

    private static SimulationResult run(Design d) {
        return new Simulation().run(d, SimulationOptions.of(d));
    }

    /** The seed's worked example: revision 1 goes 100 -> 0 while revision 2 goes 0 -> 100, at t = 600 s. */
    private static Design rollout(String range) {
        return CapacityFixtures.design().duration(3600, 1).subnet("run", range)
                .directService("svc", "run", 0, 100).instances("svc", CapacityFixtures.constant(100))
                .rollout("svc", 600).build();
    }

    @Test
    void rolloutNeedsFourHundredAddressesAndASlash23HoldsThem() {
        SimulationResult r = run(rollout("10.0.0.0/23"));
        SubnetReport s = r.report().subnets().get(0);
        assertEquals(508, s.usableIps());
        assertEquals(400, s.peakReservedIps());          // (100 + 100) x 2, already a multiple of 16
        assertEquals(400, s.peakHeldIps());
        assertEquals(0, s.failedInstanceStarts());
        assertEquals(0, s.exhaustedSeconds());
        assertEquals(23, s.recommendedPrefixLength());
        List<SubnetPoint> p = r.series().subnets().get(0).points();
        assertEquals(200, p.get(599).heldIps());
        assertEquals(208, p.get(599).reservedIps());
        assertEquals(400, p.get(600).heldIps());
        assertEquals(400, p.get(1799).heldIps());        // retained exactly 20 minutes
        assertEquals(200, p.get(1800).heldIps());
    }

    @Test
    void aSlash24CannotHoldTheRollout() {
        SubnetReport s = run(rollout("10.0.0.0/24")).report().subnets().get(0);
        assertEquals(252, s.usableIps());
        // 200 held, 240 fit (15 blocks): 20 of revision 2's instances start, 80 fail until 1800 s
        assertEquals(240, s.peakReservedIps());
        assertEquals(80, s.failedInstanceStarts());
        assertEquals(1200, s.exhaustedSeconds());
        assertEquals(80L * 1200, s.unservedInstanceSeconds());
        assertEquals(400, s.peakRequestedReservedIps());
        assertEquals(23, s.recommendedPrefixLength());
        var rec = run(rollout("10.0.0.0/24")).report().recommendations().subnets().get(0);
        assertEquals(23, rec.recommendedPrefixLength());
        assertEquals(508, rec.recommendedUsableIps());
        assertEquals(400, rec.rolloutAtMaxIps());
        assertEquals(0.0, rec.monthlyCostUsd());
    }

    @Test
    void scaleDownRetainsAndScaleUpWithinTheWindowReuses() {
        // 100 instances, 40 from 600 s, 100 again from 1000 s, 40 from 2000 s (step shapes added as profiles)
        Design d = CapacityFixtures.design().duration(3600, 1).subnet("run", "10.0.0.0/23")
                .directService("svc", "run", 0, 100)
                .instances("svc", new Shape.Csv("f", "c", new double[] {0, 600, 1000, 2000}, new double[] {100, 40, 100, 40}))
                .build();
        SimulationResult r = run(d);
        List<SubnetPoint> p = r.series().subnets().get(0).points();
        assertEquals(200, p.get(800).heldIps());         // 80 running + 120 retained
        assertEquals(200, p.get(1500).heldIps());        // reused, nothing new
        assertEquals(200, p.get(3199).heldIps());        // released at 2000, held until 3199
        assertEquals(80, p.get(3200).heldIps());
        assertEquals(208, r.report().subnets().get(0).peakReservedIps());
    }

    @Test
    void jobsAndServicesShareTheSubnet() {
        // 10 service instances (20 addresses) + 50 parallel tasks (50) = 70 -> reserved 80 on a /26 (usable 60)
        Design d = CapacityFixtures.design().duration(3600, 1).subnet("run", "10.0.0.0/26")
                .directService("svc", "run", 10, 10)
                .direct("export", WorkloadType.CLOUD_RUN_JOB, 2, "run", Scaling.DEFAULT)
                .job("export", 100, 50, 50, 300).build();
        SubnetReport s = run(d).report().subnets().get(0);
        assertEquals(60, s.usableIps());
        // 20 held; 48 fit (3 blocks): 28 tasks start, 22 are turned away once
        assertEquals(48, s.peakReservedIps());
        assertEquals(22, s.failedInstanceStarts());
        assertEquals(80, s.peakRequestedReservedIps());
        assertEquals(25, s.recommendedPrefixLength());
    }

    @Test
    void unsupportedWorkloadsHoldNoAddresses() {
        Design d = CapacityFixtures.design().duration(600, 1).subnet("run", "10.0.0.0/24")
                .direct("gen1", WorkloadType.CLOUD_FUNCTION, 1, "run", new Scaling(5, 10, 1))
                .direct("gae", WorkloadType.APP_ENGINE, 2, "run", new Scaling(5, 10, 1))
                .build();
        assertEquals(0, run(d).report().subnets().size());
    }
}
