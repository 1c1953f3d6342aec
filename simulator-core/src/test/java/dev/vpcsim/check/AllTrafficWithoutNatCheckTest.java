package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.Nat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.check.Fixtures.OTHER_REGION;
import static dev.vpcsim.check.Fixtures.REGION;
import static dev.vpcsim.check.Fixtures.connector;
import static dev.vpcsim.check.Fixtures.design;
import static dev.vpcsim.check.Fixtures.findings;
import static dev.vpcsim.check.Fixtures.natAll;
import static dev.vpcsim.check.Fixtures.natFor;
import static dev.vpcsim.check.Fixtures.natManual;
import static dev.vpcsim.check.Fixtures.network;
import static dev.vpcsim.check.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllTrafficWithoutNatCheckTest {

    private static List<Finding> viaConnector(WorkloadFixture w, Nat... nats) {
        NetworkFixture n = network("vpc").subnet("app", "10.0.0.0/24");
        for (Nat nat : nats) {
            n.nat(nat);
        }
        Design d = design().network(n.build()).connector(connector("conn").build()).workload(w.build()).build();
        return findings(d, AllTrafficWithoutNatCheck.ID);
    }

    private static List<Finding> viaDirectVpc(Nat... nats) {
        NetworkFixture n = network("vpc").subnet("app", "10.0.0.0/24").subnet("run-direct", "10.0.1.0/24");
        for (Nat nat : nats) {
            n.nat(nat);
        }
        Design d = design().network(n.build())
                .workload(service("svc").directVpc("vpc", "run-direct").allTraffic().build()).build();
        return findings(d, AllTrafficWithoutNatCheck.ID);
    }

    @Test
    void allTrafficThroughAConnectorWithoutNat() {
        List<Finding> f = viaConnector(service("svc").connector("conn").allTraffic());
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("workloads/svc", f.get(0).resource());
        assertTrue(f.get(0).message().contains("no Cloud NAT in europe-west1"), f.get(0).message());
        assertTrue(f.get(0).fix().contains("sourceSubnetworks: all"));
    }

    @Test
    void aNatForEverySubnetOfTheRegionCovers() {
        assertEquals(0, viaConnector(service("svc").connector("conn").allTraffic(), natAll("nat", REGION)).size());
    }

    @Test
    void privateRangesOnlyNeedsNoNat() {
        assertEquals(0, viaConnector(service("svc").connector("conn")).size());
    }

    @Test
    void aNatOfAnotherRegionDoesNotCover() {
        assertEquals(1, viaConnector(service("svc").connector("conn").allTraffic(), natAll("nat", OTHER_REGION)).size());
    }

    @Test
    void aListedNatNeverCoversARangeCreatedConnector() {
        List<Finding> f = viaConnector(service("svc").connector("conn").allTraffic(), natFor("nat", REGION, "app"));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("hidden subnet"), f.get(0).message());
        assertTrue(f.get(0).fix().startsWith("set sourceSubnetworks: all on nat"));
    }

    @Test
    void aCoveringNatWithoutAddressesStillCovers() {
        // coverage is what the finding is about; the trace reports CLOUD_NAT_NO_ADDRESSES
        assertEquals(0, viaConnector(service("svc").connector("conn").allTraffic(), natManual("nat", REGION)).size());
        assertEquals(0, viaConnector(service("svc").connector("conn").allTraffic(),
                natManual("nat", REGION, "203.0.113.7")).size());
    }

    @Test
    void directVpcSubnetsCanBeListed() {
        assertEquals(0, viaDirectVpc(natFor("nat", REGION, "run-direct")).size());
        List<Finding> f = viaDirectVpc(natFor("nat", REGION, "app"));
        assertEquals(1, f.size());
        assertTrue(f.get(0).fix().startsWith("add run-direct to sourceSubnetworks of nat"), f.get(0).fix());
    }
}
