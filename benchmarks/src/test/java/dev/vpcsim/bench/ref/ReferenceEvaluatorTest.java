package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.DesignBuilder;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.Settings;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;
import dev.vpcsim.trace.AbortCause;
import dev.vpcsim.trace.DeliverTarget;
import dev.vpcsim.trace.DropCause;
import dev.vpcsim.trace.Flow;
import dev.vpcsim.trace.Result;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.bench.ref.Fixtures.connector;
import static dev.vpcsim.bench.ref.Fixtures.directVpc;
import static dev.vpcsim.bench.ref.Fixtures.ingress;
import static dev.vpcsim.bench.ref.Fixtures.network;
import static dev.vpcsim.bench.ref.Fixtures.subnet;
import static dev.vpcsim.bench.ref.Fixtures.viaConnector;
import static dev.vpcsim.bench.ref.Fixtures.vm;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hand-checked entry, firewall and arrival cases of the reference evaluator (semantics.md sections 2, 3 and 5).
 * Base design: network vpc, subnet app 10.0.0.0/24, connector conn 10.8.0.0/28 (managed rules, READY), service svc
 * on the connector with private-ranges-only, VM db 10.0.0.5 tagged db listening on tcp:5432.
 */
class ReferenceEvaluatorTest {

    static DesignBuilder base(List<FirewallRule> rules, Connector c, Workload w) {
        return new DesignBuilder("t").network(network("vpc", List.of(subnet("app", "10.0.0.0/24", false)), rules))
                .connector(c).workload(w).endpoint(vm("db", "vpc", "10.0.0.5", List.of("db"), "tcp:5432"));
    }

