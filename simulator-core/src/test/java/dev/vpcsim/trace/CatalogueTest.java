package dev.vpcsim.trace;

import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.Settings;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.WorkloadType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.vpcsim.trace.Expect.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One small design per outcome, expected values by hand from semantics.md; the test fails when a cause or target
 * gains no case (RESOURCE_CONFIG_NOT_FOUND cannot be built: DesignBuilder rejects missing references).
 */
class CatalogueTest {
    private final List<Trace> traces = new ArrayList<>();

    private Trace t(Fixture f, Flow flow) {
        Trace t = f.engine().trace(flow);
        traces.add(t);
        return t;
    }

    @Test
    void everyCauseAndTargetHasACase() {
        Fixture fw = Fixture.basic();
        fw.net("my-vpc").rule(Rule.deny("deny-db", "all").targetTags("db").priority(10).build());
        Fixture dvpc = Fixture.basic();
        dvpc.directVpc("svc", WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1", "my-vpc", "app", List.of("run"), null);
        dvpc.net("my-vpc").rule(Rule.allow("by-tag", "tcp").fromTags("run").build());
        Fixture peers = Fixture.basic();
        peers.net("my-vpc").peer("to-b", "b", false, false);
        peers.net("b").subnet("b1", "europe-west1", "10.50.0.0/24").psa("psa-b", "10.60.0.0/16")
                .peer("to-a", "my-vpc", false, false);
        peers.endpoint("sql-b", EndpointType.CLOUD_SQL, "b", "10.60.0.5", "tcp:5432");
        Fixture nat = Fixture.basic().egress("my-service", VpcEgress.ALL_TRAFFIC);
        nat.net("my-vpc").nat("n", "europe-west1", List.of("all"), List.of());
        Fixture manual = Fixture.basic().egress("my-service", VpcEgress.ALL_TRAFFIC)
                .internet("partner", "203.0.113.10", List.of("198.51.100.0/24"), "tcp:443");
        manual.net("my-vpc").nat("n", "europe-west1", List.of("all"), List.of("203.0.113.7"));
        Fixture hops = Fixture.basic();
        hops.net("my-vpc").tunnel("t", "europe-west1")
                .route("vpn", "192.168.0.0/16", 1000, List.of(), new NextHop.VpnTunnel("t"))
                .route("ghost", "172.20.0.0/16", 1000, List.of(), new NextHop.Ip(Ipv4.of("10.0.0.99")))
                .route("fw", "172.21.0.0/16", 1000, List.of(), new NextHop.Instance("fw-vm"))
                .route("fw-stopped", "172.22.0.0/16", 1000, List.of(), new NextHop.Instance("fw-off"))
                .route("no-fwd", "172.23.0.0/16", 1000, List.of(), new NextHop.Instance("plain-vm"));
        hops.vm("fw-vm", "my-vpc", "10.0.0.50", List.of()).endpointFlags("fw-vm", Endpoint.State.RUNNING, true, null);
        hops.vm("fw-off", "my-vpc", "10.0.0.51", List.of()).endpointFlags("fw-off", Endpoint.State.STOPPED, true, null);
        hops.vm("plain-vm", "my-vpc", "10.0.0.52", List.of());
        hops.endpoint("cache", EndpointType.MEMORYSTORE_REDIS, "my-vpc", "10.20.1.1", "tcp:6379");
        hops.endpoint("apis", EndpointType.GOOGLE_API, null, "199.36.153.8");
        hops.directVpc("svc", WorkloadType.CLOUD_RUN_SERVICE, 2, "europe-west1", "my-vpc", "app", List.of(), null);
        hops.noAccess("plain", WorkloadType.CLOUD_RUN_SERVICE);
        Fixture noRoute = Fixture.basic();
        noRoute.net("my-vpc").noDefaultRoute();
        Fixture loop = Fixture.design();
        loop.net("a").subnet("a1", "europe-west1", "10.5.0.0/24").peer("a-b", "b", false, false);
        loop.net("b").subnet("b1", "europe-west1", "10.5.0.0/24").peer("b-a", "a", false, false);
        loop.connector("conn", "europe-west1", "a", "10.8.0.0/28").service("svc", "europe-west1", "conn");

        t(hops, tcp("plain", "db-vm"));                                                    // VPC_CONNECTOR_NOT_SET
        t(Fixture.basic().connectorState("my-connector", ConnectorState.DELETING, true), tcp("my-service", "db-vm"));
        t(Fixture.basic().connectorState("my-connector", ConnectorState.READY, false), tcp("my-service", "db-vm"));
        t(dvpc, tcp("svc", "db-vm"));                                                      // tags unsupported
        t(fw, tcp("my-service", "db-vm"));                                                 // FIREWALL_RULE
        t(noRoute, tcp("my-service", "192.168.9.9"));                                      // NO_ROUTE
        t(Fixture.basic(), tcp("my-service", "100.64.1.1"));                               // PRIVATE_TRAFFIC_TO_INTERNET
        t(Fixture.basic().egress("my-service", VpcEgress.ALL_TRAFFIC), tcp("my-service", "8.8.8.8"));
        t(nat, tcp("my-service", "8.8.8.8"));                                              // CLOUD_NAT_NO_ADDRESSES
        t(Fixture.basic(), tcp("my-service", "10.0.0.200"));                               // UNKNOWN_INTERNAL_ADDRESS
        t(Fixture.basic().endpointFlags("db-vm", Endpoint.State.STOPPED, false, null), tcp("my-service", "db-vm"));
        t(hops, tcp("my-service", "172.20.1.1"));                                          // next hop unresolved
        t(hops, tcp("my-service", "172.23.1.1"));                                          // FOREIGN_IP_DISALLOWED
        t(peers, tcp("my-service", "sql-b"));                                              // managed, no peering
        t(hops, tcp("my-service", "cache", 6380));                                         // REDIS port
        t(hops, tcp("svc", "apis", 443));                                                  // PGA disallowed
        t(Fixture.basic(), tcp("my-service", "db-vm", 22));                                // port closed
        t(manual, tcp("my-service", "partner"));                                           // rejects source
        t(Fixture.basic().connector("my-connector", "us-east1", "my-vpc", "10.8.0.0/28"), tcp("my-service", "db-vm"));
        t(hops.directVpc("fn1", WorkloadType.CLOUD_FUNCTION, 1, "europe-west1", "my-vpc", "app", List.of(), null),
                tcp("fn1", "db-vm"));                                                      // UNSUPPORTED
        t(Fixture.basic(), tcp("nobody", "db-vm"));                                        // INVALID_ARGUMENT
        t(Fixture.basic(), tcp("my-service", "db-vm"));                                    // INSTANCE
        t(Fixture.basic(), tcp("my-service", "orders-db"));                                // CLOUD_SQL_INSTANCE
        t(hops, tcp("my-service", "cache"));                                               // REDIS_INSTANCE
        t(hops, tcp("plain", "8.8.8.8"));                                                  // INTERNET
        t(hops, tcp("my-service", "apis", 443));                                           // GOOGLE_API
        t(hops, tcp("my-service", "192.168.1.1"));                                         // VPN_GATEWAY
        t(hops, tcp("my-service", "172.21.1.1"));                                          // ROUTER_APPLIANCE
        t(hops, tcp("my-service", "172.22.1.1"));                                          // appliance stopped

        Set<DropCause> drops = EnumSet.noneOf(DropCause.class);
        Set<AbortCause> aborts = EnumSet.noneOf(AbortCause.class);
        Set<DeliverTarget> delivers = EnumSet.noneOf(DeliverTarget.class);
        Set<ForwardTarget> forwards = EnumSet.noneOf(ForwardTarget.class);
        for (Trace tr : traces) {
            tr.dropCause().ifPresent(drops::add);
            tr.abortCause().ifPresent(aborts::add);
            tr.deliverTarget().ifPresent(delivers::add);
            tr.forwardTarget().ifPresent(forwards::add);
        }
        Trace looped = loop.engine().trace(tcp("svc", "10.5.0.9"));
        if (looped.fix().contains("TRACE_TOO_LONG")) {
            aborts.add(AbortCause.TRACE_TOO_LONG);
        }
        assertEquals(EnumSet.allOf(DropCause.class), drops);
        assertEquals(EnumSet.complementOf(EnumSet.of(AbortCause.RESOURCE_CONFIG_NOT_FOUND)), aborts);
        assertEquals(EnumSet.allOf(DeliverTarget.class), delivers);
        assertEquals(EnumSet.allOf(ForwardTarget.class), forwards);
        assertEquals(Settings.DEFAULT, Fixture.basic().build().settings());
    }
}
