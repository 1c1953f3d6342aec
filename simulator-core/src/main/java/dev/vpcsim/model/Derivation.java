package dev.vpcsim.model;

import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.FirewallRule.Origin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Derives the implicit resources of a checked scenario (see {@link Design}). */
final class Derivation {
    /** Name of every managed connector rule in traces [CT]. */
    static final String MANAGED_RULE = "serverless-vpc-access-managed";
    /** Serverless infrastructure range that reaches connectors [CSVA]. */
    static final Cidr SERVERLESS_INFRA = Cidr.of("35.199.224.0/19");
    static final List<Cidr> HEALTH_CHECK_RANGES =
            List.of(Cidr.of("35.191.0.0/16"), Cidr.of("35.191.192.0/18"), Cidr.of("130.211.0.0/22"));
    static final List<ProtocolPorts> CONNECTOR_PORTS =
            List.of(ProtocolPorts.of("tcp:667"), ProtocolPorts.of("udp:665-666"), ProtocolPorts.of("icmp"));
    /** ASSUMPTION: priority of the managed serverless-to-connector rules (secondary sources). */
    static final int MANAGED_CONNECTOR_PRIORITY = 100;

    private Derivation() {
    }

    static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(name.apply(i), i));
        return java.util.Collections.unmodifiableMap(map);
    }

    static Design derive(Scenario s) {
        Map<String, List<Subnet>> subnets = new HashMap<>();
        Map<String, Subnet> connectorSubnets = new HashMap<>();
        for (Network n : s.networks()) {
            subnets.put(n.name(), new ArrayList<>(n.subnets()));
        }
        for (Connector c : s.connectors()) {
            Network n = s.networks().stream().filter(x -> x.name().equals(c.network())).findFirst().orElseThrow();
            Subnet sub = c.subnet().flatMap(n::subnet).orElseGet(() -> new Subnet("vpc-connector-" + c.name(),
                    c.region(), c.range().orElseThrow(), Map.of(), true, Subnet.Purpose.CONNECTOR));
            connectorSubnets.put(c.name(), sub);
            if (c.range().isPresent()) {
                subnets.get(n.name()).add(sub);
            }
        }
        Map<String, List<Peering>> active = activePeerings(s);
        Map<String, List<FirewallRule>> firewall = new HashMap<>();
        Map<String, List<RouteEntry>> localRoutes = new HashMap<>();
        for (Network n : s.networks()) {
            firewall.put(n.name(), firewall(n, s.connectors(), connectorSubnets));
            localRoutes.put(n.name(), localRoutes(n, subnets.get(n.name())));
        }
        Map<String, List<RouteEntry>> routes = new HashMap<>();
        for (Network n : s.networks()) {
            List<RouteEntry> all = new ArrayList<>(localRoutes.get(n.name()));
            for (Peering p : active.getOrDefault(n.name(), List.of())) {
                all.addAll(learned(n, p, s, localRoutes.get(p.peerNetwork())));
            }
            routes.put(n.name(), List.copyOf(all));
        }
        Map<String, List<Subnet>> frozen = new HashMap<>();
        subnets.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Design(s, frozen, firewall, routes, active, connectorSubnets);
    }

    private static Map<String, List<Peering>> activePeerings(Scenario s) {
        Map<String, Network> byName = byName(s.networks(), Network::name);
        Map<String, List<Peering>> active = new HashMap<>();
        for (Network n : s.networks()) {
            List<Peering> list = new ArrayList<>();
            for (Peering p : n.peerings()) {
                Network peer = byName.get(p.peerNetwork());
                if (peer.peerings().stream().anyMatch(q -> q.peerNetwork().equals(n.name()))) {
                    list.add(p);
                }
            }
            active.put(n.name(), List.copyOf(list));
        }
        return active;
    }

    private static List<FirewallRule> firewall(Network n, List<Connector> connectors, Map<String, Subnet> subnets) {
        List<FirewallRule> rules = new ArrayList<>(n.firewall());
        for (Connector c : connectors) {
            if (c.network().equals(n.name()) && c.managedFirewallRules()) {
                rules.addAll(managedRules(c, subnets.get(c.name()).range()));
            }
        }
        rules.add(new FirewallRule("implied-allow-egress", Direction.EGRESS, FirewallRule.IMPLIED_PRIORITY,
                Action.ALLOW, List.of(ProtocolPorts.ALL), List.of(), List.of(), List.of(), List.of(Cidr.ALL),
                List.of(), List.of(), false, Origin.IMPLIED, "implied rule: allow all egress"));
        rules.add(new FirewallRule("implied-deny-ingress", Direction.INGRESS, FirewallRule.IMPLIED_PRIORITY,
                Action.DENY, List.of(ProtocolPorts.ALL), List.of(Cidr.ALL), List.of(), List.of(), List.of(),
                List.of(), List.of(), false, Origin.IMPLIED, "implied rule: deny all ingress"));
        rules.sort(FirewallRule.PRECEDENCE);
        return List.copyOf(rules);
    }

    /** The rules Google creates for a connector in the network's own or host project [CSVA]. */
    static List<FirewallRule> managedRules(Connector c, Cidr range) {
        String tag = c.uniqueTag();
        String who = "connector " + c.name() + ": ";
        return List.of(
                new FirewallRule(MANAGED_RULE, Direction.INGRESS, MANAGED_CONNECTOR_PRIORITY, Action.ALLOW,
                        CONNECTOR_PORTS, List.of(SERVERLESS_INFRA), List.of(), List.of(), List.of(), List.of(tag),
                        List.of(), false, Origin.MANAGED, who + "allow serverless infrastructure 35.199.224.0/19 to the connector"),
                new FirewallRule(MANAGED_RULE, Direction.INGRESS, MANAGED_CONNECTOR_PRIORITY, Action.ALLOW,
                        List.of(ProtocolPorts.of("tcp:667")), HEALTH_CHECK_RANGES, List.of(), List.of(), List.of(),
                        List.of(tag), List.of(), false, Origin.MANAGED, who + "allow health checks to the connector"),
                new FirewallRule(MANAGED_RULE, Direction.EGRESS, MANAGED_CONNECTOR_PRIORITY, Action.ALLOW,
                        CONNECTOR_PORTS, List.of(), List.of(), List.of(), List.of(SERVERLESS_INFRA), List.of(tag),
                        List.of(), false, Origin.MANAGED, who + "allow the connector to answer serverless infrastructure"),
                new FirewallRule(MANAGED_RULE, Direction.INGRESS, FirewallRule.DEFAULT_PRIORITY, Action.ALLOW,
                        List.of(ProtocolPorts.of("tcp"), ProtocolPorts.of("udp"), ProtocolPorts.of("icmp")),
                        List.of(range), List.of(tag), List.of(), List.of(), List.of(), List.of(), false,
                        Origin.MANAGED, who + "allow the connector to every instance of the network"));
    }

    private static List<RouteEntry> localRoutes(Network n, List<Subnet> subnets) {
        List<RouteEntry> routes = new ArrayList<>();
        NextHop self = new NextHop.Network(n.name());
        for (Subnet sub : subnets) {
            routes.add(subnetRoute(n, sub.range(), self, RouteEntry.Kind.SUBNET));
            sub.secondaryRanges().values().forEach(r -> routes.add(subnetRoute(n, r, self, RouteEntry.Kind.SUBNET)));
        }
        for (PrivateServiceRange p : n.privateServiceAccess()) {
            routes.add(subnetRoute(n, p.range(), self, RouteEntry.Kind.SUBNET));
        }
        if (n.autoCreateDefaultRoute()) {
            routes.add(new RouteEntry("default-internet-gateway", n.name(), Cidr.ALL, Route.DEFAULT_PRIORITY,
                    List.of(), NextHop.Gateway.DEFAULT_INTERNET_GATEWAY, RouteEntry.Kind.DEFAULT));
        }
        for (Route r : n.routes()) {
            routes.add(new RouteEntry(r.name(), n.name(), r.destRange(), r.priority(), r.tags(), r.nextHop(),
                    RouteEntry.Kind.STATIC));
        }
        return routes;
    }

    private static RouteEntry subnetRoute(Network n, Cidr range, NextHop hop, RouteEntry.Kind kind) {
        return new RouteEntry("subnet-" + range.blockText(), n.name(), range, 0, List.of(), hop, kind);
    }

    /**
     * Routes network {@code n} learns from peer {@code p}: the peer's subnet routes (never its
     * private-services-access ranges), and its untagged static routes whose next hop is not the internet
     * gateway when the peer exports and {@code n} imports custom routes [PEER].
     */
    private static List<RouteEntry> learned(Network n, Peering p, Scenario s, List<RouteEntry> peerLocal) {
        Network peer = s.networks().stream().filter(x -> x.name().equals(p.peerNetwork())).findFirst().orElseThrow();
        boolean exports = peer.peerings().stream()
                .anyMatch(q -> q.peerNetwork().equals(n.name()) && q.exportCustomRoutes());
        boolean importsCustom = exports && p.importCustomRoutes();
        List<Cidr> psa = peer.privateServiceAccess().stream().map(PrivateServiceRange::range).toList();
        NextHop hop = new NextHop.Peering(p.name(), peer.name());
        List<RouteEntry> out = new ArrayList<>();
        for (RouteEntry r : peerLocal) {
            if (r.kind() == RouteEntry.Kind.SUBNET && !psa.contains(r.destRange())) {
                out.add(new RouteEntry(r.id(), n.name(), r.destRange(), 0, List.of(), hop, RouteEntry.Kind.PEERING_SUBNET));
            } else if (r.kind() == RouteEntry.Kind.STATIC && importsCustom && r.tags().isEmpty()
                    && !(r.nextHop() instanceof NextHop.Gateway)) {
                out.add(new RouteEntry(r.id(), n.name(), r.destRange(), r.priority(), List.of(), hop,
                        RouteEntry.Kind.PEERING_STATIC));
            }
        }
        return out;
    }
}
