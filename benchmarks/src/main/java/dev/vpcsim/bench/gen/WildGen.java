package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.Route;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static dev.vpcsim.bench.gen.Pools.chance;
import static dev.vpcsim.bench.gen.Pools.pick;

/**
 * The wilder corners, in about a third of the small designs, where the specification is silent and
 * docs/model.md states vpcsim's choice: overlapping subnets (within a network and across a peering, with a VM
 * at the same address on both sides), Direct VPC on a subnet of another region, next-hop addresses held by a
 * VM of another network or by a load balancer, and firewall ranges that cut a source block (a connector's
 * range, a Direct VPC subnet, 35.199.224.0/19) so that the chosen source address matters.
 */
final class WildGen {
    private WildGen() {
    }

    /** Overlapping subnets; before endpoints are placed, so that VMs land in them. */
    static void overlaps(Draft d, SplittableRandom r) {
        if (!d.wild || d.nets.size() < 2) {
            return;
        }
        Draft.Net a = pick(r, d.nets);
        Draft.Net b = pick(r, d.nets);
        List<Subnet> hosts = a.hostSubnets();
        if (a == b || hosts.isEmpty()) {
            return;
        }
        Subnet original = pick(r, hosts);
        b.subnets.add(new Subnet("n" + b.index + "-dup", original.region(), original.range(), Map.of(),
                chance(r, 0.5), Subnet.Purpose.PRIVATE));
        if (chance(r, 0.3)) {
            a.subnets.add(new Subnet("n" + a.index + "-dup-self", original.region(), original.range(), Map.of(),
                    false, Subnet.Purpose.PRIVATE));
        }
    }

    /** After endpoints: a VM at the same address in an overlapping subnet of another network. */
    static void duplicateAddresses(Draft d, SplittableRandom r) {
        if (!d.wild) {
            return;
        }
        List<Endpoint> copies = new ArrayList<>();
        for (Draft.Net n : d.nets) {
            for (Subnet s : n.subnets) {
                if (!s.name().endsWith("-dup")) {
                    continue;
                }
                for (Endpoint e : d.endpoints) {
                    if (e.type() == EndpointType.VM && s.range().contains(e.ip()) && !e.network().orElse("").equals(n.name)
                            && chance(r, 0.7)) {
                        copies.add(new Endpoint(e.name() + "-twin", EndpointType.VM, Optional.of(n.name), e.region(),
                                e.ip(), e.ports(), e.tags(), e.serviceAccount(), e.ipForwarding(), Endpoint.State.RUNNING,
                                Optional.empty()));
                    }
                }
            }
        }
        d.endpoints.addAll(copies);
    }

    /** Direct VPC on a subnet of another region; next hops held by another network's VM or by a load balancer. */
    static void crossings(Draft d, SplittableRandom r) {
        if (!d.wild) {
            return;
        }
        for (int i = 0; i < d.workloads.size(); i++) {
            Workload w = d.workloads.get(i);
            if (w.usesDirectVpc() && w.vpcConnector().isEmpty() && chance(r, 0.2)) {
                for (Draft.Net n : d.nets) {
                    List<Subnet> away = n.hostSubnets().stream().filter(s -> !s.region().equals(w.region())).toList();
                    if (!away.isEmpty()) {
                        d.workloads.set(i, new Workload(w.name(), w.type(), w.generation(), w.region(),
                                w.serviceAccount(), Optional.empty(), Optional.of(n.name), Optional.of(pick(r, away).name()),
                                w.networkTags(), w.vpcEgress(), w.scaling()));
                        break;
                    }
                }
            }
        }
        List<Endpoint> targets = d.endpoints.stream()
                .filter(e -> e.type() == EndpointType.VM || e.type() == EndpointType.INTERNAL_LB).toList();
        for (Draft.Net n : d.nets) {
            if (!targets.isEmpty() && chance(r, 0.5)) {
                Endpoint e = pick(r, targets);
                n.routes.add(new Route("n" + n.index + "-via-" + e.name(), pick(r, Pools.PUBLIC_BLOCKS), 100,
                        List.of(), new NextHop.Ip(e.ip())));
            }
        }
    }

    /** Firewall ranges that hold a source block only in part (added to the candidates of every rule). */
    static List<Cidr> cuttingRanges(Draft d) {
        List<Cidr> out = new ArrayList<>();
        if (!d.wild) {
            return out;
        }
        out.add(Blocks.cidr(Pools.SERVERLESS_INFRA.first(), 32));
        out.add(Blocks.cidr(Pools.SERVERLESS_INFRA.first() + (1 << 12), 20));
        for (Connector c : d.connectors) {
            c.range().ifPresent(range -> {
                out.add(Blocks.cidr(range.first() + 2, 32));
                out.add(Blocks.cidr(range.first() + 8, 29));
            });
        }
        for (Workload w : d.workloads) {
            w.subnet().flatMap(sn -> d.nets.stream().flatMap(n -> n.subnets.stream())
                    .filter(s -> s.name().equals(sn)).findFirst()).ifPresent(s -> {
                        out.add(Blocks.cidr(s.range().first() + 2, 32));
                        if (s.range().prefixLength() <= 28) {
                            out.add(Blocks.cidr(s.range().last() - 15, 28));
                        }
                    });
        }
        return out;
    }
}
