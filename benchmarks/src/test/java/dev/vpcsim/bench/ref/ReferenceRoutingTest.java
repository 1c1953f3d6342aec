package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.DesignBuilder;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.Peering;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.Route;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.VpnTunnel;
import dev.vpcsim.model.WorkloadType;
import dev.vpcsim.trace.DeliverTarget;
import dev.vpcsim.trace.DropCause;
import dev.vpcsim.trace.ForwardTarget;
import dev.vpcsim.trace.Result;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.vpcsim.bench.ref.Fixtures.connector;
import static dev.vpcsim.bench.ref.Fixtures.nat;
import static dev.vpcsim.bench.ref.Fixtures.network;
import static dev.vpcsim.bench.ref.Fixtures.route;
import static dev.vpcsim.bench.ref.Fixtures.subnet;
import static dev.vpcsim.bench.ref.Fixtures.viaConnector;
import static dev.vpcsim.bench.ref.Fixtures.vm;
import static dev.vpcsim.bench.ref.Fixtures.with;
import static dev.vpcsim.bench.ref.ReferenceEvaluatorTest.delivered;
import static dev.vpcsim.bench.ref.ReferenceEvaluatorTest.drop;
import static dev.vpcsim.bench.ref.ReferenceEvaluatorTest.run;
import static dev.vpcsim.bench.ref.ReferenceEvaluatorTest.tcp;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hand-checked routing, NAT, peering and appliance cases of the reference evaluator (semantics.md section 4). */
class ReferenceRoutingTest {
    private static final Network VPC = network("vpc", List.of(subnet("app", "10.0.0.0/24", false)), List.of());

    private static DesignBuilder design(Network n, VpcEgress egress, Endpoint... endpoints) {
        DesignBuilder b = new DesignBuilder("t").network(n)
                .connector(connector("conn", "vpc", "10.8.0.0/28", ConnectorState.READY, true))
                .workload(viaConnector("svc", "conn", egress));
        for (Endpoint e : endpoints) {
            b.endpoint(e);
        }
        return b;
    }

    private static Network nats(Nat... nats) {
        return with(VPC, List.of(), List.of(), List.of(), List.of(nats), List.of());
    }

    @Test
    void internetFromTheVpcNeedsCloudNat() {
        Endpoint site = Fixtures.internet("site", "203.0.113.10", Optional.empty(), "tcp:443");
        drop(tcp(design(VPC, VpcEgress.ALL_TRAFFIC, site), "site", 443), DropCause.NO_EXTERNAL_ADDRESS,
                "routes/default-internet-gateway");
        delivered(tcp(design(nats(nat("n", true, List.of(), true)), VpcEgress.ALL_TRAFFIC, site), "site", 443),
                DeliverTarget.INTERNET);
        // a list never covers a range-created connector's hidden subnet (ASSUMPTION)
        drop(tcp(design(nats(nat("n", false, List.of("app"), true)), VpcEgress.ALL_TRAFFIC, site), "site", 443),
                DropCause.NO_EXTERNAL_ADDRESS, "routes/default-internet-gateway");
        drop(tcp(design(nats(nat("n", true, List.of(), false)), VpcEgress.ALL_TRAFFIC, site), "site", 443),
                DropCause.CLOUD_NAT_NO_ADDRESSES, "nats/n");
        drop(tcp(design(nats(nat("n", true, List.of(), true)), VpcEgress.ALL_TRAFFIC, site), "site", 80),
                DropCause.DESTINATION_PORT_CLOSED, "endpoints/site");
    }

    @Test
    void allowListsSeeTheNatAddressOrNothingFixed() {
        Endpoint strict = Fixtures.internet("partner", "198.51.100.20",
                Optional.of(List.of(Cidr.of("192.0.2.7/32"))));
        Endpoint open = Fixtures.internet("open", "198.51.100.21", Optional.of(List.of(Cidr.ALL)));
        DesignBuilder manual = design(nats(nat("n", true, List.of(), false, "192.0.2.7")), VpcEgress.ALL_TRAFFIC,
                strict, open);
        delivered(tcp(manual, "partner", 443), DeliverTarget.INTERNET);
        DesignBuilder auto = design(nats(nat("n", true, List.of(), true)), VpcEgress.ALL_TRAFFIC, strict, open);
        drop(tcp(auto, "partner", 443), DropCause.DESTINATION_REJECTS_SOURCE, "endpoints/partner");
        delivered(tcp(auto, "open", 443), DeliverTarget.INTERNET);
        DesignBuilder google = design(VPC, VpcEgress.PRIVATE_RANGES_ONLY, strict);
        drop(tcp(google, "partner", 443), DropCause.DESTINATION_REJECTS_SOURCE, "endpoints/partner");
    }