    static DesignBuilder base() {
        return base(List.of(), connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, true),
                viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY));
    }

    static Verdict run(DesignBuilder b, String from, String to, Protocol protocol, int port) {
        return new ReferenceEvaluator(b.build()).evaluate(new Flow(from, to, protocol, port));
    }

    static Verdict tcp(DesignBuilder b, String to, int port) {
        return run(b, "svc", to, Protocol.TCP, port);
    }

    static void drop(Verdict v, DropCause cause, String deciding) {
        assertEquals(Result.UNREACHABLE, v.result(), v::toString);
        assertEquals(cause, v.dropCause().orElse(null), v::toString);
        assertEquals(deciding, v.decidingResource(), v::toString);
    }

    static void delivered(Verdict v, DeliverTarget target) {
        assertEquals(Result.REACHABLE, v.result(), v::toString);
        assertEquals(target, v.deliverTarget().orElse(null), v::toString);
    }

    @Test
    void managedConnectorRulesAdmitTheConnectorToEveryInstance() {
        Verdict v = tcp(base(), "db", 5432);
        delivered(v, DeliverTarget.INSTANCE);
        assertEquals(List.of("START_FROM_CLOUD_RUN_REVISION workloads/svc", "ARRIVE_AT_VPC_CONNECTOR connectors/conn",
                "APPLY_EGRESS_FIREWALL_RULE firewall/implied-allow-egress", "APPLY_ROUTE routes/subnet-10.0.0.0/24",
                "APPLY_INGRESS_FIREWALL_RULE firewall/serverless-vpc-access-managed", "ARRIVE_AT_INSTANCE endpoints/db",
                "DELIVER endpoints/db"), v.path());
    }

    @Test
    void closedPortIsRefusedAfterTheFirewall() {
        drop(tcp(base(), "db", 3306), DropCause.DESTINATION_PORT_CLOSED, "endpoints/db");
    }

    @Test
    void defaultPortIsTheFirstListedPort() {
        delivered(tcp(base(), "db", Flow.DEFAULT_PORT), DeliverTarget.INSTANCE);
    }

    @Test
    void serviceProjectConnectorWithoutRulesIsBlockedAtTheServerlessHop() {
        DesignBuilder b = base(List.of(), connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, false),
                viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY));
        drop(tcp(b, "db", 5432), DropCause.VPC_CONNECTOR_SERVERLESS_TRAFFIC_BLOCKED, "firewall/implied-deny-ingress");
    }

    @Test
    void serviceProjectConnectorWithTheServerlessRuleStillNeedsAnIngressRule() {
        FirewallRule hop = ingress("serverless-to-vpc-connector", 1000, true, List.of("tcp:667"),
                List.of("35.199.224.0/19"), List.of(), List.of("vpc-connector"));
        DesignBuilder b = base(List.of(hop), connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, false),
                viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY));
        drop(tcp(b, "db", 5432), DropCause.FIREWALL_RULE, "firewall/implied-deny-ingress");
        FirewallRule requests = ingress("vpc-connector-requests", 1000, true, List.of("tcp"), List.of(),
                List.of("vpc-connector"), List.of());
        DesignBuilder ok = base(List.of(hop, requests),
                connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, false),
                viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY));
        delivered(tcp(ok, "db", 5432), DeliverTarget.INSTANCE);
    }

    @Test
    void userDenyTiedWithTheManagedAllowBlocksTheServerlessHop() {
        FirewallRule deny = ingress("deny-667", 100, false, List.of("tcp:667"), List.of("35.199.224.0/19"), List.of(),
                List.of("vpc-connector"));
        DesignBuilder b = base(List.of(deny), connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, true),
                viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY));
        drop(tcp(b, "db", 5432), DropCause.VPC_CONNECTOR_SERVERLESS_TRAFFIC_BLOCKED, "firewall/deny-667");
        FirewallRule later = ingress("deny-667", 101, false, List.of("tcp:667"), List.of("35.199.224.0/19"), List.of(),
                List.of("vpc-connector"));
        DesignBuilder passes = base(List.of(later), connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, true),
                viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY));
        delivered(tcp(passes, "db", 5432), DeliverTarget.INSTANCE);
    }

    @Test
    void denyBeatsAllowAtEqualPriorityAndDisabledRulesDoNotExist() {
        FirewallRule allow = ingress("allow-db", 500, true, List.of("tcp:5432"), List.of("10.8.0.0/28"), List.of(),
                List.of("db"));
        FirewallRule deny = ingress("deny-db", 500, false, List.of("all"), List.of("10.0.0.0/8"), List.of(), List.of());
        DesignBuilder b = base(List.of(allow, deny), connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, true),
                viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY));
        drop(tcp(b, "db", 5432), DropCause.FIREWALL_RULE, "firewall/deny-db");
        DesignBuilder off = base(List.of(allow, Fixtures.disabled(deny)),
                connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, true),
                viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY));
        Verdict v = tcp(off, "db", 5432);
        delivered(v, DeliverTarget.INSTANCE);
        assertEquals("APPLY_INGRESS_FIREWALL_RULE firewall/allow-db", v.path().get(4));
    }

    @Test
    void egressDenyDropsBeforeRouting() {
        FirewallRule deny = Fixtures.egress("no-db", 900, false, List.of("tcp:5432"), List.of("10.0.0.0/24"));
        DesignBuilder b = base(List.of(deny), connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, true),
                viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY));
        drop(tcp(b, "db", 5432), DropCause.FIREWALL_RULE, "firewall/no-db");
    }

    @Test
    void connectorStatesAndRegion() {
        for (ConnectorState s : List.of(ConnectorState.CREATING, ConnectorState.DELETING, ConnectorState.ERROR)) {
            DesignBuilder b = base(List.of(), connector("conn", "vpc", "10.8.0.0/28", s, true),
                    viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY));
            drop(tcp(b, "db", 5432), DropCause.VPC_CONNECTOR_NOT_RUNNING, "connectors/conn");
        }
        DesignBuilder updating = base(List.of(), connector("conn", "vpc", "10.8.0.0/28", ConnectorState.UPDATING, true),
                viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY));
        delivered(tcp(updating, "db", 5432), DeliverTarget.INSTANCE);
        Connector elsewhere = new Connector("conn", "us-central1", "vpc", Fixtures.connector("x", "vpc", "10.8.0.0/28",
                ConnectorState.READY, true).range(), java.util.Optional.empty(), "e2-micro", 2, 10,
                java.util.Optional.empty(), 60, java.util.Optional.empty(), ConnectorState.READY, true);
        Verdict v = tcp(base(List.of(), elsewhere, viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY)), "db", 5432);
        assertEquals(Result.UNDETERMINED, v.result());
        assertEquals(AbortCause.VPC_CONNECTOR_REGION_MISMATCH, v.abortCause().orElseThrow());
    }

    @Test
    void noVpcAccess() {
        DesignBuilder b = base().workload(Fixtures.noAccess("plain"));
        drop(run(b, "plain", "db", Protocol.TCP, 5432), DropCause.VPC_CONNECTOR_NOT_SET, "workloads/plain");
        delivered(run(b, "plain", "8.8.8.8", Protocol.TCP, 443), DeliverTarget.INTERNET);
        // an address of the design is not publicly routable even outside the private ranges
        DesignBuilder odd = new DesignBuilder("t").network(network("vpc", List.of(subnet("app", "11.0.0.0/24", false)),
                List.of())).workload(Fixtures.noAccess("plain"));
        drop(run(odd, "plain", "11.0.0.9", Protocol.TCP, 443), DropCause.VPC_CONNECTOR_NOT_SET, "workloads/plain");
    }

    @Test
    void privateRangesOnlyAndRfc6598() {
        Subnet cgnat = subnet("cgnat", "100.64.1.0/24", false);
        Network n = network("vpc", List.of(subnet("app", "10.0.0.0/24", false), cgnat), List.of());
        Endpoint host = vm("cg", "vpc", "100.64.1.7", List.of());
        Connector c = connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, true);
        DesignBuilder b = new DesignBuilder("t").network(n).connector(c)
                .workload(viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY)).endpoint(host);
        drop(tcp(b, "cg", 80), DropCause.PRIVATE_TRAFFIC_TO_INTERNET, "workloads/svc"); // SERVERLESS_EXTERNAL_CONNECTION
        delivered(tcp(b.settings(new Settings(true)), "cg", 80), DeliverTarget.INSTANCE);
        DesignBuilder all = new DesignBuilder("t").network(n).connector(c)
                .workload(viaConnector("svc", "conn", VpcEgress.ALL_TRAFFIC)).endpoint(host);
        delivered(tcp(all, "cg", 80), DeliverTarget.INSTANCE);
    }

    @Test
    void directVpcUnsupportedTypesAndTagRules() {
        Workload ae = directVpc("ae", WorkloadType.APP_ENGINE, "vpc", "app", List.of("run"), VpcEgress.ALL_TRAFFIC);
        Workload gen1 = directVpc("f1", WorkloadType.CLOUD_FUNCTION, "vpc", "app", List.of("run"), VpcEgress.ALL_TRAFFIC);
        Workload job = directVpc("job", WorkloadType.CLOUD_RUN_JOB, "vpc", "app", List.of("run"),
                VpcEgress.PRIVATE_RANGES_ONLY);
        FirewallRule byTag = ingress("allow-run", 900, true, List.of("tcp:5432"), List.of(), List.of("run"), List.of());
        DesignBuilder b = base(List.of(byTag), connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, true),
                viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY)).workload(ae).workload(gen1).workload(job);
        assertEquals(AbortCause.UNSUPPORTED, run(b, "ae", "db", Protocol.TCP, 5432).abortCause().orElseThrow());
        assertEquals(AbortCause.UNSUPPORTED, run(b, "f1", "db", Protocol.TCP, 5432).abortCause().orElseThrow());
        drop(run(b, "job", "db", Protocol.TCP, 5432), DropCause.INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS,
                "firewall/allow-run");
        FirewallRule byRange = ingress("allow-app", 1000, true, List.of("tcp:5432"), List.of("10.0.0.0/24"), List.of(),
                List.of());
        DesignBuilder ok = base(List.of(byTag, byRange), connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY,
                true), viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY)).workload(job);
        Verdict v = run(ok, "job", "db", Protocol.TCP, 5432);
        delivered(v, DeliverTarget.INSTANCE);
        assertEquals("APPLY_INGRESS_FIREWALL_RULE firewall/allow-app", v.path().get(4));
    }

    @Test
    void unknownAddressesAndStoppedInstances() {
        drop(tcp(base(), "10.0.0.77", 80), DropCause.UNKNOWN_INTERNAL_ADDRESS, "routes/subnet-10.0.0.0/24");
        DesignBuilder b = new DesignBuilder("t").network(network("vpc", List.of(subnet("app", "10.0.0.0/24", false)),
                        List.of())).connector(connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, true))
                .workload(viaConnector("svc", "conn", VpcEgress.PRIVATE_RANGES_ONLY))
                .endpoint(Fixtures.stopped(vm("db", "vpc", "10.0.0.5", List.of("db"), "tcp:5432")));
        drop(tcp(b, "db", 5432), DropCause.INSTANCE_NOT_RUNNING, "endpoints/db");
    }

    @Test
    void invalidQuestionsAbort() {
        assertEquals(AbortCause.INVALID_ARGUMENT, tcp(base(), "no-such-thing", 80).abortCause().orElseThrow());
        assertEquals(AbortCause.INVALID_ARGUMENT,
                run(base(), "ghost", "db", Protocol.TCP, 80).abortCause().orElseThrow());
    }
}
