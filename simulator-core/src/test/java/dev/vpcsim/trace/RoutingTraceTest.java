package dev.vpcsim.trace;

import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.WorkloadType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vpcsim.trace.Expect.delivered;
import static dev.vpcsim.trace.Expect.dropped;
import static dev.vpcsim.trace.Expect.forwarded;
import static dev.vpcsim.trace.Expect.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routes and next hops: semantics.md section 4. */
class RoutingTraceTest {

    /** Networks a - b - c in a chain of peerings; connector in a; VMs in b and c that admit the connector. */
    private static Fixture chain() {
        Fixture f = Fixture.design();
        f.net("a").subnet("a1", "europe-west1", "10.1.0.0/24").peer("a-b", "b", false, false).noDefaultRoute();
        f.net("b").subnet("b1", "europe-west1", "10.2.0.0/24").peer("b-a", "a", false, false)
                .peer("b-c", "c", false, false)
                .rule(Rule.allow("allow-connector", "tcp:22").from("10.8.0.0/28").build());
        f.net("c").subnet("c1", "europe-west1", "10.3.0.0/24").peer("c-b", "b", false, false)
                .rule(Rule.allow("allow-connector", "tcp:22").from("10.8.0.0/28").build());
        f.connector("conn", "europe-west1", "a", "10.8.0.0/28").service("svc", "europe-west1", "conn");
        f.vm("vm-b", "b", "10.2.0.5", List.of(), "tcp:22").vm("vm-c", "c", "10.3.0.5", List.of(), "tcp:22");
        return f;
    }

    @Test
    void peeringCarriesThePacketIntoThePeerWhereItsIngressRulesApply() {
        Trace t = chain().engine().trace(tcp("svc", "vm-b"));
        delivered(t, DeliverTarget.INSTANCE, "endpoints/vm-b");
        Expect.resources(t, "workloads/svc", "connectors/conn", "firewall/implied-allow-egress",
                "routes/subnet-10.2.0.0/24", "routes/subnet-10.2.0.0/24", "firewall/allow-connector",
                "endpoints/vm-b", "endpoints/vm-b");
        assertEquals("a", ((StepInfo.RouteInfo) t.steps().get(3).info()).network());
        assertEquals("PEERING_SUBNET", ((StepInfo.RouteInfo) t.steps().get(3).info()).kind());
        assertEquals("b", ((StepInfo.RouteInfo) t.steps().get(4).info()).network());
    }

    @Test
    void peeringIsNotTransitive() {
        Trace t = chain().engine().trace(tcp("svc", "vm-c"));
        dropped(t, DropCause.NO_ROUTE, "networks/a");
        assertEquals(StepState.APPLY_ROUTE, t.decidingStep().state());
        assertTrue(t.fix().contains("not transitive") && t.fix().contains("peer a with c"), t.fix());
    }

    @Test
    void peeringIsNotTransitiveAndTheDefaultRouteSendsPrivateAddressesToTheInternet() {
        Fixture f = chain();
        f.net("a").subnet("a2", "europe-west1", "10.1.1.0/24");
        Fixture g = Fixture.design();
        g.net("a").subnet("a1", "europe-west1", "10.1.0.0/24").peer("a-b", "b", false, false);
        g.net("b").subnet("b1", "europe-west1", "10.2.0.0/24").peer("b-a", "a", false, false).peer("b-c", "c", false, false);
        g.net("c").subnet("c1", "europe-west1", "10.3.0.0/24").peer("c-b", "b", false, false);
        g.connector("conn", "europe-west1", "a", "10.8.0.0/28").service("svc", "europe-west1", "conn");
        g.vm("vm-c", "c", "10.3.0.5", List.of(), "tcp:22");
        dropped(g.engine().trace(tcp("svc", "vm-c")), DropCause.PRIVATE_TRAFFIC_TO_INTERNET,
                "routes/default-internet-gateway");
    }

    @Test
    void aOneSidedPeeringIsNotActive() {
        Fixture f = chain();
        f.net("b2").subnet("b2-sub", "europe-west1", "10.4.0.0/24");
        f.net("a").peer("a-b2", "b2", false, false);
        f.vm("vm-b2", "b2", "10.4.0.5", List.of(), "tcp:22");
        dropped(f.engine().trace(tcp("svc", "vm-b2")), DropCause.NO_ROUTE, "networks/a");
    }

