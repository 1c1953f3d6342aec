package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.check.Fixtures.connector;
import static dev.vpcsim.check.Fixtures.design;
import static dev.vpcsim.check.Fixtures.findings;
import static dev.vpcsim.check.Fixtures.network;
import static dev.vpcsim.check.Fixtures.subnet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubnetRangeInvalidCheckTest {

    private static List<Finding> run(String cidr) {
        Design d = design().network(network("vpc").subnet("app", cidr).build()).build();
        return findings(d, SubnetRangeInvalidCheck.ID);
    }

    @Test
    void hostBitsAreReportedWithTheBlock() {
        List<Finding> f = run("10.0.0.5/24");
        assertEquals(1, f.size());
        assertEquals("networks/vpc/subnets/app", f.get(0).resource());
        assertTrue(f.get(0).message().contains("host bits"));
        assertTrue(f.get(0).fix().contains("10.0.0.0/24"), f.get(0).fix());
    }

    @Test
    void theNetworkAddressIsFine() {
        assertEquals(0, run("10.0.0.0/24").size());
    }

    @Test
    void aSlash30IsTooSmallButASlash29Is() {
        List<Finding> f = run("10.0.0.0/30");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("/30") && f.get(0).message().contains("/29 or larger"));
        assertEquals(0, run("10.0.0.0/29").size());
    }

    @Test
    void prohibitedRangesAreReported() {
        List<Finding> linkLocal = run("169.254.1.0/24");
        assertEquals(1, linkLocal.size());
        assertTrue(linkLocal.get(0).message().contains("169.254.0.0/16"));
        // a free /24 in the fallback space 10.0.0.0/16
        assertTrue(linkLocal.get(0).fix().contains("such as 10.0.0.0/24"), linkLocal.get(0).fix());
        assertEquals(1, run("224.0.0.0/24").size());
        assertEquals(1, run("199.36.153.8/29").size());
    }

    @Test
    void classEAndPrivateRangesAreAllowed() {
        assertEquals(0, run("240.0.0.0/24").size());
        assertEquals(0, run("169.253.0.0/24").size());
        assertEquals(0, run("172.16.0.0/24").size());
    }

    @Test
    void secondaryRangesAreChecked() {
        Design d = design().network(network("vpc").subnet(subnet("gke", "10.0.0.0/24", "pods", "10.4.0.1/20"))
                .build()).build();
        List<Finding> f = findings(d, SubnetRangeInvalidCheck.ID);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().startsWith("secondary range pods of subnet gke"));
    }

    @Test
    void connectorRangesAreCheckedForHostBits() {
        Design bad = design().network(network("vpc").build()).connector(connector("conn").range("10.8.0.3/28").build())
                .build();
        List<Finding> f = findings(bad, SubnetRangeInvalidCheck.ID);
        assertEquals(1, f.size());
        assertEquals("connectors/conn", f.get(0).resource());
        Design good = design().network(network("vpc").build()).connector(connector("conn").build()).build();
        assertEquals(0, findings(good, SubnetRangeInvalidCheck.ID).size());
    }
}
