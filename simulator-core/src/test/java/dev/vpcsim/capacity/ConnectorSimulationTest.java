package dev.vpcsim.capacity;

import dev.vpcsim.capacity.report.ConnectorPoint;
import dev.vpcsim.capacity.report.ConnectorReport;
import dev.vpcsim.capacity.report.SimulationResult;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.traffic.Shape;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConnectorSimulationTest {

    private static SimulationResult run(Design d) {
        return new Simulation().run(d, SimulationOptions.of(d));
    }

    @Test
    void stepUpSaturatesForTheScaleOutDelayThenCarries() {
        // e2-micro 100 Mbps/instance, min 2, max 10, delay 60 s; 150 Mbps, then 450 Mbps from t = 3600 s
        Design d = CapacityFixtures.design().duration(7200, 1).subnet("app", "10.0.0.0/24")
                .connector("conn", "e2-micro", 2, 10, 60).connectorService("svc", "conn")
                .throughput("svc", new Shape.Step(150, 450, 3600)).build();
        SimulationResult r = run(d);
        ConnectorReport c = r.report().connectors().get(0);
        assertEquals("conn", c.name());
        assertEquals(450, c.peakDemandMbps());
        assertEquals(5, c.peakInstances());
        assertEquals(5, c.finalInstances());
        assertEquals(500, c.capacityMbps());
        assertEquals(60, c.saturatedSeconds());                  // 3600 .. 3659
        assertEquals((450 - 200) * 60, c.undeliveredMegabits(), 1e-9);
        // 2 instances for 3660 s, 5 for 3540 s: 25,020 instance-seconds = 6.95 h
        assertEquals(6.95, c.instanceHours(), 1e-9);
        assertEquals(6.95 * 0.008376, c.costUsd(), 1e-6);
        assertEquals(5 * 0.008376 * 730, c.monthlyCostUsd(), 1e-6);

        ConnectorPoint before = r.series().connectors().get(0).points().get(3599);
        ConnectorPoint during = r.series().connectors().get(0).points().get(3600);
        ConnectorPoint after = r.series().connectors().get(0).points().get(3660);
        assertEquals(1, r.series().bucketSteps());
        assertEquals(150, before.demandMbps());
        assertEquals(200, before.capacityMbps());
        assertEquals(3600, during.seconds());
        assertEquals(200, during.deliveredMbps());
        assertEquals(2, during.instances());
        assertEquals(5, after.instances());
        assertEquals(450, after.deliveredMbps());
    }

    @Test
    void demandSumsOverAttachedWorkloadsAndMaxCapsTheCount() {
        // 900 + 550 = 1450 Mbps needs 15 e2-micro instances; max is 10: saturated the whole hour
        Design d = CapacityFixtures.design().duration(3600, 1).subnet("app", "10.0.0.0/24")
                .connector("conn", "e2-micro", 2, 10, 60).connectorService("a", "conn").connectorService("b", "conn")
                .throughput("a", CapacityFixtures.constant(900)).throughput("b", CapacityFixtures.constant(550)).build();
        ConnectorReport c = run(d).report().connectors().get(0);
        assertEquals(1450, c.peakDemandMbps());
        assertEquals(15, c.peakNeededInstances());
        assertEquals(10, c.peakInstances());
        assertEquals(3600, c.saturatedSeconds());
        assertEquals(450.0 * 3600, c.undeliveredMegabits(), 1e-6);
        assertEquals(10.0, c.instanceHours(), 1e-9);
    }

    @Test
    void idleConnectorRunsAtMinAndRecommendationsPriceEveryMachineType() {
        Design d = CapacityFixtures.design().duration(3600, 60).subnet("app", "10.0.0.0/24")
                .connector("conn", "e2-micro", 3, 10, 60).connectorService("svc", "conn")
                .throughput("svc", CapacityFixtures.constant(1200)).build();
        SimulationResult r = run(d);
        var rec = r.report().recommendations().connectors().get(0);
        assertEquals(1200, rec.designPeakDemandMbps());
        assertEquals(0.0, rec.directVpcMonthlyVmCostUsd());
        var f1 = rec.options().get(0);
        var e2 = rec.options().get(1);
        var std = rec.options().get(2);
        assertEquals("f1-micro", f1.machineType());
        assertEquals(false, f1.carriesPeak());          // 1200 / 50 = 24 instances > 10
        assertEquals(false, e2.carriesPeak());          // 12 > 10
        assertEquals(true, std.carriesPeak());          // 1 -> at least 2
        assertEquals(2, std.instancesAtPeak());
        assertEquals(true, std.recommended());
        assertEquals(2 * 0.134012 * 730, std.monthlyCostUsd(), 1e-6);
        assertEquals(10 * 0.008376 * 730, rec.currentMonthlyCostUsd(), 1e-6);
    }
}