    @Test
    void importedCustomRoutesFollowThePeersNextHop() {
        Fixture f = chain();
        f.net("b").tunnel("to-onprem", "europe-west1", "192.168.0.0/16")
                .route("onprem", "192.168.0.0/16", 1000, List.of(), new NextHop.VpnTunnel("to-onprem"));
        dropped(f.engine().trace(tcp("svc", "192.168.1.1", 22)), DropCause.NO_ROUTE, "networks/a");
        f.net("b").peer("b-a", "a", true, false);
        f.net("a").peer("a-b", "b", false, true);
        Trace t = f.engine().trace(tcp("svc", "192.168.1.1", 22));
        forwarded(t, ForwardTarget.VPN_GATEWAY, "vpnTunnels/to-onprem");
        Expect.resources(t, "workloads/svc", "connectors/conn", "firewall/implied-allow-egress", "routes/onprem",
                "routes/onprem", "vpnTunnels/to-onprem", "vpnTunnels/to-onprem");
    }

    @Test
    void managedServicesOfAPeerAreNotReachable() {
        Fixture f = chain();
        f.net("b").psa("google-managed-services-b", "10.30.0.0/16");
        f.endpoint("sql-b", EndpointType.CLOUD_SQL, "b", "10.30.0.5", "tcp:5432");
        Trace t = f.engine().trace(tcp("svc", "sql-b"));
        dropped(t, DropCause.GOOGLE_MANAGED_SERVICE_NO_PEERING, "networks/a");
        assertTrue(t.fix().contains("network b"), t.fix());
    }

    @Test
    void theMostSpecificRouteWinsAndThenTheLowestPriority() {
        Fixture f = Fixture.basic().egress("my-service", VpcEgress.ALL_TRAFFIC);
        f.net("my-vpc").tunnel("t1", "europe-west1").tunnel("t2", "europe-west1").tunnel("t3", "europe-west1")
                .route("wide", "198.51.0.0/16", 100, List.of(), new NextHop.VpnTunnel("t1"))
                .route("narrow-low", "198.51.100.0/24", 900, List.of(), new NextHop.VpnTunnel("t2"))
                .route("narrow-high", "198.51.100.0/24", 500, List.of(), new NextHop.VpnTunnel("t3"));
        TraceEngine e = f.engine();
        forwarded(e.trace(tcp("my-service", "198.51.100.7")), ForwardTarget.VPN_GATEWAY, "vpnTunnels/t3");
        forwarded(e.trace(tcp("my-service", "198.51.7.7")), ForwardTarget.VPN_GATEWAY, "vpnTunnels/t1");
    }

