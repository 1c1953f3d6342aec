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
import static dev.vpcsim.check.Fixtures.vm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** no-ingress-from-connector and broad-connector-rule. */
class ConnectorFirewallChecksTest {

    private static Design design(boolean managed, RuleFixture... rules) {
        NetworkFixture n = network("vpc").subnet("app", "10.0.0.0/24");
        for (RuleFixture r : rules) {
            n.rule(r);
        }
        ConnectorFixture c = connector("conn");
        if (!managed) {
            c.unmanaged();
        }
        return Fixtures.design().network(n.build()).connector(c.build())
                .workload(service("svc").connector("conn").build())
                .endpoint(vm("db", "vpc", "10.0.0.5", "tcp:5432")).build();
    }

    @Test
    void aServiceProjectConnectorWithoutAnIngressAllowIsReported() {
        List<Finding> f = findings(design(false), NoIngressFromConnectorCheck.ID);
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("connectors/conn", f.get(0).resource());
        assertTrue(f.get(0).message().contains("10.8.0.0/28"));
        assertTrue(f.get(0).fix().contains("from 10.8.0.0/28 for tcp:5432"), f.get(0).fix());
    }

    @Test
    void anAllowFromItsRangeOrTagsSatisfiesIt() {
        assertEquals(0, findings(design(false, ingress("from-conn").allow("tcp:5432").from("10.8.0.0/28")),
                NoIngressFromConnectorCheck.ID).size());
        assertEquals(0, findings(design(false, ingress("from-conn").allow("tcp:5432").from("10.8.0.0/29")),
                NoIngressFromConnectorCheck.ID).size());
        assertEquals(0, findings(design(false, ingress("from-conn").allow("tcp:5432").sourceTags("vpc-connector")),
                NoIngressFromConnectorCheck.ID).size());
    }

    @Test
    void disabledDenyingOrUnrelatedRulesDoNot() {
        assertEquals(1, findings(design(false, ingress("from-conn").allow("tcp:5432").from("10.8.0.0/28").disabled()),
                NoIngressFromConnectorCheck.ID).size());
        assertEquals(1, findings(design(false, ingress("from-conn").deny("tcp:5432").from("10.8.0.0/28")),
                NoIngressFromConnectorCheck.ID).size());
        assertEquals(1, findings(design(false, ingress("from-app").allow("tcp:5432").from("10.0.0.0/24")),
                NoIngressFromConnectorCheck.ID).size());
    }

    @Test
    void aManagedConnectorHasGooglesRule() {
        assertEquals(0, findings(design(true), NoIngressFromConnectorCheck.ID).size());
    }

    @Test
    void allPortsFromTheConnectorRangeIsBroad() {
        List<Finding> f = findings(design(true, ingress("from-conn").allow("all").from("10.8.0.0/28")),
                BroadConnectorRuleCheck.ID);
        assertEquals(1, f.size());
        assertEquals("networks/vpc/firewall/from-conn", f.get(0).resource());
        assertTrue(f.get(0).message().contains("allows all from connector conn"), f.get(0).message());
        assertTrue(f.get(0).fix().contains("tcp:5432"));
        assertEquals(1, findings(design(true, ingress("from-conn").allow("tcp").sourceTags("vpc-connector")),
                BroadConnectorRuleCheck.ID).size());
        assertEquals(1, findings(design(true, ingress("anyone").allow("tcp:0-65535")),
                BroadConnectorRuleCheck.ID).size());
    }

    @Test
    void aPortListHalfTheRangeIcmpOrADenyIsNotBroad() {
        assertEquals(0, findings(design(true, ingress("from-conn").allow("tcp:5432").from("10.8.0.0/28")),
                BroadConnectorRuleCheck.ID).size());
        assertEquals(0, findings(design(true, ingress("from-conn").allow("all").from("10.8.0.0/29")),
                BroadConnectorRuleCheck.ID).size());
        assertEquals(0, findings(design(true, ingress("from-conn").allow("icmp").from("10.8.0.0/28")),
                BroadConnectorRuleCheck.ID).size());
        assertEquals(0, findings(design(true, ingress("from-conn").deny("all").from("10.8.0.0/28")),
                BroadConnectorRuleCheck.ID).size());
    }
}
