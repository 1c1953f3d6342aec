package dev.vpcsim.trace;

import dev.vpcsim.model.ConnectorState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.trace.Expect.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainTest {

    @Test
    void listsRulesThatDifferInOneSettingAndTheNextBlockers() {
        Fixture f = Fixture.basic().connectorState("my-connector", ConnectorState.READY, false);
        f.net("my-vpc")
                .rule(Rule.allow("serverless-to-vpc-connector", "tcp:667").from("35.199.224.0/19")
                        .targetTags("vpc-connector").build())
                .rule(Rule.allow("wrong-port", "tcp:3306").from("10.8.0.0/28").targetTags("db").build())
                .rule(Rule.allow("wrong-source", "tcp:5433").from("10.9.0.0/28").targetTags("db").build())
                .rule(Rule.allow("switched-off", "tcp:5433").from("10.8.0.0/28").disabled().build())
                .rule(Rule.allow("two-off", "udp:1").from("10.9.0.0/28").build());
        Trace t = f.engine().explain(tcp("my-service", "db-vm", 5433));
        List<String> n = t.nearMisses();
        String all = String.join("\n", n);
        assertTrue(n.get(0).startsWith("FIREWALL_RULE at firewall/implied-deny-ingress"), all);
        assertTrue(all.contains("firewall/wrong-port") && all.contains("not tcp:5433"), all);
        assertTrue(all.contains("firewall/wrong-source") && all.contains("10.9.0.0/28"), all);
        assertTrue(all.contains("firewall/switched-off") && all.contains("disabled"), all);
        assertTrue(!all.contains("two-off"), "two differences are not a near miss\n" + all);
        assertTrue(all.contains("then DESTINATION_PORT_CLOSED at endpoints/db-vm"), all);
        assertTrue(all.endsWith("DELIVER INSTANCE"), all);
        assertEquals(t.dropCause(), f.engine().trace(tcp("my-service", "db-vm", 5433)).dropCause());
        assertTrue(f.engine().trace(tcp("my-service", "db-vm", 5433)).nearMisses().isEmpty());
    }

    @Test
    void anAllowOutrankedByTheBlockingDenyNeedsALowerNumber() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.deny("deny-db", "all").targetTags("db").priority(500).build())
                .rule(Rule.allow("allow-db", "tcp:5432").from("10.8.0.0/28").targetTags("db").priority(600).build());
        String all = String.join("\n", f.engine().explain(tcp("my-service", "db-vm")).nearMisses());
        assertTrue(all.contains("firewall/allow-db") && all.contains("priority number below 500"), all);
    }

    @Test
    void aReachableFlowHasNoNearMisses() {
        assertTrue(Fixture.basic().engine().explain(tcp("my-service", "db-vm")).nearMisses().isEmpty());
    }

    @Test
    void explainsUntaggedSourcesForTaggedRoutes() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").noDefaultRoute().tunnel("t", "europe-west1")
                .route("only-fw", "192.168.0.0/16", 100, List.of("fw"), new dev.vpcsim.model.NextHop.VpnTunnel("t"));
        Trace t = f.engine().explain(tcp("my-service", "192.168.0.1"));
        Expect.dropped(t, DropCause.NO_ROUTE, "networks/my-vpc");
        assertTrue(String.join("\n", t.nearMisses()).contains("routes/only-fw"), Expect.render(t));
    }
}
