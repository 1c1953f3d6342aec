package dev.vpcsim.model;

import dev.vpcsim.model.traffic.JobRun;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Rollout;
import dev.vpcsim.model.traffic.Traffic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Checks unique names and that every reference names something that exists, with YAML paths. */
final class ReferenceChecker {
    private final Scenario s;
    private final Map<String, Network> networks = new HashMap<>();
    private final Map<String, Connector> connectors = new HashMap<>();
    private final Map<String, Workload> workloads = new HashMap<>();
    private final Map<String, Endpoint> endpoints = new HashMap<>();

    ReferenceChecker(Scenario s) {
        this.s = s;
    }

    void check() {
        if (s.version() != 1) {
            throw new ModelException("version", "unsupported format version " + s.version() + " (this vpcsim reads version 1)");
        }
        unique("networks", s.networks(), Network::name, networks);
        unique("connectors", s.connectors(), Connector::name, connectors);
        unique("workloads", s.workloads(), Workload::name, workloads);
        unique("endpoints", s.endpoints(), Endpoint::name, endpoints);
        unique("intents", s.intents(), Intent::name, new HashMap<>());
        for (int i = 0; i < s.networks().size(); i++) {
            checkNetwork("networks[" + i + "]", s.networks().get(i));
        }
        for (int i = 0; i < s.connectors().size(); i++) {
            checkConnector("connectors[" + i + "]", s.connectors().get(i));
        }
        for (int i = 0; i < s.workloads().size(); i++) {
            checkWorkload("workloads[" + i + "]", s.workloads().get(i));
        }
        for (int i = 0; i < s.endpoints().size(); i++) {
            checkEndpoint("endpoints[" + i + "]", s.endpoints().get(i));
        }
        for (int i = 0; i < s.intents().size(); i++) {
            checkIntent("intents[" + i + "]", s.intents().get(i));
        }
        s.traffic().ifPresent(this::checkTraffic);
    }

    private static <T> void unique(String path, List<T> items, Function<T, String> name, Map<String, T> into) {
        for (int i = 0; i < items.size(); i++) {
            String n = name.apply(items.get(i));
            if (into.putIfAbsent(n, items.get(i)) != null) {
                throw new ModelException(path + "[" + i + "].name", "duplicate name '" + n + "'");
            }
        }
    }

    private void checkNetwork(String path, Network n) {
        unique(path + ".subnets", n.subnets(), Subnet::name, new HashMap<>());
        unique(path + ".privateServiceAccess", n.privateServiceAccess(), PrivateServiceRange::name, new HashMap<>());
        unique(path + ".routes", n.routes(), Route::name, new HashMap<>());
        unique(path + ".firewall", n.firewall(), FirewallRule::name, new HashMap<>());
        unique(path + ".peerings", n.peerings(), Peering::name, new HashMap<>());
        unique(path + ".nats", n.nats(), Nat::name, new HashMap<>());
        unique(path + ".vpnTunnels", n.vpnTunnels(), VpnTunnel::name, new HashMap<>());
        for (int i = 0; i < n.routes().size(); i++) {
            checkNextHop(path + ".routes[" + i + "]", n, n.routes().get(i).nextHop());
        }
        for (int i = 0; i < n.peerings().size(); i++) {
            Peering p = n.peerings().get(i);
            String at = path + ".peerings[" + i + "].peerNetwork";
            if (!networks.containsKey(p.peerNetwork())) {
                throw new ModelException(at, "no network named '" + p.peerNetwork() + "'" + known(networks));
            }
            if (p.peerNetwork().equals(n.name())) {
                throw new ModelException(at, "a network cannot peer with itself");
            }
        }
        for (int i = 0; i < n.nats().size(); i++) {
            List<String> listed = n.nats().get(i).sourceSubnetworks();
            for (int j = 0; j < listed.size(); j++) {
                if (n.subnet(listed.get(j)).isEmpty()) {
                    throw new ModelException(path + ".nats[" + i + "].sourceSubnetworks[" + j + "]",
                            "no subnet named '" + listed.get(j) + "' in network '" + n.name() + "'");
                }
            }
        }
    }

    private void checkNextHop(String path, Network n, NextHop hop) {
        if (hop instanceof NextHop.Gateway g) {
            if (!g.equals(NextHop.Gateway.DEFAULT_INTERNET_GATEWAY)) {
                throw new ModelException(path + ".nextHopGateway",
                        "'" + g.name() + "' is not a gateway; the only one is 'default-internet-gateway'");
            }
        } else if (hop instanceof NextHop.Instance i) {
            Endpoint e = endpoints.get(i.endpoint());
            if (e == null) {
                throw new ModelException(path + ".nextHopInstance", "no endpoint named '" + i.endpoint() + "'" + known(endpoints));
            }
            if (e.type() != EndpointType.VM) {
                throw new ModelException(path + ".nextHopInstance", "'" + i.endpoint() + "' is a " + e.type() + ", not a vm");
            }
            if (!e.network().orElse("").equals(n.name())) {
                throw new ModelException(path + ".nextHopInstance",
                        "vm '" + i.endpoint() + "' is in network '" + e.network().orElse("?") + "', not in '" + n.name() + "'");
            }
        } else if (hop instanceof NextHop.VpnTunnel t) {
            if (n.vpnTunnel(t.tunnel()).isEmpty()) {
                throw new ModelException(path + ".nextHopVpnTunnel",
                        "no VPN tunnel named '" + t.tunnel() + "' in network '" + n.name() + "'");
            }
        } else if (hop instanceof NextHop.Network || hop instanceof NextHop.Peering) {
            throw new ModelException(path, "network and peering next hops are derived, not written");
        }
        // NextHop.Ip is resolved (or not) by the trace: ROUTE_NEXT_HOP_IP_ADDRESS_NOT_RESOLVED is an outcome
    }

