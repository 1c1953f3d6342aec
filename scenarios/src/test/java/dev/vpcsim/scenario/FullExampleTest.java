package dev.vpcsim.scenario;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Intent;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.Scenario;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Shape;
import dev.vpcsim.model.traffic.Traffic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** good/full.yaml, which uses every key of the format, lands field by field where it should (values read off the file). */
class FullExampleTest {
    private static Scenario s;

    @BeforeAll
    static void load() throws Exception {
        Path file = Path.of(FullExampleTest.class.getResource("/good/full.yaml").toURI());
        LoadedScenario loaded = ScenarioLoader.load(file);
        assertEquals(file, loaded.file());
        s = loaded.design().scenario();
    }

    @Test
    void topLevel() {
        assertEquals(1, s.version());
        assertEquals("run-to-private-sql", s.name());
        assertEquals("free text", s.description());
        assertTrue(s.settings().privateRangesOnlyIncludesRfc6598());
        assertEquals(List.of("my-vpc", "hub-vpc"), s.networks().stream().map(Network::name).toList());
    }

    @Test
    void subnetsAndRanges() {
        Network n = s.networks().get(0);
        assertFalse(n.autoCreateDefaultRoute());
        Subnet app = n.subnets().get(0);
        assertEquals(new Subnet("app", "europe-west1", Cidr.of("10.0.0.0/24"),
                Map.of("pods", Cidr.of("10.4.0.0/20"), "services", Cidr.of("10.5.0.0/24")), true,
                Subnet.Purpose.PRIVATE), app);
        assertEquals(new Subnet("run-direct", "europe-west1", Cidr.of("10.1.0.0/26")), n.subnets().get(1));
        assertEquals("google-managed-services-my-vpc", n.privateServiceAccess().get(0).name());
        assertEquals(Cidr.of("10.20.0.0/16"), n.privateServiceAccess().get(0).range());
        assertTrue(s.networks().get(1).autoCreateDefaultRoute(), "default true");
    }

    @Test
    void routesWithEachKindOfNextHop() {
        var routes = s.networks().get(0).routes();
        assertEquals("to-appliance", routes.get(0).name());
        assertEquals(Cidr.of("0.0.0.0/0"), routes.get(0).destRange());
        assertEquals(900, routes.get(0).priority());
        assertEquals(List.of("via-fw"), routes.get(0).tags());
        assertEquals(new NextHop.Instance("fw-vm"), routes.get(0).nextHop());
        assertEquals(new NextHop.VpnTunnel("to-onprem"), routes.get(1).nextHop());
        assertEquals(1000, routes.get(1).priority(), "default priority");
        assertEquals(List.of(), routes.get(1).tags());
        assertEquals(new NextHop.Ip(Ipv4.of("10.0.0.50")), routes.get(2).nextHop());
        assertEquals(NextHop.Gateway.DEFAULT_INTERNET_GATEWAY, routes.get(3).nextHop());
    }

    @Test
    void firewallRules() {
        FirewallRule in = s.networks().get(0).firewall().get(0);
        assertEquals("allow-connector-to-sql", in.name());
        assertEquals(FirewallRule.Direction.INGRESS, in.direction());
        assertEquals(1000, in.priority());
        assertEquals(FirewallRule.Action.ALLOW, in.action());
        assertEquals(List.of(ProtocolPorts.of("tcp:5432"), ProtocolPorts.of("udp:53"), ProtocolPorts.of("tcp:8000-8080")),
                in.rules());
        assertEquals(List.of(Cidr.of("10.8.0.0/28")), in.sourceRanges());
        assertEquals(List.of("web"), in.sourceTags());
        assertEquals(List.of("sa@p.iam.gserviceaccount.com"), in.sourceServiceAccounts());
        assertEquals(List.of("db"), in.targetTags());
        assertEquals(List.of("db-sa@p.iam.gserviceaccount.com"), in.targetServiceAccounts());
        assertTrue(in.disabled());
        assertEquals(FirewallRule.Origin.USER, in.origin());

        FirewallRule out = s.networks().get(0).firewall().get(1);
        assertEquals(FirewallRule.Direction.EGRESS, out.direction());
        assertEquals(65535, out.priority());
        assertEquals(FirewallRule.Action.DENY, out.action());
        assertEquals(List.of(ProtocolPorts.ALL), out.rules());
        assertEquals(List.of(Cidr.of("0.0.0.0/0")), out.destinationRanges());
        assertFalse(out.disabled());
    }

    @Test
    void peeringsNatsAndTunnels() {
        Network n = s.networks().get(0);
        var p = n.peerings().get(0);
        assertEquals("to-hub", p.name());
        assertEquals("hub-vpc", p.peerNetwork());
        assertTrue(p.exportCustomRoutes());
        assertTrue(p.importCustomRoutes());
        var back = s.networks().get(1).peerings().get(0);
        assertFalse(back.exportCustomRoutes());
        assertFalse(back.importCustomRoutes());

        assertEquals(new Nat("nat-eu", "router-eu", "europe-west1", false, List.of("app", "run-direct"), false,
                List.of(Ipv4.of("203.0.113.7"), Ipv4.of("203.0.113.8")), 128), n.nats().get(0));
        assertEquals(new Nat("nat-us", "r-us", "us-central1", true, List.of(), true, List.of(), 64),
                s.networks().get(1).nats().get(0));
        assertEquals("to-onprem", n.vpnTunnels().get(0).name());
        assertEquals("europe-west1", n.vpnTunnels().get(0).region());
        assertEquals(List.of(Cidr.of("192.168.0.0/16")), n.vpnTunnels().get(0).remoteRanges());
    }

