package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpnTunnel;
import dev.vpcsim.trace.Flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import static dev.vpcsim.bench.gen.Pools.chance;
import static dev.vpcsim.bench.gen.Pools.pick;

/** Random flows over a design: to endpoint names and to raw addresses of every kind. */
final class FlowGenerator {
    private final Design design;
    private final SplittableRandom r;
    private final List<Cidr> connectorRanges;
    private final List<Cidr> subnetRanges = new ArrayList<>();
    private final List<Cidr> psaRanges = new ArrayList<>();
    private final List<Cidr> remoteRanges = new ArrayList<>();
    private final Map<String, List<Endpoint>> nearby = new HashMap<>();

    FlowGenerator(Design design, long seed) {
        this.design = design;
        this.r = new SplittableRandom(seed);
        this.connectorRanges = design.connectors().stream().map(design::connectorRange).toList();
        for (Network n : design.networks()) {
            for (Subnet s : n.subnets()) {
                subnetRanges.add(s.range());
                subnetRanges.addAll(s.secondaryRanges().values());
            }
            n.privateServiceAccess().stream().map(PrivateServiceRange::range).forEach(psaRanges::add);
            n.vpnTunnels().stream().map(VpnTunnel::remoteRanges).forEach(remoteRanges::addAll);
        }
    }

    List<Flow> flows(int n) {
        List<Flow> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(flow());
        }
        return out;
    }

    private Flow flow() {
        String source = design.workloads().isEmpty() || chance(r, 0.01) ? "no-such-workload"
                : pick(r, design.workloads()).name();
        double p = r.nextDouble();
        Protocol protocol = p < 0.7 ? Protocol.TCP : p < 0.88 ? Protocol.UDP : Protocol.ICMP;
        if (!design.endpoints().isEmpty() && chance(r, 0.65)) {
            List<Endpoint> near = near(source);
            Endpoint e = !near.isEmpty() && chance(r, 0.6) ? pick(r, near) : pick(r, design.endpoints());
            return new Flow(source, e.name(), protocol, port(e));
        }
        String dest = chance(r, 0.01) ? "not-an-address" : address();
        return new Flow(source, dest, protocol, chance(r, 0.3) ? Flow.DEFAULT_PORT : randomPort());
    }

    /** Endpoints in the workload's network or a peer of it: the ones routing can reach. */
    private List<Endpoint> near(String workload) {
        return nearby.computeIfAbsent(workload, w -> {
            Optional<String> network = design.workload(w).flatMap(x -> x.vpcConnector().flatMap(design::connector)
                    .map(Connector::network).or(() -> design.directVpcNetwork(x).map(Network::name)));
            if (network.isEmpty()) {
                return List.of();
            }
            Set<String> nets = new HashSet<>();
            nets.add(network.get());
            design.activePeerings(network.get()).forEach(p -> nets.add(p.peerNetwork()));
            return design.endpoints().stream().filter(e -> e.network().isPresent() && nets.contains(e.network().get()))
                    .toList();
        });
    }

    private int port(Endpoint e) {
        double x = r.nextDouble();
        if (x < 0.3) {
            return Flow.DEFAULT_PORT;
        }
        if (x < 0.6 && !e.ports().isEmpty()) {
            ProtocolPorts spec = pick(r, e.ports());
            if (!spec.ports().isEmpty()) {
                return spec.ports().get(0).from() + r.nextInt(spec.ports().get(0).to() - spec.ports().get(0).from() + 1);
            }
        }
        return randomPort();
    }

    private int randomPort() {
        return Pools.FLOW_PORTS[r.nextInt(Pools.FLOW_PORTS.length)];
    }

    /** A raw destination: an endpoint's, public, RFC 6598, Google API, unknown private, PSA, on-premises. */
    private String address() {
        for (int tries = 0; tries < 20; tries++) {
            long v = candidate(r.nextInt(10));
            if (connectorRanges.stream().noneMatch(c -> c.contains(v))) {
                return Ipv4.format(v);
            }
        }
        return "8.8.4.4";
    }

    private long candidate(int kind) {
        switch (kind) {
            case 0:
                return design.endpoints().isEmpty() ? Blocks.ip(1, 1, 1, 1) : pick(r, design.endpoints()).ip().value();
            case 1:
                return inside(pick(r, Pools.PUBLIC_BLOCKS));
            case 2:
                return inside(Cidr.of("100.64.0.0/10"));
            case 3:
                return pick(r, List.of(Pools.GOOGLE_API_IPS[0], Pools.GOOGLE_API_IPS[3], Pools.GOOGLE_API_IPS[5],
                        Pools.GOOGLE_API_IPS[7]));
            case 4:
            case 5:
                return subnetRanges.isEmpty() ? Blocks.ip(10, 1, 2, 3) : inside(pick(r, subnetRanges));
            case 6:
                return psaRanges.isEmpty() ? Blocks.ip(172, 16, 0, 9) : inside(pick(r, psaRanges));
            case 7:
                return remoteRanges.isEmpty() ? Blocks.ip(192, 168, 1, 1) : inside(pick(r, remoteRanges));
            case 8:
                return inside(pick(r, List.of(Cidr.of("10.0.0.0/8"), Cidr.of("172.16.0.0/12"),
                        Cidr.of("192.168.0.0/16"))));
            default:
                return Blocks.ip(1 + r.nextInt(2), 1, 1, 1);
        }
    }

    private long inside(Cidr c) {
        return c.first() + r.nextLong(c.size());
    }
}
