package dev.vpcsim.scenario;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.Peering;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.Route;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpnTunnel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps {@code networks[i]} and what a network holds: subnets, private services access ranges, routes, peerings,
 * Cloud NAT and VPN tunnels. Firewall rules are {@link FirewallMapper}'s.
 */
final class NetworkMapper {
    private final Input in;

    NetworkMapper(Input in) {
        this.in = in;
    }

    Network network(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a network", "name", "autoCreateDefaultRoute", "subnets",
                "privateServiceAccess", "routes", "firewall", "peerings", "nats", "vpnTunnels");
        String name = f.string("name");
        boolean defaultRoute = f.bool("autoCreateDefaultRoute", true);
        List<Subnet> subnets = f.list("subnets", this::subnet);
        List<PrivateServiceRange> psa = f.list("privateServiceAccess", this::privateServiceRange);
        List<Route> routes = f.list("routes", this::route);
        List<FirewallRule> firewall = f.list("firewall", new FirewallMapper(in)::rule);
        List<Peering> peerings = f.list("peerings", this::peering);
        List<Nat> nats = f.list("nats", this::nat);
        List<VpnTunnel> tunnels = f.list("vpnTunnels", this::vpnTunnel);
        return in.build(node, path,
                () -> new Network(name, defaultRoute, subnets, psa, routes, firewall, peerings, nats, tunnels));
    }

    private Subnet subnet(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a subnet", "name", "region", "range", "secondaryRanges",
                "privateGoogleAccess");
        String name = f.string("name");
        String region = f.string("region");
        Cidr range = Values.cidr(in, f.required("range"), f.path("range"));
        Map<String, Cidr> secondary = new TreeMap<>();
        f.get("secondaryRanges").ifPresent(n -> {
            Fields s = Fields.open(in, n, f.path("secondaryRanges"), "secondary ranges (name: range)");
            for (Node.Entry e : s.node().entries()) {
                if (e.value().isEmpty()) {
                    throw in.error(e.value(), s.path(e.key()), "must not be empty");
                }
                secondary.put(e.key(), Values.cidr(in, e.value(), s.path(e.key())));
            }
        });
        boolean pga = f.bool("privateGoogleAccess", false);
        return in.build(node, path, () -> new Subnet(name, region, range, secondary, pga, Subnet.Purpose.PRIVATE));
    }

    private PrivateServiceRange privateServiceRange(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a private services access range", "name", "range");
        String name = f.string("name");
        Cidr range = Values.cidr(in, f.required("range"), f.path("range"));
        return in.build(node, path, () -> new PrivateServiceRange(name, range));
    }

    private Route route(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a route", "name", "destRange", "priority", "tags", "nextHopGateway",
                "nextHopInstance", "nextHopIp", "nextHopVpnTunnel");
        String name = f.string("name");
        Cidr dest = Values.cidr(in, f.required("destRange"), f.path("destRange"));
        int priority = f.integer("priority", Route.DEFAULT_PRIORITY, 0, 65535);
        List<String> tags = f.values("tags", (n, at) -> Values.string(in, n, at));
        String hopKey = f.exactlyOne("a route", "nextHopGateway", "nextHopInstance", "nextHopIp", "nextHopVpnTunnel");
        NextHop hop = switch (hopKey) {
            case "nextHopGateway" -> new NextHop.Gateway(f.string(hopKey));
            case "nextHopInstance" -> new NextHop.Instance(f.string(hopKey));
            case "nextHopIp" -> new NextHop.Ip(Values.ipv4(in, f.required(hopKey), f.path(hopKey)));
            default -> new NextHop.VpnTunnel(f.string(hopKey));
        };
        return in.build(node, path, () -> new Route(name, dest, priority, tags, hop));
    }

    private Peering peering(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a peering", "name", "peerNetwork", "exportCustomRoutes",
                "importCustomRoutes");
        String name = f.string("name");
        String peer = f.string("peerNetwork");
        boolean export = f.bool("exportCustomRoutes", false);
        boolean imports = f.bool("importCustomRoutes", false);
        return in.build(node, path, () -> new Peering(name, peer, export, imports));
    }

    private Nat nat(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a Cloud NAT", "name", "router", "region", "sourceSubnetworks",
                "natIps", "minPortsPerVm");
        String name = f.string("name");
        String router = f.string("router");
        String region = f.string("region");
        Optional<List<String>> subnets = keywordOrList(f, "sourceSubnetworks", "all", "subnet names",
                (n, at) -> Values.string(in, n, at));
        Optional<List<Ipv4>> ips = keywordOrList(f, "natIps", "auto", "addresses", (n, at) -> Values.ipv4(in, n, at));
        int minPorts = f.integer("minPortsPerVm", Nat.DEFAULT_MIN_PORTS_PER_VM, 1, 65536);
        return in.build(node, path, () -> new Nat(name, router, region, subnets.isEmpty(), subnets.orElse(List.of()),
                ips.isEmpty(), ips.orElse(List.of()), minPorts));
    }

    /** Empty for {@code keyword} (also the default when the key is absent); else the list. */
    private <T> Optional<List<T>> keywordOrList(Fields f, String key, String keyword, String items,
                                                Fields.Item<T> item) {
        Optional<Node> value = f.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Node n = value.get();
        if (n instanceof Node.Scalar s) {
            if (s.text().equals(keyword) && s.kind() == Node.Scalar.Kind.STRING) {
                return Optional.empty();
            }
            throw in.error(n, f.path(key), "expected '" + keyword + "' or a list of " + items + ", got " + n.describe());
        }
        return Optional.of(f.values(key, item));
    }

    private VpnTunnel vpnTunnel(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a VPN tunnel", "name", "region", "remoteRanges");
        String name = f.string("name");
        String region = f.string("region");
        List<Cidr> remote = f.values("remoteRanges", (n, at) -> Values.cidr(in, n, at));
        return in.build(node, path, () -> new VpnTunnel(name, region, remote));
    }
}
