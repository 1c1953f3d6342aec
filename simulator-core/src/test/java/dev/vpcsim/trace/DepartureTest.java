package dev.vpcsim.trace;

import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Settings;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.WorkloadType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.trace.Expect.aborted;
import static dev.vpcsim.trace.Expect.delivered;
import static dev.vpcsim.trace.Expect.dropped;
import static dev.vpcsim.trace.Expect.states;
import static dev.vpcsim.trace.Expect.tcp;
import static dev.vpcsim.trace.StepState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Leaving the serverless runtime: semantics.md section 2. */
class DepartureTest {

    @Test
    void connectorToCloudSqlIsDeliveredThroughTheConnectorRange() {
        Trace t = Fixture.basic().engine().trace(tcp("my-service", "orders-db"));
        delivered(t, DeliverTarget.CLOUD_SQL_INSTANCE, "endpoints/orders-db");
        states(t, START_FROM_CLOUD_RUN_REVISION, ARRIVE_AT_VPC_CONNECTOR, APPLY_EGRESS_FIREWALL_RULE, APPLY_ROUTE,
                ARRIVE_AT_INSTANCE, DELIVER);
        Expect.resources(t, "workloads/my-service", "connectors/my-connector", "firewall/implied-allow-egress",
                "routes/subnet-10.20.0.0/16", "endpoints/orders-db", "endpoints/orders-db");
        // 10.8.0.0/28: first usable address is 10.8.0.2 (network and gateway come first)
        assertEquals("10.8.0.2", t.flow().sourceIp());
        assertEquals("-", t.steps().get(0).sourceIp());
        assertEquals("10.8.0.2", t.steps().get(1).sourceIp());
        assertEquals("10.20.0.5", t.flow().destinationIp());
        assertEquals(5432, t.flow().port(), "default port: the endpoint's first listed port");
        assertTrue(Expect.assumes(t, Assumption.CONNECTOR_SOURCE_ADDRESS));
        assertTrue(Expect.assumes(t, Assumption.MANAGED_RULE_PRIORITY));
    }

    @Test
    void noVpcAccessToAPrivateAddressIsVpcConnectorNotSet() {
        Fixture f = Fixture.basic().noAccess("fn", WorkloadType.CLOUD_FUNCTION);
        Trace t = f.engine().trace(tcp("fn", "db-vm"));
        dropped(t, DropCause.VPC_CONNECTOR_NOT_SET, "workloads/fn");
        states(t, START_FROM_CLOUD_FUNCTION, DROP);
    }

    @Test
    void noVpcAccessToThePublicInternetLeavesThroughGooglesPath() {
        Fixture f = Fixture.basic().noAccess("app", WorkloadType.APP_ENGINE);
        Trace t = f.engine().trace(tcp("app", "203.0.113.10", 443));
        delivered(t, DeliverTarget.INTERNET, "workloads/app");
        states(t, START_FROM_APP_ENGINE_VERSION, SERVERLESS_EXTERNAL_CONNECTION, DELIVER);
        assertEquals("-", t.flow().sourceIp());
        assertEquals("-", t.steps().get(1).sourceIp());
    }

    @Test
    void privateRangesOnlySendsPublicAddressesOutThroughGooglesPath() {
        Trace t = Fixture.basic().engine().trace(tcp("my-service", "8.8.8.8", 53));
        delivered(t, DeliverTarget.INTERNET, "workloads/my-service");
        states(t, START_FROM_CLOUD_RUN_REVISION, SERVERLESS_EXTERNAL_CONNECTION, DELIVER);
    }

    @Test
    void privateRangesOnlyLeavesRfc6598OutsideTheVpcByAssumption() {
        Trace t = Fixture.basic().engine().trace(tcp("my-service", "100.64.0.5"));
        dropped(t, DropCause.PRIVATE_TRAFFIC_TO_INTERNET, "workloads/my-service");
        assertEquals(SERVERLESS_EXTERNAL_CONNECTION, t.decidingStep().state());
        assertTrue(Expect.assumes(t, Assumption.RFC6598_NOT_PRIVATE));
    }

    @Test
    void rfc6598GoesIntoTheVpcWhenTheSettingSaysSo() {
        Fixture f = Fixture.basic().settings(new Settings(true));
        Trace t = f.engine().trace(tcp("my-service", "100.64.0.5"));
        // into the VPC; no subnet holds it, so the default route takes it to the internet gateway
        dropped(t, DropCause.PRIVATE_TRAFFIC_TO_INTERNET, "routes/default-internet-gateway");
        assertFalse(Expect.assumes(t, Assumption.RFC6598_NOT_PRIVATE));
    }

