package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.Peering;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Route;
import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.VpnTunnel;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Terse factories for hand-checked tiny designs. */
final class Fixtures {
    static final String REGION = "europe-west1";

    private Fixtures() {
    }

    static Subnet subnet(String name, String range, boolean pga) {
        return new Subnet(name, REGION, Cidr.of(range), Map.of(), pga, Subnet.Purpose.PRIVATE);
    }

    static Network network(String name, List<Subnet> subnets, List<FirewallRule> rules) {
        return new Network(name, true, subnets, List.of(), List.of(), rules, List.of(), List.of(), List.of());
    }

    static Network with(Network n, List<PrivateServiceRange> psa, List<Route> routes, List<Peering> peerings,
                        List<Nat> nats, List<VpnTunnel> tunnels) {
        return new Network(n.name(), n.autoCreateDefaultRoute(), n.subnets(), psa, routes, n.firewall(), peerings, nats,
                tunnels);
    }

    static Network noDefaultRoute(Network n) {
        return new Network(n.name(), false, n.subnets(), n.privateServiceAccess(), n.routes(), n.firewall(),
                n.peerings(), n.nats(), n.vpnTunnels());
    }

    static Connector connector(String name, String network, String range, ConnectorState state, boolean managed) {
        return new Connector(name, REGION, network, Optional.of(Cidr.of(range)), Optional.empty(), "e2-micro", 2, 10,
                Optional.empty(), 60, Optional.empty(), state, managed);
    }

    static Connector connectorOnSubnet(String name, String network, String subnet) {
        return new Connector(name, REGION, network, Optional.empty(), Optional.of(subnet), "e2-micro", 2, 10,
                Optional.empty(), 60, Optional.empty(), ConnectorState.READY, true);
    }

    static Workload viaConnector(String name, String connector, VpcEgress egress) {
        return new Workload(name, WorkloadType.CLOUD_RUN_SERVICE, 2, REGION, Optional.of("run-sa@p.iam.gserviceaccount.com"),
                Optional.of(connector), Optional.empty(), Optional.empty(), List.of(), egress, Scaling.DEFAULT);
    }

    static Workload directVpc(String name, WorkloadType type, String network, String subnet, List<String> tags,
                              VpcEgress egress) {
        return new Workload(name, type, type == WorkloadType.CLOUD_FUNCTION ? 1 : 2, REGION,
                Optional.of("run-sa@p.iam.gserviceaccount.com"), Optional.empty(), Optional.of(network),
                Optional.of(subnet), tags, egress, Scaling.DEFAULT);
    }

    static Workload noAccess(String name) {
        return new Workload(name, WorkloadType.CLOUD_RUN_SERVICE, 2, REGION, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), VpcEgress.PRIVATE_RANGES_ONLY, Scaling.DEFAULT);
    }

    static Endpoint vm(String name, String network, String ip, List<String> tags, String... ports) {
        return new Endpoint(name, EndpointType.VM, Optional.of(network), Optional.of(REGION), Ipv4.of(ip), specs(ports),
                tags, Optional.empty(), false, Endpoint.State.RUNNING, Optional.empty());
    }

    static Endpoint appliance(String name, String network, String ip, boolean forwarding, Endpoint.State state) {
        return new Endpoint(name, EndpointType.VM, Optional.of(network), Optional.of(REGION), Ipv4.of(ip), List.of(),
                List.of("fw"), Optional.empty(), forwarding, state, Optional.empty());
    }

    static Endpoint stopped(Endpoint e) {
        return new Endpoint(e.name(), e.type(), e.network(), e.region(), e.ip(), e.ports(), e.tags(),
                e.serviceAccount(), e.ipForwarding(), Endpoint.State.STOPPED, e.allowedSources());
    }

    static Endpoint managed(String name, EndpointType type, String network, String ip, String... ports) {
        return new Endpoint(name, type, Optional.of(network), Optional.of(REGION), Ipv4.of(ip), specs(ports), List.of(),
                Optional.empty(), false, Endpoint.State.RUNNING, Optional.empty());
    }

    static Endpoint internet(String name, String ip, Optional<List<Cidr>> allowed, String... ports) {
        return new Endpoint(name, EndpointType.INTERNET, Optional.empty(), Optional.empty(), Ipv4.of(ip), specs(ports),
                List.of(), Optional.empty(), false, Endpoint.State.RUNNING, allowed);
    }

    static List<ProtocolPorts> specs(String... texts) {
        return Arrays.stream(texts).map(ProtocolPorts::of).toList();
    }

    static FirewallRule ingress(String name, int priority, boolean allow, List<String> ports, List<String> sourceRanges,
                                List<String> sourceTags, List<String> targetTags) {
        return new FirewallRule(name, FirewallRule.Direction.INGRESS, priority,
                allow ? FirewallRule.Action.ALLOW : FirewallRule.Action.DENY, ports.stream().map(ProtocolPorts::of).toList(),
                sourceRanges.stream().map(Cidr::of).toList(), sourceTags, List.of(), List.of(), targetTags, List.of(),
                false, FirewallRule.Origin.USER, "");
    }

    static FirewallRule egress(String name, int priority, boolean allow, List<String> ports, List<String> destinations) {
        return new FirewallRule(name, FirewallRule.Direction.EGRESS, priority,
                allow ? FirewallRule.Action.ALLOW : FirewallRule.Action.DENY, ports.stream().map(ProtocolPorts::of).toList(),
                List.of(), List.of(), List.of(), destinations.stream().map(Cidr::of).toList(), List.of(), List.of(),
                false, FirewallRule.Origin.USER, "");
    }

    static FirewallRule disabled(FirewallRule r) {
        return new FirewallRule(r.name(), r.direction(), r.priority(), r.action(), r.rules(), r.sourceRanges(),
                r.sourceTags(), r.sourceServiceAccounts(), r.destinationRanges(), r.targetTags(),
                r.targetServiceAccounts(), true, r.origin(), r.detail());
    }

    static Route route(String name, String dest, int priority, List<String> tags, NextHop hop) {
        return new Route(name, Cidr.of(dest), priority, tags, hop);
    }

    static Nat nat(String name, boolean all, List<String> subnets, boolean auto, String... ips) {
        return new Nat(name, "router", REGION, all, subnets, auto, Arrays.stream(ips).map(Ipv4::of).toList(), 64);
    }
}
