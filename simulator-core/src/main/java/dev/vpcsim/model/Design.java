package dev.vpcsim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resolved, immutable design: the {@link Scenario} plus what Google Cloud creates implicitly, derived once
 * by {@link DesignBuilder#build()}:
 * <ul>
 *   <li>per network, the effective firewall rules: user rules, the implied allow-egress and deny-ingress
 *       rules (priority 65535), and the managed rules of its connectors (semantics.md section 2),
 *       sorted by precedence;</li>
 *   <li>per network, the candidate routes: subnet routes (primary and secondary ranges, connector ranges,
 *       private-services-access ranges), the default route, static routes, and routes learned over active
 *       peerings (section 4);</li>
 *   <li>the hidden subnet of each connector given by {@code range}, and the connector's network tags.</li>
 * </ul>
 * Lookups return {@link Optional}; lists keep file order unless stated.
 */
public final class Design implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final Map<String, Network> networks;
    private final Map<String, Connector> connectors;
    private final Map<String, Workload> workloads;
    private final Map<String, Endpoint> endpoints;
    private final Map<String, List<Subnet>> subnets;
    private final Map<String, List<FirewallRule>> firewall;
    private final Map<String, List<RouteEntry>> routes;
    private final Map<String, List<Peering>> activePeerings;
    private final Map<String, Subnet> connectorSubnets;
    private final PeeringGraph peeringGraph;

    Design(Scenario scenario, Map<String, List<Subnet>> subnets, Map<String, List<FirewallRule>> firewall,
           Map<String, List<RouteEntry>> routes, Map<String, List<Peering>> activePeerings,
           Map<String, Subnet> connectorSubnets) {
        this.scenario = scenario;
        this.networks = Derivation.byName(scenario.networks(), Network::name);
        this.connectors = Derivation.byName(scenario.connectors(), Connector::name);
        this.workloads = Derivation.byName(scenario.workloads(), Workload::name);
        this.endpoints = Derivation.byName(scenario.endpoints(), Endpoint::name);
        this.subnets = Map.copyOf(subnets);
        this.firewall = Map.copyOf(firewall);
        this.routes = Map.copyOf(routes);
        this.activePeerings = Map.copyOf(activePeerings);
        this.connectorSubnets = Map.copyOf(connectorSubnets);
        this.peeringGraph = new PeeringGraph(scenario.networks(), this.activePeerings);
    }

    public Scenario scenario() {
        return scenario;
    }

    public String name() {
        return scenario.name();
    }

    public Settings settings() {
        return scenario.settings();
    }

    public List<Network> networks() {
        return scenario.networks();
    }

    public List<Connector> connectors() {
        return scenario.connectors();
    }

    public List<Workload> workloads() {
        return scenario.workloads();
    }

    public List<Endpoint> endpoints() {
        return scenario.endpoints();
    }

    public List<Intent> intents() {
        return scenario.intents();
    }

    public Optional<Network> network(String name) {
        return Optional.ofNullable(networks.get(name));
    }

    public Optional<Connector> connector(String name) {
        return Optional.ofNullable(connectors.get(name));
    }

    public Optional<Workload> workload(String name) {
        return Optional.ofNullable(workloads.get(name));
    }

    public Optional<Endpoint> endpoint(String name) {
        return Optional.ofNullable(endpoints.get(name));
    }

    /** Subnets of the network, hidden connector subnets included (after the file's subnets). */
    public List<Subnet> subnets(String network) {
        return subnets.getOrDefault(network, List.of());
    }

    /** Effective firewall rules of the network (user, managed, implied), most precedent first. */
    public List<FirewallRule> firewall(String network) {
        return firewall.getOrDefault(network, List.of());
    }

    /** Candidate routes of the network, local and learned over peerings. */
    public List<RouteEntry> routes(String network) {
        return routes.getOrDefault(network, List.of());
    }

    /** Peerings of the network that the peer reciprocates (the only active ones [PEER]). */
    public List<Peering> activePeerings(String network) {
        return activePeerings.getOrDefault(network, List.of());
    }

    /** Networks and their active peerings as a graph. */
    public PeeringGraph peeringGraph() {
        return peeringGraph;
    }

    /** The subnet a connector's VMs live in: the named subnet, or the hidden one made from its range. */
    public Subnet connectorSubnet(Connector connector) {
        Subnet s = connectorSubnets.get(connector.name());
        if (s == null) {
            throw new IllegalArgumentException("not a connector of this design: " + connector.name());
        }
        return s;
    }

    /** The range connector traffic comes from: its /28, or its subnet's range. */
    public Cidr connectorRange(Connector connector) {
        return connectorSubnet(connector).range();
    }

    /** The connector a workload uses, if any. */
    public Optional<Connector> connectorOf(Workload workload) {
        return workload.vpcConnector().flatMap(this::connector);
    }

    /** The network of a Direct VPC workload: the one named, or the one holding its lone subnet. */
    public Optional<Network> directVpcNetwork(Workload workload) {
        if (workload.network().isPresent()) {
            return network(workload.network().get());
        }
        return workload.subnet().flatMap(sn -> networks().stream().filter(n -> n.subnet(sn).isPresent()).findFirst());
    }

    /** The subnet of a Direct VPC workload. */
    public Optional<Subnet> directVpcSubnet(Workload workload) {
        Optional<String> sn = workload.directVpcSubnetName();
        return directVpcNetwork(workload).flatMap(n -> sn.flatMap(n::subnet));
    }

    /** Every range of the design (subnets, secondary ranges, connector ranges, private-services-access ranges). */
    public List<Cidr> allRanges() {
        List<Cidr> all = new ArrayList<>();
        for (Network n : networks()) {
            for (Subnet s : subnets(n.name())) {
                all.add(s.range());
                all.addAll(s.secondaryRanges().values());
            }
            n.privateServiceAccess().forEach(p -> all.add(p.range()));
        }
        return all;
    }

    /** A builder holding this design's scenario, for what-if variants. */
    public DesignBuilder toBuilder() {
        return scenario.toBuilder();
    }
}
