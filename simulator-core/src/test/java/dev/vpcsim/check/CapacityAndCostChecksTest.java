package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.traffic.Traffic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.check.Fixtures.connector;
import static dev.vpcsim.check.Fixtures.design;
import static dev.vpcsim.check.Fixtures.findings;
import static dev.vpcsim.check.Fixtures.network;
import static dev.vpcsim.check.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** connector-idle-cost (connector-undersized: {@link ConnectorUndersizedCheckTest}). */
class CapacityAndCostChecksTest {

    private static Design design(ConnectorFixture c, Traffic t, String... workloads) {
        var b = Fixtures.design().network(network("vpc").build()).connector(c.build());
        for (String w : workloads) {
            b.workload(service(w).connector("conn").build());
        }
        if (t != null) {
            b.traffic(t);
        }
        return b.build();
    }

    @Test
    void idleCostOfTheMinimumInstances() {
        // 2 x 0.008376 USD/h x 730 h = 12.22896 USD
        List<Finding> f = findings(design(connector("conn"), null, "svc"), ConnectorIdleCostCheck.ID);
        assertEquals(1, f.size());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("USD 12.23 per month"), f.get(0).message());
        assertTrue(f.get(0).message().contains("ASSUMPTION"));
    }

    @Test
    void idleCostFixes() {
        // 3 x 0.008376 x 730 = 18.34344; down to 2 saves 6.11448
        List<Finding> three = findings(design(connector("conn").instances(3, 10), null, "svc"),
                ConnectorIdleCostCheck.ID);
        assertTrue(three.get(0).message().contains("USD 18.34"));
        assertTrue(three.get(0).fix().contains("save USD 6.11"), three.get(0).fix());
        List<Finding> unused = findings(design(connector("conn"), null), ConnectorIdleCostCheck.ID);
        assertTrue(unused.get(0).fix().startsWith("no workload uses it: delete it to save USD 12.23"));
        // an override of 0.01 USD/h: 2 x 0.01 x 730 = 14.60
        List<Finding> priced = findings(design(connector("conn").price(0.01), null, "svc"), ConnectorIdleCostCheck.ID);
        assertTrue(priced.get(0).message().contains("USD 14.60") && priced.get(0).message().contains("scenario's price"));
    }

    @Test
    void noConnectorNoCost() {
        Design d = Fixtures.design().network(network("vpc").build()).build();
        assertEquals(0, findings(d, ConnectorIdleCostCheck.ID).size());
    }
}
