package dev.vpcsim.trace;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.DesignBuilder;
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
import dev.vpcsim.model.Settings;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.VpnTunnel;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fixture factory for tiny designs: mutable builders with the scenario format's defaults. */
public final class Fixture {
    private final Map<String, Net> nets = new LinkedHashMap<>();
    private final List<Connector> connectors = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<Endpoint> endpoints = new ArrayList<>();
    private Settings settings = Settings.DEFAULT;

    public static Fixture design() {
        return new Fixture();
    }

    /**
     * The usual design: network my-vpc (subnet app 10.0.0.0/24 in europe-west1, private services access
     * 10.20.0.0/16), connector my-connector (10.8.0.0/28, managed rules), Cloud Run service my-service using it
     * with private-ranges-only, a VM db-vm 10.0.0.5 (tag db, tcp:5432) and Cloud SQL orders-db 10.20.0.5 (tcp:5432).
     */
    public static Fixture basic() {
        Fixture f = design();
        f.net("my-vpc").subnet("app", "europe-west1", "10.0.0.0/24").psa("google-managed-services-my-vpc", "10.20.0.0/16");
        f.connector("my-connector", "europe-west1", "my-vpc", "10.8.0.0/28");
        f.service("my-service", "europe-west1", "my-connector");
        f.vm("db-vm", "my-vpc", "10.0.0.5", List.of("db"), "tcp:5432");
        f.endpoint("orders-db", EndpointType.CLOUD_SQL, "my-vpc", "10.20.0.5", "tcp:5432");
        return f;
    }

    public Net net(String name) {
        return nets.computeIfAbsent(name, Net::new);
    }

    public Fixture settings(Settings s) {
        this.settings = s;
        return this;
    }

    public Fixture connector(String name, String region, String network, String range) {
        return connector(new Connector(name, region, network, Optional.of(Cidr.of(range)), Optional.empty(), "e2-micro",
                2, 10, Optional.empty(), 60, Optional.empty(), ConnectorState.READY, true));
    }

    public Fixture connector(Connector c) {
        connectors.removeIf(x -> x.name().equals(c.name()));
        connectors.add(c);
        return this;
    }

    /** Replaces a connector by a copy with another state and managed-rules flag. */
    public Fixture connectorState(String name, ConnectorState state, boolean managed) {
        Connector c = connectors.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return connector(new Connector(c.name(), c.region(), c.network(), c.range(), c.subnet(), c.machineType(),
                c.minInstances(), c.maxInstances(), c.throughputPerInstanceMbps(), c.scaleOutDelaySeconds(),
                c.pricePerHourUsd(), state, managed));
    }

    public Fixture connectorOnSubnet(String name, String region, String network, String subnet) {
        return connector(new Connector(name, region, network, Optional.empty(), Optional.of(subnet), "e2-micro", 2, 10,
                Optional.empty(), 60, Optional.empty(), ConnectorState.READY, true));
    }

    public Fixture service(String name, String region, String connector) {
        return workload(new Workload(name, WorkloadType.CLOUD_RUN_SERVICE, 2, region, Optional.empty(),
                Optional.of(connector), Optional.empty(), Optional.empty(), List.of(), VpcEgress.PRIVATE_RANGES_ONLY,
                Scaling.DEFAULT));
    }

    public Fixture workload(Workload w) {
        workloads.removeIf(x -> x.name().equals(w.name()));
        workloads.add(w);
        return this;
    }

    /** A workload of the given type with Direct VPC egress on network/subnet, tags and service account. */
    public Fixture directVpc(String name, WorkloadType type, int generation, String region, String network,
                             String subnet, List<String> tags, String serviceAccount) {
        return workload(new Workload(name, type, generation, region, Optional.ofNullable(serviceAccount),
                Optional.empty(), Optional.of(network), Optional.of(subnet), tags, VpcEgress.PRIVATE_RANGES_ONLY,
                Scaling.DEFAULT));
    }