    @Test
    void googleApisNeedPrivateGoogleAccessOnTheSourceSubnet() {
        delivered(tcp(design(VPC, VpcEgress.PRIVATE_RANGES_ONLY), "199.36.153.8", 443), DeliverTarget.GOOGLE_API);
        DesignBuilder dv = design(VPC, VpcEgress.PRIVATE_RANGES_ONLY).workload(
                Fixtures.directVpc("job", WorkloadType.CLOUD_RUN_JOB, "vpc", "app", List.of(), VpcEgress.ALL_TRAFFIC));
        drop(run(dv, "job", "199.36.153.4", Protocol.TCP, 443), DropCause.PRIVATE_GOOGLE_ACCESS_DISALLOWED,
                "routes/default-internet-gateway");
        Network pga = network("vpc", List.of(subnet("app", "10.0.0.0/24", true)), List.of());
        DesignBuilder dvPga = design(pga, VpcEgress.PRIVATE_RANGES_ONLY).workload(
                Fixtures.directVpc("job", WorkloadType.CLOUD_RUN_JOB, "vpc", "app", List.of(), VpcEgress.ALL_TRAFFIC));
        delivered(run(dvPga, "job", "199.36.153.4", Protocol.TCP, 443), DeliverTarget.GOOGLE_API);
    }

    @Test
    void privateDestinationTowardsTheInternetOrNowhere() {
        drop(tcp(design(VPC, VpcEgress.PRIVATE_RANGES_ONLY), "10.9.9.9", 80), DropCause.PRIVATE_TRAFFIC_TO_INTERNET,
                "routes/default-internet-gateway");
        drop(tcp(design(Fixtures.noDefaultRoute(VPC), VpcEgress.PRIVATE_RANGES_ONLY), "10.9.9.9", 80),
                DropCause.NO_ROUTE, "networks/vpc");
    }

    @Test
    void staticRoutesNeverOverrideSubnetRoutesAndTagsSelectSources() {
        Route vpn = route("to-vpn", "10.0.0.0/25", 0, List.of(), new NextHop.VpnTunnel("t"));
        Route tagged = route("tagged", "0.0.0.0/0", 100, List.of("vpc-connector"), new NextHop.VpnTunnel("t"));
        VpnTunnel t = new VpnTunnel("t", Fixtures.REGION, List.of(Cidr.of("192.168.0.0/16")));
        Network n = with(VPC, List.of(), List.of(vpn, tagged), List.of(), List.of(), List.of(t));
        Endpoint db = vm("db", "vpc", "10.0.0.5", List.of());
        delivered(tcp(design(n, VpcEgress.ALL_TRAFFIC, db), "db", 80), DeliverTarget.INSTANCE);
        Verdict v = tcp(design(n, VpcEgress.ALL_TRAFFIC, db), "8.8.8.8", 443);
        assertEquals(ForwardTarget.VPN_GATEWAY, v.forwardTarget().orElseThrow(), v::toString);
        assertEquals("vpnTunnels/t", v.decidingResource());
        DesignBuilder untagged = design(n, VpcEgress.ALL_TRAFFIC, db).workload(Fixtures.directVpc("job",
                WorkloadType.CLOUD_RUN_JOB, "vpc", "app", List.of("web"), VpcEgress.ALL_TRAFFIC));
        drop(run(untagged, "job", "8.8.8.8", Protocol.TCP, 443), DropCause.NO_EXTERNAL_ADDRESS,
                "routes/default-internet-gateway");
    }

    @Test
    void appliancesMustExistRunAndForward() {
        Endpoint fw = Fixtures.appliance("fw", "vpc", "10.0.0.50", true, Endpoint.State.RUNNING);
        Endpoint stopped = Fixtures.appliance("fw", "vpc", "10.0.0.50", true, Endpoint.State.STOPPED);
        Endpoint noForward = Fixtures.appliance("fw", "vpc", "10.0.0.50", false, Endpoint.State.RUNNING);
        Route viaFw = route("via-fw", "0.0.0.0/0", 100, List.of(), new NextHop.Instance("fw"));
        Network n = with(VPC, List.of(), List.of(viaFw), List.of(), List.of(), List.of());
        Verdict ok = tcp(design(n, VpcEgress.ALL_TRAFFIC, fw), "8.8.8.8", 443);
        assertEquals(ForwardTarget.ROUTER_APPLIANCE, ok.forwardTarget().orElseThrow(), ok::toString);
        drop(tcp(design(n, VpcEgress.ALL_TRAFFIC, stopped), "8.8.8.8", 443), DropCause.INSTANCE_NOT_RUNNING,
                "endpoints/fw");
        drop(tcp(design(n, VpcEgress.ALL_TRAFFIC, noForward), "8.8.8.8", 443), DropCause.FOREIGN_IP_DISALLOWED,
                "endpoints/fw");
        Route byIp = route("via-ip", "0.0.0.0/0", 100, List.of(), new NextHop.Ip(Ipv4.of("10.0.0.51")));
        Network m = with(VPC, List.of(), List.of(byIp), List.of(), List.of(), List.of());
        drop(tcp(design(m, VpcEgress.ALL_TRAFFIC, fw), "8.8.8.8", 443),
                DropCause.ROUTE_NEXT_HOP_IP_ADDRESS_NOT_RESOLVED, "routes/via-ip");
    }

