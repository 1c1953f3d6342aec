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

class RangeOverlapChecksTest {

    @Test
    void overlappingSubnetsOfOneNetworkAreReportedOnceWithAFreeBlock() {
        Design d = design().network(network("vpc").subnet("app", "10.0.0.0/24").subnet("db", "10.0.0.128/25").build())
                .build();
        List<Finding> f = findings(d, SubnetOverlapCheck.ID);
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("networks/vpc/subnets/app", f.get(0).resource());
        assertTrue(f.get(0).message().contains("subnet app (10.0.0.0/24) overlaps subnet db (10.0.0.128/25)"));
        // 10.0.0.0/24 ends at 10.0.0.255, so the first free /25 after 10.0.0.128 is 10.0.1.0/25
        assertTrue(f.get(0).fix().contains("move subnet db") && f.get(0).fix().contains("such as 10.0.1.0/25"),
                f.get(0).fix());
    }

    @Test
    void adjacentSubnetsDoNotOverlap() {
        Design d = design().network(network("vpc").subnet("app", "10.0.0.0/24").subnet("db", "10.0.1.0/25").build())
                .build();
        assertEquals(0, findings(d, SubnetOverlapCheck.ID).size());
    }

    @Test
    void secondaryAndPrivateServiceRangesCount() {
        Design d = design().network(network("vpc").subnet("app", "10.0.0.0/24")
                .subnet(subnet("gke", "10.1.0.0/24", "pods", "10.0.0.0/26"))
                .psa("google-managed", "10.0.0.0/16").build()).build();
        List<Finding> f = findings(d, SubnetOverlapCheck.ID);
        // app-pods, app-psa, pods-psa: three pairs, each once
        assertEquals(3, f.size());
        assertTrue(f.stream().anyMatch(x -> x.message().contains("secondary range pods of subnet gke (10.0.0.0/26)")));
        assertTrue(f.stream().anyMatch(x -> x.message().contains("private services access range google-managed")));
    }

    @Test
    void connectorRangeOverlapIsNotASubnetOverlap() {
        Design d = design().network(network("vpc").subnet("app", "10.8.0.0/24").build())
                .connector(connector("conn").build()).build();
        assertEquals(0, findings(d, SubnetOverlapCheck.ID).size());
        List<Finding> f = findings(d, ConnectorRangeOverlapCheck.ID);
        assertEquals(1, f.size());
        assertEquals("connectors/conn", f.get(0).resource());
        assertTrue(f.get(0).message().contains("connector conn (10.8.0.0/28) overlaps subnet app (10.8.0.0/24)"));
        // the /24 app ends at 10.8.0.255: the first free /28 is 10.8.1.0/28
        assertTrue(f.get(0).fix().contains("such as 10.8.1.0/28"), f.get(0).fix());
    }

    @Test
    void connectorRangeBesideTheSubnetIsFine() {
        Design d = design().network(network("vpc").subnet("app", "10.9.0.0/24").build())
                .connector(connector("conn").build()).build();
        assertEquals(0, findings(d, ConnectorRangeOverlapCheck.ID).size());
    }

    @Test
    void connectorRangeOverlappingAnActivePeerIsReported() {
        Design active = design().network(network("vpc").peer("hub").build())
                .network(network("hub").subnet("shared", "10.8.0.0/24").peer("vpc").build())
                .connector(connector("conn").build()).build();
        assertEquals(1, findings(active, ConnectorRangeOverlapCheck.ID).size());
        assertTrue(findings(active, ConnectorRangeOverlapCheck.ID).get(0).message().contains("which are peered"));

        Design oneSided = design().network(network("vpc").peer("hub").build())
                .network(network("hub").subnet("shared", "10.8.0.0/24").build())
                .connector(connector("conn").build()).build();
        assertEquals(0, findings(oneSided, ConnectorRangeOverlapCheck.ID).size());
    }

    @Test
    void twoConnectorsOnTheSameRangeAreOnePair() {
        Design d = design().network(network("vpc").build())
                .connector(connector("a").build()).connector(connector("b").build()).build();
        List<Finding> f = findings(d, ConnectorRangeOverlapCheck.ID);
        assertEquals(1, f.size());
        assertEquals("connectors/a", f.get(0).resource());
    }

    @Test
    void peeredNetworksWithOverlappingSubnets() {
        Design d = design().network(network("a").subnet("x", "10.0.0.0/24").peer("b").build())
                .network(network("b").subnet("y", "10.0.0.0/24").peer("a").build()).build();
        List<Finding> f = findings(d, PeeringOverlapCheck.ID);
        assertEquals(1, f.size());
        assertEquals("networks/a/subnets/x", f.get(0).resource());
        assertTrue(f.get(0).message().contains("subnet x (10.0.0.0/24) overlaps subnet y (10.0.0.0/24)"));
        assertEquals(0, findings(d, SubnetOverlapCheck.ID).size());
    }

    @Test
    void aPeeringListedOnOneSideOnlyIsNotActive() {
        Design d = design().network(network("a").subnet("x", "10.0.0.0/24").peer("b").build())
                .network(network("b").subnet("y", "10.0.0.0/24").build()).build();
        assertEquals(0, findings(d, PeeringOverlapCheck.ID).size());
    }

    @Test
    void privateServiceRangeCountsAgainstThePeersSubnetsButNotItsAllocation() {
        Design vsSubnet = design().network(network("a").psa("psa-a", "10.50.0.0/16").peer("b").build())
                .network(network("b").subnet("y", "10.50.1.0/24").peer("a").build()).build();
        assertEquals(1, findings(vsSubnet, PeeringOverlapCheck.ID).size());

        Design vsAllocation = design().network(network("a").psa("psa-a", "10.50.0.0/16").peer("b").build())
                .network(network("b").psa("psa-b", "10.50.0.0/16").peer("a").build()).build();
        assertEquals(0, findings(vsAllocation, PeeringOverlapCheck.ID).size());
    }

    @Test
    void twoSpokesOfOneHubMustNotOverlap() {
        Design d = design().network(network("hub").peer("a").peer("b").build())
                .network(network("a").subnet("x", "10.0.0.0/24").peer("hub").build())
                .network(network("b").subnet("y", "10.0.0.0/25").peer("hub").build()).build();
        List<Finding> f = findings(d, PeeringOverlapCheck.ID);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("both peered with hub"), f.get(0).message());

        Design bNotPeered = design().network(network("hub").peer("a").peer("b").build())
                .network(network("a").subnet("x", "10.0.0.0/24").peer("hub").build())
                .network(network("b").subnet("y", "10.0.0.0/25").build()).build();
        assertEquals(0, findings(bNotPeered, PeeringOverlapCheck.ID).size());
    }
}
