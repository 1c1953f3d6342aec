package dev.vpcsim.bench.gen;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.FirewallRule.Origin;
import dev.vpcsim.model.ProtocolPorts;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static dev.vpcsim.bench.gen.Pools.chance;
import static dev.vpcsim.bench.gen.Pools.pick;

/**
 * User firewall rules: INGRESS and EGRESS, allow and deny at tied priorities, sources by range, tag and service
 * account, targets by tag and account, disabled rules; plus, per connector, rules that block the serverless hop
 * or (for connectors without managed rules) the documented rules the administrators must create.
 */
final class FirewallGen {
    private static final int[] PRIORITIES = {0, 100, 100, 500, 900, 1000, 1000, 1000, 1000, 65534, 65535, -1};

    private FirewallGen() {
    }

    static void firewall(Draft d, SplittableRandom r) {
        List<Cidr> ranges = candidateRanges(d);
        List<String> tags = new ArrayList<>(Pools.TAGS);
        d.connectors.forEach(c -> tags.add(c.uniqueTag()));
        for (Connector c : d.connectors) {
            connectorRules(d, r, c);
        }
        for (Workload w : d.workloads) {
            directVpcRule(d, r, w);
        }
        int extras = d.nets.stream().mapToInt(n -> n.firewall.size()).sum();
        int budget = d.large ? Math.max(0, d.size.firewallRules() - extras) : d.size.firewallRules();
        int perNet = budget / d.size.networks();
        int extra = budget % d.size.networks();
        for (Draft.Net n : d.nets) {
            // at scale the counts are exact (connector and Direct VPC rules included); small designs vary
            int count = d.large ? perNet + (n.index < extra ? 1 : 0) : r.nextInt(2 * perNet + 2);
            for (int k = 0; k < count; k++) {
                n.firewall.add(rule(r, "n" + n.index + "-fw-" + k, ranges, tags));
            }
        }
    }

    /** Now and then the classic Direct VPC trap: an INGRESS allow naming the workload's tags or account [DVPC]. */
    private static void directVpcRule(Draft d, SplittableRandom r, Workload w) {
        if (!w.usesDirectVpc() || !chance(r, 0.3) || (w.networkTags().isEmpty() && w.serviceAccount().isEmpty())) {
            return;
        }
        String network = w.network().orElseGet(() -> d.nets.stream()
                .filter(n -> n.subnets.stream().anyMatch(s -> s.name().equals(w.subnet().orElseThrow())))
                .findFirst().orElseThrow().name);
        Draft.Net n = d.net(network);
        boolean byTag = !w.networkTags().isEmpty() && (w.serviceAccount().isEmpty() || chance(r, 0.6));
        n.firewall.add(new FirewallRule("allow-from-" + w.name(), Direction.INGRESS, chance(r, 0.7) ? 900 : 1000,
                Action.ALLOW, List.of(pick(r, Pools.RULE_PORTS)), List.of(),
                byTag ? w.networkTags() : List.of(), byTag ? List.of() : List.of(w.serviceAccount().orElseThrow()),
                List.of(), List.of(), List.of(), false, Origin.USER, ""));
    }

