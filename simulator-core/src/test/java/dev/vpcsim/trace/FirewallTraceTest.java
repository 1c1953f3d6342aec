package dev.vpcsim.trace;

import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.WorkloadType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.trace.Expect.delivered;
import static dev.vpcsim.trace.Expect.dropped;
import static dev.vpcsim.trace.Expect.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Firewall rules along traces: semantics.md section 3, and the Direct VPC rules of section 2. */
class FirewallTraceTest {

    @Test
    void managedConnectorRuleAdmitsTheConnectorToEveryInstance() {
        Trace t = Fixture.basic().engine().trace(tcp("my-service", "db-vm"));
        delivered(t, DeliverTarget.INSTANCE, "endpoints/db-vm");
        assertEquals("firewall/serverless-vpc-access-managed", t.steps().get(4).resource());
        assertEquals(StepState.APPLY_INGRESS_FIREWALL_RULE, t.steps().get(4).state());
    }

    @Test
    void aUserDenyWithALowerNumberOutranksTheManagedAllow() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.deny("deny-all", "all").priority(900).build());
        Trace t = f.engine().trace(tcp("my-service", "db-vm"));
        dropped(t, DropCause.FIREWALL_RULE, "firewall/deny-all");
        assertEquals(StepState.APPLY_INGRESS_FIREWALL_RULE, t.decidingStep().state());
        assertTrue(t.fix().contains("tcp:5432") && t.fix().contains("from 10.8.0.0/28")
                && t.fix().contains("vpc-connector-europe-west1-my-connector") && t.fix().contains("targeting tag db")
                && t.fix().contains("network my-vpc") && t.fix().contains("below 900"), t.fix());
    }

    @Test
    void atEqualPriorityDenyBeatsAllow() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.allow("allow-db", "tcp:5432").from("10.8.0.0/28").targetTags("db").build());
        f.net("my-vpc").rule(Rule.deny("deny-db", "tcp").targetTags("db").build());
        dropped(f.engine().trace(tcp("my-service", "db-vm")), DropCause.FIREWALL_RULE, "firewall/deny-db");
    }

    @Test
    void aLowerNumberAllowBeatsADeny() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.allow("allow-db", "tcp:5432").from("10.8.0.0/28").targetTags("db").priority(899).build());
        f.net("my-vpc").rule(Rule.deny("deny-all", "all").priority(900).build());
        Trace t = f.engine().trace(tcp("my-service", "db-vm"));
        delivered(t, DeliverTarget.INSTANCE, "endpoints/db-vm");
        assertEquals("firewall/allow-db", t.steps().get(4).resource());
    }

    @Test
    void disabledRulesDoNotExist() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.deny("deny-all", "all").priority(900).disabled().build());
        delivered(f.engine().trace(tcp("my-service", "db-vm")), DeliverTarget.INSTANCE, "endpoints/db-vm");
    }

    @Test
    void aDenyForAnotherTargetTagDoesNotApply() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.deny("deny-web", "all").priority(10).targetTags("web").build());
        delivered(f.engine().trace(tcp("my-service", "db-vm")), DeliverTarget.INSTANCE, "endpoints/db-vm");
    }

    @Test
    void targetServiceAccountsSelectTheInstance() {
        Fixture f = Fixture.basic().connectorState("my-connector", ConnectorState.READY, true)
                .endpointFlags("db-vm", Endpoint.State.RUNNING, false, "db-sa@p.iam.gserviceaccount.com");
        f.net("my-vpc").rule(Rule.deny("deny-db-sa", "tcp:5432").targetAccounts("db-sa@p.iam.gserviceaccount.com")
                .priority(500).build());
        dropped(f.engine().trace(tcp("my-service", "db-vm")), DropCause.FIREWALL_RULE, "firewall/deny-db-sa");
        Fixture g = Fixture.basic();
        g.net("my-vpc").rule(Rule.deny("deny-db-sa", "tcp:5432").targetAccounts("db-sa@p.iam.gserviceaccount.com")
                .priority(500).build());
        delivered(g.engine().trace(tcp("my-service", "db-vm")), DeliverTarget.INSTANCE, "endpoints/db-vm");
    }

    @Test
    void egressDenyDropsAtTheSource() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.deny("no-db-egress", "tcp:5432").egress().to("10.0.0.0/24").build());
        Trace t = f.engine().trace(tcp("my-service", "db-vm"));
        dropped(t, DropCause.FIREWALL_RULE, "firewall/no-db-egress");
        assertEquals(StepState.APPLY_EGRESS_FIREWALL_RULE, t.decidingStep().state());
        assertTrue(t.fix().startsWith("add an EGRESS allow rule for tcp:5432 to 10.0.0.5/32 targeting tag "
                + "vpc-connector-europe-west1-my-connector"), t.fix());
        // another destination is not denied
        delivered(f.engine().trace(tcp("my-service", "orders-db")), DeliverTarget.CLOUD_SQL_INSTANCE,
                "endpoints/orders-db");
        // UDP passes the egress rule and reaches the VM, where nothing listens on udp:5432
        dropped(f.engine().trace(new Flow("my-service", "db-vm", Protocol.UDP, 5432)),
                DropCause.DESTINATION_PORT_CLOSED, "endpoints/db-vm");
    }

    @Test
    void egressRulesSeeTheConnectorTagsNotTheWorkloads() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.deny("deny-connectors", "all").egress().targetTags("vpc-connector").build());
        dropped(f.engine().trace(tcp("my-service", "db-vm")), DropCause.FIREWALL_RULE, "firewall/deny-connectors");
    }

    @Test
    void egressRulesTargetDirectVpcByTagButNeverByServiceAccount() {
        Fixture f = Fixture.basic();
        f.directVpc("svc", WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1", "my-vpc", "app", List.of("run"),
                "run-sa@p.iam.gserviceaccount.com");
        f.net("my-vpc").rule(Rule.allow("allow-run", "tcp:5432").from("10.0.0.0/24").build());
        f.net("my-vpc").rule(Rule.deny("deny-by-sa", "all").egress().targetAccounts("run-sa@p.iam.gserviceaccount.com")
                .build());
        Trace t = f.engine().trace(tcp("svc", "db-vm"));
        delivered(t, DeliverTarget.INSTANCE, "endpoints/db-vm");
        assertTrue(Expect.assumes(t, Assumption.DIRECT_VPC_TARGET_SERVICE_ACCOUNT));
        f.net("my-vpc").rule(Rule.deny("deny-by-tag", "all").egress().targetTags("run").build());
        dropped(f.engine().trace(tcp("svc", "db-vm")), DropCause.FIREWALL_RULE, "firewall/deny-by-tag");
    }

    @Test
    void directVpcIsNotMatchedBySourceTagsAndTheRuleThatWouldAllowIsTheCause() {
        Fixture f = Fixture.basic();
        f.directVpc("svc", WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1", "my-vpc", "app", List.of("run"), null);
        f.net("my-vpc").rule(Rule.allow("allow-run-tag", "tcp:5432").fromTags("run").targetTags("db").build());
        Trace t = f.engine().trace(tcp("svc", "db-vm"));
        dropped(t, DropCause.INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS, "firewall/allow-run-tag");
        assertTrue(t.fix().contains("sourceRanges: [10.0.0.0/24]"), t.fix());
    }

    @Test
    void directVpcIsNotMatchedBySourceServiceAccounts() {
        Fixture f = Fixture.basic();
        f.directVpc("svc", WorkloadType.CLOUD_RUN_WORKER_POOL, 2, "europe-west1", "my-vpc", "app", List.of(),
                "run-sa@p.iam.gserviceaccount.com");
        f.net("my-vpc").rule(Rule.allow("allow-run-sa", "tcp").fromAccounts("run-sa@p.iam.gserviceaccount.com").build());
        dropped(f.engine().trace(tcp("svc", "db-vm")), DropCause.INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS,
                "firewall/allow-run-sa");
    }

    @Test
    void aTagRuleOutrankedByADenyIsAPlainFirewallDrop() {
        Fixture f = Fixture.basic();
        f.directVpc("svc", WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1", "my-vpc", "app", List.of("run"), null);
        f.net("my-vpc").rule(Rule.deny("deny-all", "all").priority(100).build());
        f.net("my-vpc").rule(Rule.allow("allow-run-tag", "tcp:5432").fromTags("run").priority(200).build());
        dropped(f.engine().trace(tcp("svc", "db-vm")), DropCause.FIREWALL_RULE, "firewall/deny-all");
    }

    @Test
    void aRangeRuleStillAdmitsDirectVpcWhenATagRuleIsAlsoThere() {
        Fixture f = Fixture.basic();
        f.directVpc("svc", WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1", "my-vpc", "app", List.of("run"), null);
        f.net("my-vpc").rule(Rule.allow("allow-run-tag", "tcp:5432").fromTags("run").priority(100).build());
        f.net("my-vpc").rule(Rule.allow("allow-subnet", "tcp:5432").from("10.0.0.0/24").priority(2000).build());
        Trace t = f.engine().trace(tcp("svc", "db-vm"));
        delivered(t, DeliverTarget.INSTANCE, "endpoints/db-vm");
        assertEquals("firewall/allow-subnet", t.steps().get(4).resource());
    }

    @Test
    void connectorSourceTagsMatchInTheConnectorsNetwork() {
        Fixture f = Fixture.basic().connectorState("my-connector", ConnectorState.READY, false);
        f.net("my-vpc").rule(Rule.allow("serverless-to-vpc-connector", "tcp:667").from("35.199.224.0/19")
                .targetTags("vpc-connector").build());
        f.net("my-vpc").rule(Rule.allow("vpc-connector-requests", "tcp:5432").fromTags("vpc-connector").build());
        Trace t = f.engine().trace(tcp("my-service", "db-vm"));
        delivered(t, DeliverTarget.INSTANCE, "endpoints/db-vm");
        assertFalse(t.assumptions().isEmpty());
    }

    @Test
    void managedServicesIgnoreTheConsumerIngressRules() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.deny("deny-connector", "all").from("10.8.0.0/28").priority(0).build());
        dropped(f.engine().trace(tcp("my-service", "db-vm")), DropCause.FIREWALL_RULE, "firewall/deny-connector");
        delivered(f.engine().trace(tcp("my-service", "orders-db")), DeliverTarget.CLOUD_SQL_INSTANCE,
                "endpoints/orders-db");
        // ...but its EGRESS rules apply
        f.net("my-vpc").rule(Rule.deny("deny-out", "all").egress().priority(0).build());
        dropped(f.engine().trace(tcp("my-service", "orders-db")), DropCause.FIREWALL_RULE, "firewall/deny-out");
    }

    @Test
    void aDenyAllAtPriorityZeroAlsoBlocksTheServerlessHop() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.deny("deny-all", "all").priority(0).build());
        Trace t = f.engine().trace(tcp("my-service", "orders-db"));
        dropped(t, DropCause.VPC_CONNECTOR_SERVERLESS_TRAFFIC_BLOCKED, "firewall/deny-all");
        assertTrue(t.fix().contains("priority number above 100"), t.fix());
    }

    @Test
    void aDenyAtPriorityZeroCannotBeOutranked() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.deny("deny-zero", "all").targetTags("db").priority(0).build());
        Trace t = f.engine().trace(tcp("my-service", "db-vm"));
        dropped(t, DropCause.FIREWALL_RULE, "firewall/deny-zero");
        assertTrue(t.fix().contains("no allow rule can outrank"), t.fix());
    }
}