    @Test
    void peeringIsActiveOnlyBothWaysAndNotTransitive() {
        Network a = with(VPC, List.of(), List.of(), List.of(new Peering("a-b", "b", false, false)), List.of(), List.of());
        Network bOneSided = network("b", List.of(subnet("b", "10.1.0.0/24", false)), List.of());
        Network b = with(bOneSided, List.of(new PrivateServiceRange("psa-b", Cidr.of("10.50.0.0/24"))), List.of(),
                List.of(new Peering("b-a", "vpc", false, false), new Peering("b-c", "c", false, false)), List.of(),
                List.of());
        Network c = with(network("c", List.of(subnet("c", "10.2.0.0/24", false)), List.of()), List.of(), List.of(),
                List.of(new Peering("c-b", "b", false, false)), List.of(), List.of());
        Endpoint inB = vm("vb", "b", "10.1.0.5", List.of());
        Endpoint inC = vm("vc", "c", "10.2.0.5", List.of());
        Endpoint sql = Fixtures.managed("sql", EndpointType.CLOUD_SQL, "b", "10.50.0.3", "tcp:5432");
        DesignBuilder oneSided = design(a, VpcEgress.ALL_TRAFFIC, inB).network(bOneSided);
        drop(tcp(oneSided, "vb", 80), DropCause.PRIVATE_TRAFFIC_TO_INTERNET, "routes/default-internet-gateway");
        DesignBuilder peered = design(a, VpcEgress.ALL_TRAFFIC, inB, inC, sql).network(b).network(c);
        // the peer's implied deny applies; the managed connector rule lives in the connector's network only
        drop(tcp(peered, "vb", 80), DropCause.FIREWALL_RULE, "firewall/implied-deny-ingress");
        drop(tcp(peered, "vc", 80), DropCause.PRIVATE_TRAFFIC_TO_INTERNET, "routes/default-internet-gateway");
        drop(tcp(peered, "sql", 5432), DropCause.GOOGLE_MANAGED_SERVICE_NO_PEERING, "networks/vpc");
    }

    @Test
    void managedServicesIgnoreConsumerIngressButListenOnTheirPorts() {
        Network n = with(network("vpc", List.of(subnet("app", "10.0.0.0/24", false)),
                        List.of(Fixtures.ingress("deny-all", 0, false, List.of("all"), List.of("10.8.0.0/28"), List.of(),
                                List.of()))),
                List.of(new PrivateServiceRange("psa", Cidr.of("10.50.0.0/24"))), List.of(), List.of(), List.of(),
                List.of());
        Endpoint sql = Fixtures.managed("sql", EndpointType.CLOUD_SQL, "vpc", "10.50.0.3", "tcp:5432");
        Endpoint redis = Fixtures.managed("redis", EndpointType.MEMORYSTORE_REDIS, "vpc", "10.50.0.4", "tcp:6379");
        DesignBuilder b = design(n, VpcEgress.PRIVATE_RANGES_ONLY, sql, redis);
        delivered(tcp(b, "sql", 5432), DeliverTarget.CLOUD_SQL_INSTANCE);
        delivered(tcp(b, "redis", 6379), DeliverTarget.REDIS_INSTANCE);
        drop(tcp(b, "sql", 3306), DropCause.DESTINATION_PORT_CLOSED, "endpoints/sql");
        drop(tcp(b, "redis", 6380), DropCause.REDIS_INSTANCE_UNSUPPORTED_PORT, "endpoints/redis");
    }

    @Test
    void equalCostRoutesThatEndDifferentlyAreAmbiguous() {
        Route vpn = route("to-vpn", "0.0.0.0/0", 1000, List.of(), new NextHop.VpnTunnel("t"));
        VpnTunnel t = new VpnTunnel("t", Fixtures.REGION, List.of(Cidr.of("192.168.0.0/16")));
        Network n = with(VPC, List.of(), List.of(vpn), List.of(), List.of(), List.of(t));
        Verdict v = tcp(design(n, VpcEgress.ALL_TRAFFIC), "8.8.8.8", 443);
        assertEquals(Result.AMBIGUOUS, v.result(), v::toString);
    }
}