    private void checkConnector(String path, Connector c) {
        Network n = networks.get(c.network());
        if (n == null) {
            throw new ModelException(path + ".network", "no network named '" + c.network() + "'" + known(networks));
        }
        if (c.subnet().isPresent() && n.subnet(c.subnet().get()).isEmpty()) {
            throw new ModelException(path + ".subnet",
                    "no subnet named '" + c.subnet().get() + "' in network '" + n.name() + "'");
        }
    }

    private void checkWorkload(String path, Workload w) {
        if (w.vpcConnector().isPresent() && !connectors.containsKey(w.vpcConnector().get())) {
            throw new ModelException(path + ".vpcConnector",
                    "no connector named '" + w.vpcConnector().get() + "'" + known(connectors));
        }
        if (w.network().isPresent()) {
            Network n = networks.get(w.network().get());
            if (n == null) {
                throw new ModelException(path + ".network", "no network named '" + w.network().get() + "'" + known(networks));
            }
            String subnet = w.directVpcSubnetName().orElseThrow();
            if (n.subnet(subnet).isEmpty()) {
                throw new ModelException(w.subnet().isPresent() ? path + ".subnet" : path + ".network",
                        "no subnet named '" + subnet + "' in network '" + n.name() + "'"
                                + (w.subnet().isPresent() ? "" : " (a lone network means the subnet of the same name)"));
            }
        } else if (w.subnet().isPresent()) {
            long holders = s.networks().stream().filter(n -> n.subnet(w.subnet().get()).isPresent()).count();
            if (holders == 0) {
                throw new ModelException(path + ".subnet", "no subnet named '" + w.subnet().get() + "' in any network");
            }
            if (holders > 1) {
                throw new ModelException(path + ".subnet",
                        "subnet '" + w.subnet().get() + "' exists in several networks; add `network`");
            }
        }
    }

    private void checkEndpoint(String path, Endpoint e) {
        if (e.type().isInNetwork() && e.network().isEmpty()) {
            throw new ModelException(path, "missing required key 'network' (an endpoint of type " + e.type() + " lives in a network)");
        }
        if (e.network().isPresent() && !networks.containsKey(e.network().get())) {
            throw new ModelException(path + ".network", "no network named '" + e.network().get() + "'" + known(networks));
        }
    }

    private void checkIntent(String path, Intent i) {
        if (!workloads.containsKey(i.from())) {
            throw new ModelException(path + ".from", "no workload named '" + i.from() + "'" + known(workloads));
        }
        if (!endpoints.containsKey(i.to()) && Ipv4.parse(i.to()).isEmpty()) {
            throw new ModelException(path + ".to", "'" + i.to() + "' is neither an endpoint name nor an IPv4 address" + known(endpoints));
        }
    }

    private void checkTraffic(Traffic t) {
        for (int i = 0; i < t.profiles().size(); i++) {
            Profile p = t.profiles().get(i);
            workloadRef("traffic.profiles[" + i + "].workload", p.workload());
        }
        for (int i = 0; i < t.rollouts().size(); i++) {
            Rollout r = t.rollouts().get(i);
            workloadRef("traffic.rollouts[" + i + "].workload", r.workload());
        }
        for (int i = 0; i < t.jobs().size(); i++) {
            JobRun j = t.jobs().get(i);
            Workload w = workloadRef("traffic.jobs[" + i + "].workload", j.workload());
            if (w.type() != WorkloadType.CLOUD_RUN_JOB) {
                throw new ModelException("traffic.jobs[" + i + "].workload",
                        "'" + j.workload() + "' is a " + w.type() + ", not a cloud-run-job");
            }
        }
    }

    private Workload workloadRef(String path, String name) {
        return Optional.ofNullable(workloads.get(name)).orElseThrow(
                () -> new ModelException(path, "no workload named '" + name + "'" + known(workloads)));
    }

    private static String known(Map<String, ?> names) {
        if (names.isEmpty()) {
            return " (none are defined)";
        }
        List<String> sorted = names.keySet().stream().sorted().limit(8).toList();
        return " (known: " + String.join(", ", sorted) + (names.size() > 8 ? ", ..." : "") + ")";
    }
}