    private static FirewallRule rule(SplittableRandom r, String name, List<Cidr> ranges, List<String> tags) {
        Direction dir = chance(r, 0.7) ? Direction.INGRESS : Direction.EGRESS;
        int p = PRIORITIES[r.nextInt(PRIORITIES.length)];
        int priority = p >= 0 ? p : r.nextInt(65536);
        Action action = chance(r, 0.35) ? Action.DENY : Action.ALLOW;
        List<ProtocolPorts> ports = Pools.some(r, Pools.RULE_PORTS, 2);
        List<Cidr> src = List.of();
        List<String> srcTags = List.of();
        List<String> srcSas = List.of();
        List<Cidr> dst = List.of();
        if (dir == Direction.INGRESS) {
            double x = r.nextDouble();
            if (x < 0.55) {
                src = Pools.some(r, ranges, 3);
            } else if (x < 0.75) {
                srcTags = Pools.some(r, tags, 2);
            } else if (x < 0.85) {
                srcSas = Pools.some(r, Pools.SERVICE_ACCOUNTS, 2);
            } else if (x < 0.95) {
                src = Pools.some(r, ranges, 2);
                srcTags = Pools.some(r, tags, 2);
            } // else: no source at all
        } else if (chance(r, 0.8)) {
            dst = Pools.some(r, ranges, 3);
        }
        List<String> targetTags = List.of();
        List<String> targetSas = List.of();
        double t = r.nextDouble();
        if (t < 0.35) {
            targetTags = Pools.some(r, tags, 2);
        } else if (t < 0.5) {
            targetSas = Pools.some(r, Pools.SERVICE_ACCOUNTS, 2);
        }
        return new FirewallRule(name, dir, priority, action, ports, src, srcTags, srcSas, dst, targetTags, targetSas,
                chance(r, 0.1), Origin.USER, "");
    }

    /**
     * Ranges rules name: whole blocks of the design and well-known ranges; in wild designs also ranges that cut a
     * source block (a connector range, a Direct VPC subnet, 35.199.224.0/19) in part.
     */
    private static List<Cidr> candidateRanges(Draft d) {
        List<Cidr> out = new ArrayList<>(List.of(Cidr.ALL, Cidr.of("10.0.0.0/8"), Cidr.of("100.64.0.0/10"),
                Pools.SERVERLESS_INFRA, Pools.HEALTH_CHECKS, Cidr.of("199.36.153.8/30")));
        out.addAll(Pools.PUBLIC_BLOCKS);
        for (Draft.Net n : d.nets) {
            out.add(n.base());
            for (Subnet s : n.subnets) {
                out.add(s.range());
                out.addAll(s.secondaryRanges().values());
            }
            n.psa.forEach(p -> out.add(p.range()));
        }
        d.connectors.forEach(c -> c.range().ifPresent(out::add));
        out.addAll(WildGen.cuttingRanges(d));
        return out;
    }

    private static void connectorRules(Draft d, SplittableRandom r, Connector c) {
        Draft.Net n = d.net(c.network());
        String who = c.name();
        if (chance(r, 0.15)) {
            // a deny that outranks (or ties with) the managed allow of the serverless hop
            List<String> target = List.of(chance(r, 0.5) ? c.uniqueTag() : Connector.GENERIC_TAG);
            List<Cidr> src = chance(r, 0.7) ? List.of(Pools.SERVERLESS_INFRA) : List.of(Cidr.ALL);
            n.firewall.add(new FirewallRule("deny-serverless-" + who, Direction.INGRESS, chance(r, 0.5) ? 50 : 100,
                    Action.DENY, List.of(ProtocolPorts.of(chance(r, 0.7) ? "tcp:667" : "all")), src, List.of(),
                    List.of(), List.of(), target, List.of(), chance(r, 0.1), Origin.USER, ""));
        }
        if (!c.managedFirewallRules() && chance(r, 0.6)) {
            n.firewall.add(new FirewallRule("serverless-to-" + who, Direction.INGRESS, 1000, Action.ALLOW,
                    List.of(ProtocolPorts.of("tcp:667"), ProtocolPorts.of("udp:665-666"), ProtocolPorts.of("icmp")),
                    List.of(Pools.SERVERLESS_INFRA), List.of(), List.of(), List.of(), List.of(Connector.GENERIC_TAG),
                    List.of(), false, Origin.USER, ""));
            if (chance(r, 0.6)) {
                n.firewall.add(new FirewallRule("vpc-connector-requests-" + who, Direction.INGRESS, 1000,
                        Action.ALLOW, List.of(ProtocolPorts.of("tcp"), ProtocolPorts.of("udp"),
                        ProtocolPorts.of("icmp")), List.of(), List.of(Connector.GENERIC_TAG), List.of(), List.of(),
                        List.of(), List.of(), false, Origin.USER, ""));
            }
        }
    }
}