    @Test
    void aStaticRouteCannotOverrideASubnetRoute() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").tunnel("t1", "europe-west1")
                .route("steal", "10.0.0.0/25", 0, List.of(), new NextHop.VpnTunnel("t1"));
        delivered(f.engine().trace(tcp("my-service", "db-vm")), DeliverTarget.INSTANCE, "endpoints/db-vm");
    }

    @Test
    void taggedRoutesApplyOnlyToSourcesWithTheTag() {
        Fixture f = Fixture.basic().egress("my-service", VpcEgress.ALL_TRAFFIC);
        f.directVpc("tagged", WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1", "my-vpc", "app", List.of("via-fw"), null);
        f.egress("tagged", VpcEgress.ALL_TRAFFIC);
        f.net("my-vpc").tunnel("t1", "europe-west1")
                .route("via-fw", "0.0.0.0/0", 100, List.of("via-fw"), new NextHop.VpnTunnel("t1"))
                .nat("nat", "europe-west1", List.of("all"), List.of("auto"));
        TraceEngine e = f.engine();
        forwarded(e.trace(tcp("tagged", "8.8.8.8", 443)), ForwardTarget.VPN_GATEWAY, "vpnTunnels/t1");
        delivered(e.trace(tcp("my-service", "8.8.8.8", 443)), DeliverTarget.INTERNET, "nats/nat");
    }

    @Test
    void equalCostRoutesThatEndAlikeAreReachable() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").tunnel("t1", "europe-west1").tunnel("t2", "europe-west1")
                .route("r1", "192.168.0.0/16", 100, List.of(), new NextHop.VpnTunnel("t1"))
                .route("r2", "192.168.0.0/16", 100, List.of(), new NextHop.VpnTunnel("t2"));
        Trace t = f.engine().trace(tcp("my-service", "192.168.3.3"));
        forwarded(t, ForwardTarget.VPN_GATEWAY, "vpnTunnels/t1");
    }

    @Test
    void equalCostRoutesThatEndDifferentlyAreAmbiguousAndShowTheFirstInDesignOrder() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").tunnel("t1", "europe-west1")
                .route("r1", "192.168.0.0/16", 100, List.of(), new NextHop.Ip(Ipv4.of("10.0.0.99")))
                .route("r2", "192.168.0.0/16", 100, List.of(), new NextHop.VpnTunnel("t1"));
        Trace t = f.engine().trace(tcp("my-service", "192.168.3.3"));
        assertEquals(Result.AMBIGUOUS, t.result(), Expect.render(t));
        assertEquals(DropCause.ROUTE_NEXT_HOP_IP_ADDRESS_NOT_RESOLVED, t.dropCause().orElseThrow());
        assertEquals("routes/r1", t.decidingStep().resource());
        assertTrue(t.fix().contains("FORWARD VPN_GATEWAY") && t.fix().contains("ROUTE_NEXT_HOP_IP_ADDRESS_NOT_RESOLVED"),
                t.fix());
    }

    @Test
    void vpnTunnelNextHopForwardsToTheGateway() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").tunnel("to-onprem", "europe-west1", "192.168.0.0/16")
                .route("onprem", "192.168.0.0/16", 1000, List.of(), new NextHop.VpnTunnel("to-onprem"));
        Trace t = f.engine().trace(tcp("my-service", "192.168.1.1"));
        forwarded(t, ForwardTarget.VPN_GATEWAY, "vpnTunnels/to-onprem");
        assertEquals(StepState.ARRIVE_AT_VPN_TUNNEL, t.decidingStep().state());
    }

    private static Fixture appliance() {
        Fixture f = Fixture.basic();
        f.net("my-vpc").route("via-fw", "192.168.0.0/16", 1000, List.of(), new NextHop.Ip(Ipv4.of("10.0.0.50")));
        f.vm("fw-vm", "my-vpc", "10.0.0.50", List.of("fw"));
        return f;
    }

    @Test
    void applianceNextHops() {
        dropped(Fixture.basic().engine().trace(tcp("my-service", "192.168.1.1")), DropCause.PRIVATE_TRAFFIC_TO_INTERNET,
                "routes/default-internet-gateway");
        Fixture none = Fixture.basic();
        none.net("my-vpc").route("via-fw", "192.168.0.0/16", 1000, List.of(), new NextHop.Ip(Ipv4.of("10.0.0.50")));
        dropped(none.engine().trace(tcp("my-service", "192.168.1.1")), DropCause.ROUTE_NEXT_HOP_IP_ADDRESS_NOT_RESOLVED,
                "routes/via-fw");
        dropped(appliance().engine().trace(tcp("my-service", "192.168.1.1")), DropCause.FOREIGN_IP_DISALLOWED,
                "endpoints/fw-vm");
        Fixture stopped = appliance().endpointFlags("fw-vm", Endpoint.State.STOPPED, true, null);
        dropped(stopped.engine().trace(tcp("my-service", "192.168.1.1")), DropCause.INSTANCE_NOT_RUNNING,
                "endpoints/fw-vm");
        Fixture ok = appliance().endpointFlags("fw-vm", Endpoint.State.RUNNING, true, null);
        forwarded(ok.engine().trace(tcp("my-service", "192.168.1.1")), ForwardTarget.ROUTER_APPLIANCE, "endpoints/fw-vm");
        ok.net("my-vpc").rule(Rule.deny("protect-fw", "all").targetTags("fw").priority(10).build());
        dropped(ok.engine().trace(tcp("my-service", "192.168.1.1")), DropCause.FIREWALL_RULE, "firewall/protect-fw");
    }

    @Test
    void nextHopInstanceNamesTheAppliance() {
        Fixture f = Fixture.basic();
        f.vm("fw-vm", "my-vpc", "10.0.0.50", List.of()).endpointFlags("fw-vm", Endpoint.State.RUNNING, true, null);
        f.net("my-vpc").route("via-fw", "192.168.0.0/16", 1000, List.of(), new NextHop.Instance("fw-vm"));
        forwarded(f.engine().trace(tcp("my-service", "192.168.1.1")), ForwardTarget.ROUTER_APPLIANCE, "endpoints/fw-vm");
    }

    @Test
    void overlappingPeeredRangesLoopUntilTheStepLimitWithoutExploding() {
        Fixture f = Fixture.design();
        f.net("a").subnet("a1", "europe-west1", "10.5.0.0/24").peer("a-b", "b", false, false);
        f.net("b").subnet("b1", "europe-west1", "10.5.0.0/24").peer("b-a", "a", false, false);
        f.connector("conn", "europe-west1", "a", "10.8.0.0/28").service("svc", "europe-west1", "conn");
        Trace t = f.engine().trace(tcp("svc", "10.5.0.9"));
        assertEquals(Result.AMBIGUOUS, t.result(), Expect.render(t));
        assertEquals(DropCause.UNKNOWN_INTERNAL_ADDRESS, t.dropCause().orElseThrow(), "first branch: the local route");
        assertTrue(t.fix().contains("ABORT TRACE_TOO_LONG"), t.fix());
    }
}