    @Test
    void aPrivatelyUsedPublicRangeIsNotPublicSoPrivateRangesOnlyDropsIt() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").subnet("pupi", "europe-west1", "203.0.113.0/24");
        Trace t = f.engine().trace(tcp("my-service", "203.0.113.9"));
        dropped(t, DropCause.PRIVATE_TRAFFIC_TO_INTERNET, "workloads/my-service");
        Trace all = f.egress("my-service", VpcEgress.ALL_TRAFFIC).engine().trace(tcp("my-service", "203.0.113.9"));
        dropped(all, DropCause.UNKNOWN_INTERNAL_ADDRESS, "routes/subnet-203.0.113.0/24");
    }

    @Test
    void connectorInAnotherRegionAbortsTheDeploy() {
        Fixture f = Fixture.basic().connector("my-connector", "us-central1", "my-vpc", "10.8.0.0/28");
        Trace t = f.engine().trace(tcp("my-service", "db-vm"));
        aborted(t, AbortCause.VPC_CONNECTOR_REGION_MISMATCH, "workloads/my-service");
        states(t, START_FROM_CLOUD_RUN_REVISION, ABORT);
        assertTrue(t.fix().contains("europe-west1") && t.fix().contains("us-central1"), t.fix());
    }

    @Test
    void connectorNotReadyDropsAndUpdatingForwardsByAssumption() {
        Trace error = Fixture.basic().connectorState("my-connector", ConnectorState.ERROR, true).engine()
                .trace(tcp("my-service", "db-vm"));
        dropped(error, DropCause.VPC_CONNECTOR_NOT_RUNNING, "connectors/my-connector");
        Trace creating = Fixture.basic().connectorState("my-connector", ConnectorState.CREATING, true).engine()
                .trace(tcp("my-service", "db-vm"));
        dropped(creating, DropCause.VPC_CONNECTOR_NOT_RUNNING, "connectors/my-connector");
        Trace updating = Fixture.basic().connectorState("my-connector", ConnectorState.UPDATING, true).engine()
                .trace(tcp("my-service", "db-vm"));
        delivered(updating, DeliverTarget.INSTANCE, "endpoints/db-vm");
        assertTrue(Expect.assumes(updating, Assumption.CONNECTOR_UPDATING_FORWARDS));
    }

    @Test
    void connectorNotRunningDoesNotMatterForGooglesPath() {
        Trace t = Fixture.basic().connectorState("my-connector", ConnectorState.ERROR, true).engine()
                .trace(tcp("my-service", "8.8.8.8"));
        delivered(t, DeliverTarget.INTERNET, "workloads/my-service");
    }

    @Test
    void serviceProjectConnectorWithoutRulesBlocksTheServerlessHop() {
        Fixture f = Fixture.basic().connectorState("my-connector", ConnectorState.READY, false);
        Trace t = f.engine().trace(tcp("my-service", "db-vm"));
        dropped(t, DropCause.VPC_CONNECTOR_SERVERLESS_TRAFFIC_BLOCKED, "firewall/implied-deny-ingress");
        states(t, START_FROM_CLOUD_RUN_REVISION, APPLY_INGRESS_FIREWALL_RULE, DROP);
        assertTrue(t.fix().contains("serverless-to-vpc-connector"), t.fix());
    }

    @Test
    void aUserDenyBelowTheManagedPriorityBlocksTheServerlessHop() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").rule(Rule.deny("deny-google", "all").from("35.199.224.0/19").priority(50).build());
        dropped(f.engine().trace(tcp("my-service", "db-vm")), DropCause.VPC_CONNECTOR_SERVERLESS_TRAFFIC_BLOCKED,
                "firewall/deny-google");
        // priority 150: the managed allow at 100 outranks it
        Fixture g = Fixture.basic();
        g.net("my-vpc").rule(Rule.deny("deny-google", "all").from("35.199.224.0/19").priority(150).build());
        delivered(g.engine().trace(tcp("my-service", "db-vm")), DeliverTarget.INSTANCE, "endpoints/db-vm");
    }

    @Test
    void documentedUserRulesAdmitAServiceProjectConnector() {
        Fixture f = Fixture.basic().connectorState("my-connector", ConnectorState.READY, false);
        f.net("my-vpc").rule(Rule.allow("serverless-to-vpc-connector", "tcp:667", "udp:665-666", "icmp")
                .from("35.199.224.0/19").targetTags("vpc-connector").build());
        Trace t = f.engine().trace(tcp("my-service", "db-vm"));
        // no managed rule for the connector's traffic: the implied deny decides at the VM
        dropped(t, DropCause.FIREWALL_RULE, "firewall/implied-deny-ingress");
        assertTrue(t.fix().contains("from 10.8.0.0/28") && t.fix().contains("targeting tag db"), t.fix());
        assertFalse(Expect.assumes(t, Assumption.MANAGED_RULE_PRIORITY));
    }

    @Test
    void directVpcIsUnsupportedOnFirstGenFunctionsAndAppEngine() {
        Fixture f = Fixture.basic();
        f.directVpc("fn1", WorkloadType.CLOUD_FUNCTION, 1, "europe-west1", "my-vpc", "app", List.of(), null);
        f.directVpc("gae", WorkloadType.APP_ENGINE, 2, "europe-west1", "my-vpc", "app", List.of(), null);
        f.directVpc("fn2", WorkloadType.CLOUD_FUNCTION, 2, "europe-west1", "my-vpc", "app", List.of(), null);
        TraceEngine e = f.engine();
        aborted(e.trace(tcp("fn1", "db-vm")), AbortCause.UNSUPPORTED, "workloads/fn1");
        aborted(e.trace(tcp("gae", "db-vm")), AbortCause.UNSUPPORTED, "workloads/gae");
        Trace fn2 = e.trace(tcp("fn2", "db-vm"));
        assertEquals(DIRECT_VPC_EGRESS_CONNECTION, fn2.steps().get(1).state(), Expect.render(fn2));
    }

    @Test
    void connectorAndDirectVpcTogetherAreUnsupported() {
        Fixture f = Fixture.basic();
        f.workload(new dev.vpcsim.model.Workload("both", WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1",
                java.util.Optional.empty(), java.util.Optional.of("my-connector"), java.util.Optional.of("my-vpc"),
                java.util.Optional.of("app"), List.of(), VpcEgress.ALL_TRAFFIC, dev.vpcsim.model.Scaling.DEFAULT));
        aborted(f.engine().trace(tcp("both", "db-vm")), AbortCause.UNSUPPORTED, "workloads/both");
    }

    @Test
    void directVpcEntersFromTheSubnetWithTheWorkloadsTags() {
        Fixture f = Fixture.basic();
        f.directVpc("job", WorkloadType.CLOUD_RUN_JOB, 2, "europe-west1", "my-vpc", "app", List.of("run"), null);
        f.net("my-vpc").rule(Rule.allow("allow-run", "tcp:5432").from("10.0.0.0/24").targetTags("db").build());
        Trace t = f.engine().trace(tcp("job", "db-vm"));
        delivered(t, DeliverTarget.INSTANCE, "endpoints/db-vm");
        states(t, START_FROM_CLOUD_RUN_JOB, DIRECT_VPC_EGRESS_CONNECTION, APPLY_EGRESS_FIREWALL_RULE, APPLY_ROUTE,
                APPLY_INGRESS_FIREWALL_RULE, ARRIVE_AT_INSTANCE, DELIVER);
        assertEquals("10.0.0.2", t.flow().sourceIp());
        assertEquals("firewall/allow-run", t.steps().get(4).resource());
        assertEquals(List.of("run"), ((StepInfo.EntryInfo) t.steps().get(1).info()).networkTags());
    }

    @Test
    void unknownWorkloadOrDestinationIsInvalidArgument() {
        TraceEngine e = Fixture.basic().engine();
        Trace noWorkload = e.trace(tcp("nope", "db-vm"));
        aborted(noWorkload, AbortCause.INVALID_ARGUMENT, "workloads/nope");
        assertEquals(1, noWorkload.steps().size());
        Trace noDest = e.trace(tcp("my-service", "no-such-endpoint"));
        aborted(noDest, AbortCause.INVALID_ARGUMENT, "workloads/my-service");
        Trace badIp = e.trace(tcp("my-service", "10.0.0.300"));
        assertEquals(AbortCause.INVALID_ARGUMENT, badIp.abortCause().orElseThrow());
    }

    @Test
    void anIpThatAnEndpointHoldsResolvesToThatEndpoint() {
        Trace t = Fixture.basic().engine().trace(tcp("my-service", "10.20.0.5"));
        assertEquals("orders-db", t.flow().destination());
        assertEquals(5432, t.flow().port());
        Trace icmp = Fixture.basic().engine().trace(new Flow("my-service", "db-vm", dev.vpcsim.model.Protocol.ICMP, 99));
        assertEquals(0, icmp.flow().port(), "ICMP has port 0");
        Trace bare = Fixture.basic().engine().trace(tcp("my-service", "10.0.0.77"));
        assertEquals(80, bare.flow().port(), "no endpoint: port 80");
        assertEquals("10.0.0.77", bare.flow().destination());
    }
}