    public Fixture noAccess(String name, WorkloadType type) {
        return workload(new Workload(name, type, 2, "europe-west1", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), VpcEgress.PRIVATE_RANGES_ONLY, Scaling.DEFAULT));
    }

    /** Replaces a workload's egress setting. */
    public Fixture egress(String workload, VpcEgress egress) {
        Workload w = workloads.stream().filter(x -> x.name().equals(workload)).findFirst().orElseThrow();
        return workload(new Workload(w.name(), w.type(), w.generation(), w.region(), w.serviceAccount(),
                w.vpcConnector(), w.network(), w.subnet(), w.networkTags(), egress, w.scaling()));
    }

    public Fixture vm(String name, String network, String ip, List<String> tags, String... ports) {
        return endpoint(new Endpoint(name, EndpointType.VM, Optional.of(network), Optional.empty(), Ipv4.of(ip),
                specs(ports), tags, Optional.empty(), false, Endpoint.State.RUNNING, Optional.empty()));
    }

    public Fixture endpoint(String name, EndpointType type, String network, String ip, String... ports) {
        return endpoint(new Endpoint(name, type, Optional.ofNullable(network), Optional.empty(), Ipv4.of(ip),
                specs(ports), List.of(), Optional.empty(), false, Endpoint.State.RUNNING, Optional.empty()));
    }

    public Fixture internet(String name, String ip, List<String> allowedSources, String... ports) {
        return endpoint(new Endpoint(name, EndpointType.INTERNET, Optional.empty(), Optional.empty(), Ipv4.of(ip),
                specs(ports), List.of(), Optional.empty(), false, Endpoint.State.RUNNING,
                Optional.of(allowedSources.stream().map(Cidr::of).toList())));
    }

    public Fixture endpoint(Endpoint e) {
        endpoints.removeIf(x -> x.name().equals(e.name()));
        endpoints.add(e);
        return this;
    }

    /** Replaces an endpoint by a copy with another state, forwarding flag and service account. */
    public Fixture endpointFlags(String name, Endpoint.State state, boolean ipForwarding, String serviceAccount) {
        Endpoint e = endpoints.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return endpoint(new Endpoint(e.name(), e.type(), e.network(), e.region(), e.ip(), e.ports(), e.tags(),
                Optional.ofNullable(serviceAccount), ipForwarding, state, e.allowedSources()));
    }

    static List<ProtocolPorts> specs(String... ports) {
        return Arrays.stream(ports).map(ProtocolPorts::of).toList();
    }

    public Design build() {
        DesignBuilder b = new DesignBuilder("fixture").settings(settings);
        nets.values().forEach(n -> b.network(n.toNetwork()));
        connectors.forEach(b::connector);
        workloads.forEach(b::workload);
        endpoints.forEach(b::endpoint);
        return b.build();
    }

    public TraceEngine engine() {
        return new TraceEngine(build());
    }

    /** A network under construction. */
    public static final class Net {
        private final String name;
        private boolean defaultRoute = true;
        private final List<Subnet> subnets = new ArrayList<>();
        private final List<PrivateServiceRange> psa = new ArrayList<>();
        private final List<Route> routes = new ArrayList<>();
        private final List<FirewallRule> firewall = new ArrayList<>();
        private final List<Peering> peerings = new ArrayList<>();
        private final List<Nat> nats = new ArrayList<>();
        private final List<VpnTunnel> tunnels = new ArrayList<>();

        Net(String name) {
            this.name = name;
        }

        public Net noDefaultRoute() {
            defaultRoute = false;
            return this;
        }

        public Net subnet(String n, String region, String range) {
            subnets.add(new Subnet(n, region, Cidr.of(range)));
            return this;
        }

        public Net subnet(Subnet s) {
            subnets.add(s);
            return this;
        }

        public Net psa(String n, String range) {
            psa.add(new PrivateServiceRange(n, Cidr.of(range)));
            return this;
        }

        public Net route(String n, String dest, int priority, List<String> tags, NextHop hop) {
            routes.add(new Route(n, Cidr.of(dest), priority, tags, hop));
            return this;
        }

        public Net rule(FirewallRule r) {
            firewall.add(r);
            return this;
        }

        public Net peer(String n, String peer, boolean export, boolean importRoutes) {
            peerings.removeIf(p -> p.name().equals(n));
            peerings.add(new Peering(n, peer, export, importRoutes));
            return this;
        }

        public Net nat(String n, String region, List<String> subnetsOrAll, List<String> ipsOrAuto) {
            boolean all = subnetsOrAll.equals(List.of("all"));
            boolean auto = ipsOrAuto.equals(List.of("auto"));
            nats.add(new Nat(n, "router", region, all, all ? List.of() : subnetsOrAll, auto,
                    auto ? List.of() : ipsOrAuto.stream().map(Ipv4::of).toList(), 64));
            return this;
        }

        public Net tunnel(String n, String region, String... remote) {
            tunnels.add(new VpnTunnel(n, region, Arrays.stream(remote).map(Cidr::of).toList()));
            return this;
        }

        Network toNetwork() {
            return new Network(name, defaultRoute, subnets, psa, routes, firewall, peerings, nats, tunnels);
        }
    }
}
