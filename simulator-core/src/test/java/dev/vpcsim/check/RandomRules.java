package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random user rules for the shadowed-rule tests: small universes of tags, accounts, nested and disjoint
 * ranges (0.0.0.0/0 included), port specs that overlap and cross port-block boundaries, priorities with ties,
 * both actions and directions, a few disabled rules.
 */
final class RandomRules {
    private static final List<String> RANGES = List.of("0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/24", "10.0.0.0/25",
            "10.0.0.128/25", "10.0.1.0/24", "192.168.0.0/16", "0.0.0.0/1", "128.0.0.0/1", "10.0.0.5/32",
            "0.0.0.0/32", "255.255.255.255/32");
    private static final List<String> TAGS = List.of("a", "b", "c", "d");
    private static final List<String> ACCOUNTS = List.of("x@p.iam.gserviceaccount.com", "y@p.iam.gserviceaccount.com");
    private static final List<String> SPECS = List.of("all", "tcp", "tcp:80", "tcp:80-90", "tcp:85", "tcp:0-79",
            "tcp:91-65535", "tcp:0", "tcp:65535", "tcp:255", "tcp:256", "tcp:250-300", "tcp:1000-9000", "udp",
            "udp:53", "udp:53-54", "udp:0-65535", "icmp");
    private static final int[] PRIORITIES = {0, 100, 200, 200, 300, 1000, 65535};

    private RandomRules() {
    }

    /** A rule; with {@code widePorts}, a third of the specs get random port ranges anywhere in 0..65535. */
    static FirewallRule rule(String name, Random r, boolean widePorts) {
        Direction direction = r.nextInt(10) < 7 ? Direction.INGRESS : Direction.EGRESS;
        List<ProtocolPorts> specs = new ArrayList<>();
        int k = 1 + r.nextInt(2);
        for (int i = 0; i < k; i++) {
            specs.add(widePorts && r.nextInt(3) == 0 ? randomSpec(r) : ProtocolPorts.of(pick(SPECS, r)));
        }
        List<Cidr> sources = List.of();
        List<String> sourceTags = List.of();
        List<String> sourceAccounts = List.of();
        List<Cidr> destinations = List.of();
        if (direction == Direction.INGRESS) {
            sources = r.nextBoolean() ? ranges(r) : List.of();
            sourceTags = r.nextInt(3) == 0 ? subset(TAGS, r) : List.of();
            sourceAccounts = r.nextInt(4) == 0 ? List.of(pick(ACCOUNTS, r)) : List.of();
        } else {
            destinations = r.nextBoolean() ? ranges(r) : List.of();
        }
        List<String> targetTags = List.of();
        List<String> targetAccounts = List.of();
        if (r.nextInt(10) >= 5) {
            targetTags = subset(TAGS, r);
            targetAccounts = r.nextInt(3) == 0 ? List.of(pick(ACCOUNTS, r)) : List.of();
        }
        return new FirewallRule(name, direction, PRIORITIES[r.nextInt(PRIORITIES.length)],
                r.nextBoolean() ? Action.ALLOW : Action.DENY, specs, sources, sourceTags, sourceAccounts, destinations,
                targetTags, targetAccounts, r.nextInt(15) == 0, FirewallRule.Origin.USER, "");
    }

    /** A tcp or udp spec with one or two random port ranges anywhere in 0..65535, some single ports. */
    private static ProtocolPorts randomSpec(Random r) {
        List<PortRange> ports = new ArrayList<>();
        int k = 1 + r.nextInt(2);
        for (int i = 0; i < k; i++) {
            int from = r.nextInt(65536);
            int to = r.nextBoolean() ? from : Math.min(65535, from + r.nextInt(r.nextBoolean() ? 600 : 20000));
            ports.add(new PortRange(from, to));
        }
        return new ProtocolPorts(r.nextBoolean() ? Protocol.TCP : Protocol.UDP, ports);
    }

    private static List<Cidr> ranges(Random r) {
        List<Cidr> out = new ArrayList<>();
        int k = 1 + r.nextInt(2);
        for (int i = 0; i < k; i++) {
            out.add(Cidr.of(pick(RANGES, r)));
        }
        return out;
    }

    private static List<String> subset(List<String> items, Random r) {
        List<String> out = new ArrayList<>();
        for (String s : items) {
            if (r.nextBoolean()) {
                out.add(s);
            }
        }
        return out;
    }

    private static <T> T pick(List<T> items, Random r) {
        return items.get(r.nextInt(items.size()));
    }
}
