package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.Peering;
import dev.vpcsim.model.Route;
import dev.vpcsim.model.Subnet;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static dev.vpcsim.bench.gen.Pools.chance;
import static dev.vpcsim.bench.gen.Pools.pick;

/** Static routes: to the internet gateway, instances, addresses (held or not) and VPN tunnels; some tagged. */
final class RouteGen {
    private static final int[] PRIORITIES = {100, 500, 1000, 1000};

    private RouteGen() {
    }

    static void routes(Draft d, SplittableRandom r) {
        for (Draft.Net n : d.nets) {
            int count = d.large ? 3 + r.nextInt(4) : r.nextInt(5);
            List<Endpoint> vms = d.endpoints.stream()
                    .filter(e -> e.type() == EndpointType.VM && e.network().orElse("").equals(n.name)).toList();
            for (int k = 0; k < count; k++) {
                NextHop hop = nextHop(r, n, vms);
                List<String> tags = chance(r, 0.25) ? List.of(pick(r, Pools.TAGS)) : List.of();
                n.routes.add(new Route("n" + n.index + "-r" + k, destination(d, r, n), PRIORITIES[r.nextInt(4)],
                        tags, hop));
            }
        }
    }

    /**
     * Routing across peerings: where a peer exports custom routes and this network imports them, now and then a
     * preferred default route in the peer (so that internet traffic detours through it), a route in the peer that
     * only tagged sources or its own Cloud NAT could use, and an equal-cost copy on this side (a loop between the
     * two networks, which ends in TRACE_TOO_LONG on that branch).
     */
    static void peerDetours(Draft d, SplittableRandom r) {
        int k = 0;
        for (Draft.Net a : d.nets) {
            for (Peering pa : a.peerings) {
                Draft.Net b = d.net(pa.peerNetwork());
                Peering pb = b.peerings.stream().filter(q -> q.peerNetwork().equals(a.name)).findFirst().orElse(null);
                if (pb == null || !pb.exportCustomRoutes() || !pa.importCustomRoutes() || !chance(r, 0.5)) {
                    continue;
                }
                Cidr dest = chance(r, 0.6) ? Cidr.ALL : Cidr.of("10.0.0.0/8");
                NextHop away = b.tunnels.isEmpty() ? detourHop(d, r, b) : new NextHop.VpnTunnel(b.tunnels.get(0).name());
                b.routes.add(new Route("n" + b.index + "-detour-" + k, dest, 100, List.of(), away));
                Cidr web = pick(r, Pools.PUBLIC_BLOCKS);
                List<String> tags = chance(r, 0.5) ? List.of(chance(r, 0.5) ? "vpc-connector" : pick(r, Pools.TAGS))
                        : List.of();
                b.routes.add(new Route("n" + b.index + "-web-" + k, web, 500, tags, NextHop.Gateway.DEFAULT_INTERNET_GATEWAY));
                if (pa.exportCustomRoutes() && pb.importCustomRoutes() && chance(r, 0.5)) {
                    a.routes.add(new Route("n" + a.index + "-loop-" + k, dest, 100, List.of(), detourHop(d, r, a)));
                }
                k++;
            }
        }
    }

    /** A next hop a peer can import (never the internet gateway): a tunnel, a VM, or an address nobody holds. */
    private static NextHop detourHop(Draft d, SplittableRandom r, Draft.Net n) {
        List<Endpoint> vms = d.endpoints.stream()
                .filter(e -> e.type() == EndpointType.VM && e.network().orElse("").equals(n.name)).toList();
        double x = r.nextDouble();
        if (!n.tunnels.isEmpty() && x < 0.4) {
            return new NextHop.VpnTunnel(n.tunnels.get(0).name());
        }
        if (!vms.isEmpty() && x < 0.8) {
            Endpoint vm = pick(r, vms);
            return chance(r, 0.5) ? new NextHop.Instance(vm.name()) : new NextHop.Ip(vm.ip());
        }
        return new NextHop.Ip(Ipv4.ofValue(n.base().first() + 1));
    }

    private static NextHop nextHop(SplittableRandom r, Draft.Net n, List<Endpoint> vms) {
        double x = r.nextDouble();
        if (x < 0.25 && !vms.isEmpty()) {
            return new NextHop.Instance(pick(r, vms).name());
        }
        if (x < 0.5 && !n.hostSubnets().isEmpty()) {
            if (!vms.isEmpty() && chance(r, 0.7)) {
                return new NextHop.Ip(pick(r, vms).ip());
            }
            Subnet s = pick(r, n.hostSubnets());
            // an address no VM holds (the generator never hands it out: it is the subnet's second address)
            return new NextHop.Ip(Ipv4.ofValue(s.range().first() + 1));
        }
        if (x < 0.75 && !n.tunnels.isEmpty()) {
            return new NextHop.VpnTunnel(n.tunnels.get(0).name());
        }
        return NextHop.Gateway.DEFAULT_INTERNET_GATEWAY;
    }

    private static Cidr destination(Draft d, SplittableRandom r, Draft.Net n) {
        List<Cidr> options = new ArrayList<>();
        options.add(Cidr.ALL);
        options.add(Cidr.of("10.0.0.0/8"));
        options.add(Cidr.of("100.64.0.0/10"));
        options.add(Cidr.of("199.36.153.8/30"));
        options.add(pick(r, Pools.PUBLIC_BLOCKS));
        n.tunnels.forEach(t -> options.addAll(t.remoteRanges()));
        Draft.Net other = pick(r, d.nets);
        options.add(other.base());
        if (!other.subnets.isEmpty()) {
            Subnet s = pick(r, other.subnets);
            options.add(s.range());
            if (s.range().prefixLength() < 28) {
                options.add(Blocks.cidr(s.range().first(), s.range().prefixLength() + 1));
            }
        }
        return pick(r, options);
    }
}
