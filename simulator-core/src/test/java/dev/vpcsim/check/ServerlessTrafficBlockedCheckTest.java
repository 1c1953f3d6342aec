package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.check.Fixtures.connector;
import static dev.vpcsim.check.Fixtures.design;
import static dev.vpcsim.check.Fixtures.findings;
import static dev.vpcsim.check.Fixtures.ingress;
import static dev.vpcsim.check.Fixtures.network;
import static dev.vpcsim.check.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerlessTrafficBlockedCheckTest {
    private static final String TAG = "vpc-connector-europe-west1-conn";

    private static Design managed(RuleFixture rule) {
        return design().network(network("vpc").rule(rule).build()).connector(connector("conn").build())
                .workload(service("svc").connector("conn").build()).build();
    }

    @Test
    void aUserDenyAboveTheManagedAllowBlocksTheHop() {
        List<Finding> f = findings(managed(ingress("deny-all").priority(50).deny("all")),
                ServerlessTrafficBlockedCheck.ID);
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("connectors/conn", f.get(0).resource());
        assertTrue(f.get(0).message().contains("deny-all (priority 50, DENY)"), f.get(0).message());
        assertTrue(f.get(0).message().contains("svc"));
        assertTrue(f.get(0).fix().contains("lower than 50") && f.get(0).fix().contains(TAG), f.get(0).fix());
    }

    @Test
    void aDenyBelowTheManagedAllowDoesNot() {
        assertEquals(0, findings(managed(ingress("deny-all").priority(200).deny("all")),
                ServerlessTrafficBlockedCheck.ID).size());
    }

    @Test
    void aDenyAtTheManagedPriorityWinsTheTie() {
        assertEquals(1, findings(managed(ingress("deny-all").priority(100).deny("all")),
                ServerlessTrafficBlockedCheck.ID).size());
    }

    @Test
    void aDenyForOtherTargetsDoesNotTouchTheConnector() {
        assertEquals(0, findings(managed(ingress("deny-db").priority(50).deny("all").targetTags("db")),
                ServerlessTrafficBlockedCheck.ID).size());
    }

    @Test
    void aServiceProjectConnectorWithoutRulesMeetsTheImpliedDeny() {
        Design d = design().network(network("vpc").build()).connector(connector("conn").unmanaged().build())
                .workload(service("svc").connector("conn").build()).build();
        List<Finding> f = findings(d, ServerlessTrafficBlockedCheck.ID);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("implied-deny-ingress (priority 65535, DENY)"), f.get(0).message());
        assertTrue(f.get(0).fix().contains("35.199.224.0/19") && f.get(0).fix().contains(TAG));
    }

    @Test
    void theDocumentedUserRuleAdmitsTheHop() {
        Design d = design().network(network("vpc").rule(ingress("serverless-to-vpc-connector")
                        .allow("tcp:667", "udp:665-666", "icmp").from("35.199.224.0/19").targetTags(TAG)).build())
                .connector(connector("conn").unmanaged().build())
                .workload(service("svc").connector("conn").build()).build();
        assertEquals(0, findings(d, ServerlessTrafficBlockedCheck.ID).size());
    }

    @Test
    void anUnusedConnectorIsNotReported() {
        Design d = design().network(network("vpc").build()).connector(connector("conn").unmanaged().build()).build();
        assertEquals(0, findings(d, ServerlessTrafficBlockedCheck.ID).size());
    }
}
