package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Peering;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.VpnTunnel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static dev.vpcsim.bench.gen.Pools.chance;
import static dev.vpcsim.bench.gen.Pools.pick;

/** Networks with their address plan (subnets, secondary ranges, private services access), tunnels, peerings, NAT. */
final class TopologyGen {
    private static final int[] SMALL_PREFIXES = {20, 22, 24, 24, 24, 26, 27, 28};

    private TopologyGen() {
    }

    /** Creates the networks, each owning a distinct /16 (10/8 mostly; some RFC 6598, 172.16/12, or public space). */
    static void networks(Draft d, SplittableRandom r) {
        Set<Long> bases = new HashSet<>();
        for (int i = 0; i < d.size.networks(); i++) {
            Cidr base = base(r, i, d.large, bases);
            Draft.Net n = new Draft.Net("net-" + i, i, base);
            n.autoCreateDefaultRoute = d.large || !chance(r, 0.1);
            d.nets.add(n);
        }
        int perNet = d.size.subnets() / d.size.networks();
        int extra = d.size.subnets() % d.size.networks();
        for (Draft.Net n : d.nets) {
            int count = Math.max(1, perNet + (n.index < extra ? 1 : 0));
            for (int j = 0; j < count; j++) {
                subnet(d, r, n, j);
            }
            if (chance(r, d.large ? 0.3 : 0.5)) {
                n.alloc.next(d.large ? 20 : 24).ifPresent(c -> n.psa.add(new PrivateServiceRange("psa-" + n.index, c)));
            }
            if (chance(r, 0.3)) {
                Cidr remote = Blocks.cidr(Blocks.ip(192, 168, n.index % 256, 0), 24);
                n.tunnels.add(new VpnTunnel("vpn-" + n.index, pick(r, d.regions), List.of(remote)));
            }
        }
    }

    private static Cidr base(SplittableRandom r, int i, boolean large, Set<Long> used) {
        while (true) {
            long first;
            double x = r.nextDouble();
            if (large || x < 0.7) {
                first = Blocks.ip(10, large ? i : r.nextInt(256), 0, 0);
            } else if (x < 0.8) {
                first = Blocks.ip(172, 16 + r.nextInt(15), 0, 0);
            } else if (x < 0.93) {
                first = Blocks.ip(100, 64 + r.nextInt(64), 0, 0);
            } else {
                first = Blocks.ip(11, r.nextInt(256), 0, 0); // public space used privately
            }
            if (used.add(first)) {
                return Blocks.cidr(first, 16);
            }
        }
    }

    private static void subnet(Draft d, SplittableRandom r, Draft.Net n, int j) {
        int prefix = d.large ? 24 : SMALL_PREFIXES[r.nextInt(SMALL_PREFIXES.length)];
        Cidr range = n.alloc.next(prefix).orElseThrow(() -> new IllegalStateException("address plan full: " + n.name));
        // now and then the first subnet carries the network's own name, so that a lone `network` works for Direct VPC
        String name = j == 0 && !d.large && chance(r, 0.3) ? n.name : "n" + n.index + "-s" + j;
        Map<String, Cidr> secondary = Map.of();
        if (chance(r, 0.2)) {
            secondary = n.alloc.next(22).map(c -> Map.of("pods", c)).orElse(Map.of());
        }
        n.subnets.add(new Subnet(name, pick(r, d.regions), range, secondary, chance(r, 0.5), Subnet.Purpose.PRIVATE));
    }

    /** Peerings: some pairs, mostly reciprocated (one-sided ones are inactive), with custom route exchange. */
    static void peerings(Draft d, SplittableRandom r) {
        List<int[]> pairs = new ArrayList<>();
        int n = d.nets.size();
        if (d.large) {
            for (int i = 0; i + 1 < n; i++) {
                pairs.add(new int[] {i, i + 1});
            }
        } else {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (chance(r, 0.45)) {
                        pairs.add(new int[] {i, j});
                    }
                }
            }
        }
        for (int[] p : pairs) {
            Draft.Net a = d.nets.get(p[0]);
            Draft.Net b = d.nets.get(p[1]);
            a.peerings.add(new Peering("p-" + a.index + "-" + b.index, b.name, chance(r, 0.4), chance(r, 0.4)));
            if (chance(r, 0.85)) {
                b.peerings.add(new Peering("p-" + b.index + "-" + a.index, a.name, chance(r, 0.4), chance(r, 0.4)));
            }
        }
    }

    /** Cloud NAT: per network and region in use, maybe one gateway (all or a list; auto, manual or empty addresses). */
    static void nats(Draft d, SplittableRandom r) {
        for (Draft.Net n : d.nets) {
            Set<String> regions = new LinkedHashSet<>();
            n.subnets.forEach(s -> regions.add(s.region()));
            d.connectors.stream().filter(c -> c.network().equals(n.name)).forEach(c -> regions.add(c.region()));
            for (String region : regions) {
                if (!chance(r, 0.55)) {
                    continue;
                }
                boolean all = chance(r, 0.5);
                List<String> listed = List.of();
                if (!all) {
                    List<Subnet> candidates = chance(r, 0.85) && !n.subnetsIn(region).isEmpty() ? n.subnetsIn(region) : n.subnets;
                    listed = Pools.some(r, candidates, 3).stream().map(Subnet::name).sorted().toList();
                }
                double ips = r.nextDouble();
                boolean auto = ips < 0.5;
                List<Ipv4> manual = new ArrayList<>();
                if (!auto && ips < 0.85) {
                    int count = chance(r, 0.7) ? 1 : 2;
                    for (int k = 0; k < count; k++) {
                        manual.add(d.natIp());
                    }
                }
                n.nats.add(new Nat("nat-" + n.index + "-" + region, "router-" + n.index + "-" + region, region, all,
                        listed, auto, manual, Nat.DEFAULT_MIN_PORTS_PER_VM));
            }
        }
    }
}
