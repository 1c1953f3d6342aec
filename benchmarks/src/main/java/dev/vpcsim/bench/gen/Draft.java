package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Peering;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.Route;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpnTunnel;
import dev.vpcsim.model.Workload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/** The mutable design under construction; the generator's stages fill it in order, then it is built. */
final class Draft {
    final DesignGenerator.Size size;
    final boolean large;
    final List<String> regions;
    final List<Net> nets = new ArrayList<>();
    final List<Connector> connectors = new ArrayList<>();
    final List<Endpoint> endpoints = new ArrayList<>();
    final List<Workload> workloads = new ArrayList<>();
    final Set<Long> usedIps = new HashSet<>();
    boolean rfc6598InPrivateRanges;
    /** Whether the design visits the corners {@link WildGen} makes. */
    boolean wild;
    private long nextNatIp = Pools.NAT_BLOCK.first() + 1;

    Draft(DesignGenerator.Size size, boolean large, List<String> regions) {
        this.size = size;
        this.large = large;
        this.regions = List.copyOf(regions);
    }

    Net net(String name) {
        return nets.stream().filter(n -> n.name.equals(name)).findFirst().orElseThrow();
    }

    /** A fresh manual Cloud NAT address. */
    Ipv4 natIp() {
        if (nextNatIp >= Pools.NAT_BLOCK.last()) {
            nextNatIp = Pools.NAT_BLOCK.first() + 1;
        }
        return Ipv4.ofValue(nextNatIp++);
    }

    /** An unused address of the block (avoiding its first two and last two), or empty after a few tries. */
    Optional<Ipv4> freeIp(SplittableRandom r, Cidr block) {
        long span = block.size() - 4;
        if (span <= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < 8; i++) {
            long v = block.first() + 2 + r.nextLong(span);
            if (usedIps.add(v)) {
                return Optional.of(Ipv4.ofValue(v));
            }
        }
        return Optional.empty();
    }

    /** One network under construction. */
    static final class Net {
        final String name;
        final int index;
        final Blocks.Allocator alloc;
        boolean autoCreateDefaultRoute = true;
        final List<Subnet> subnets = new ArrayList<>();
        final List<PrivateServiceRange> psa = new ArrayList<>();
        final List<Route> routes = new ArrayList<>();
        final List<FirewallRule> firewall = new ArrayList<>();
        final List<Peering> peerings = new ArrayList<>();
        final List<Nat> nats = new ArrayList<>();
        final List<VpnTunnel> tunnels = new ArrayList<>();
        /** Names of the /28 subnets made for connectors given by {@code subnet}. */
        final Set<String> connectorSubnets = new HashSet<>();

        Net(String name, int index, Cidr base) {
            this.name = name;
            this.index = index;
            this.alloc = new Blocks.Allocator(base);
        }

        Cidr base() {
            return alloc.parent();
        }

        List<Subnet> subnetsIn(String region) {
            return subnets.stream().filter(s -> s.region().equals(region)).toList();
        }

        /** Subnets that hold VMs and Direct VPC workloads (not those made for connectors). */
        List<Subnet> hostSubnets() {
            return subnets.stream().filter(s -> !connectorSubnets.contains(s.name())).toList();
        }

        Network toNetwork() {
            return new Network(name, autoCreateDefaultRoute, subnets, psa, routes, firewall, peerings, nats, tunnels);
        }
    }
}