    @Test
    void connectors() {
        Connector c = s.connectors().get(0);
        assertEquals(new Connector("my-connector", "europe-west1", "my-vpc", Optional.of(Cidr.of("10.8.0.0/28")),
                Optional.empty(), "e2-standard-4", 3, 7, Optional.of(1200.0), 90, Optional.of(0.5),
                ConnectorState.UPDATING, false), c);
        Connector d = s.connectors().get(1);
        assertEquals(new Connector("subnet-connector", "europe-west1", "my-vpc", Optional.empty(),
                Optional.of("connector-subnet"), "e2-micro", 2, 10, Optional.empty(), 60, Optional.empty(),
                ConnectorState.READY, true), d);
    }

    @Test
    void workloads() {
        Workload w = s.workloads().get(0);
        assertEquals(new Workload("my-service", WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1",
                Optional.of("run-sa@p.iam.gserviceaccount.com"), Optional.of("my-connector"), Optional.empty(),
                Optional.empty(), List.of("run", "web"), VpcEgress.ALL_TRAFFIC, new Scaling(1, 50, 40)), w);
        Workload direct = s.workloads().get(1);
        assertEquals(WorkloadType.CLOUD_RUN_JOB, direct.type());
        assertEquals(Optional.of("my-vpc"), direct.network());
        assertEquals(Optional.of("run-direct"), direct.subnet());
        assertEquals(VpcEgress.PRIVATE_RANGES_ONLY, direct.vpcEgress());
        assertEquals(new Scaling(0, 100, 80), direct.scaling());
        Workload fn = s.workloads().get(2);
        assertEquals(1, fn.generation());
        assertEquals(new Scaling(0, 100, 1), fn.scaling(), "1st gen functions default to concurrency 1");
    }

    @Test
    void endpoints() {
        Endpoint db = s.endpoints().get(0);
        assertEquals(new Endpoint("orders-db", EndpointType.CLOUD_SQL, Optional.of("my-vpc"),
                Optional.of("europe-west1"), Ipv4.of("10.20.0.5"), List.of(ProtocolPorts.of("tcp:5432")), List.of(),
                Optional.empty(), false, Endpoint.State.RUNNING, Optional.empty()), db);
        Endpoint vm = s.endpoints().get(1);
        assertEquals(new Endpoint("fw-vm", EndpointType.VM, Optional.of("my-vpc"), Optional.empty(),
                Ipv4.of("10.0.0.50"), List.of(), List.of("fw"), Optional.of("fw-sa@p.iam.gserviceaccount.com"), true,
                Endpoint.State.STOPPED, Optional.empty()), vm);
        Endpoint api = s.endpoints().get(2);
        assertEquals(Optional.of(List.of(Cidr.of("203.0.113.7/32"))), api.allowedSources());
    }

    @Test
    void intents() {
        assertEquals(new Intent("service reaches the database", "my-service", "orders-db", Optional.of(5432),
                Protocol.TCP, Intent.Expect.REACHABLE), s.intents().get(0));
        assertEquals(new Intent("job cannot reach dns by ip", "direct", "8.8.8.8", Optional.empty(), Protocol.UDP,
                Intent.Expect.UNREACHABLE), s.intents().get(1));
    }

    @Test
    void trafficShapes() {
        Traffic t = s.traffic().orElseThrow();
        assertEquals(7200, t.durationSeconds());
        assertEquals(10, t.stepSeconds());
        Profile p = t.profiles().get(0);
        assertEquals("my-service", p.workload());
        assertEquals(new Shape.Diurnal(50, 450, 86_400, 14 * 3600), p.throughputMbps().orElseThrow().shape());
        assertEquals(0.1, p.throughputMbps().orElseThrow().noiseCv());
        assertEquals(new Shape.Constant(40), p.instances().orElseThrow().shape());
        assertEquals(0.0, p.instances().orElseThrow().noiseCv());
        assertEquals(new Shape.Step(10, 20.5, 1800), p.requestsPerSecond().orElseThrow().shape());
        assertEquals(0.5, p.requestSeconds());

        Profile q = t.profiles().get(1);
        assertEquals(new Shape.Ramp(0, 100, 600, 3600), q.throughputMbps().orElseThrow().shape());
        assertEquals(new Shape.Spike(1, 9, 3600, 300), q.instances().orElseThrow().shape());
        assertEquals(0.2, q.requestSeconds(), "default");
        Shape.Csv csv = assertInstanceOf(Shape.Csv.class, q.requestsPerSecond().orElseThrow().shape());
        assertEquals("load.csv", csv.file());
        assertEquals("rps", csv.column());
        assertArrayEquals(new double[] {0, 60, 120}, csv.seconds());
        assertArrayEquals(new double[] {5, 7.5, 10}, csv.values());

        assertEquals(7200, t.rollouts().get(0).atSeconds());
        assertEquals("my-service", t.rollouts().get(0).workload());
        var job = t.jobs().get(0);
        assertEquals("direct", job.workload());
        assertEquals(3600, job.atSeconds());
        assertEquals(200, job.tasks());
        assertEquals(50, job.parallelism());
        assertEquals(300, job.taskDurationSeconds());
    }
}
