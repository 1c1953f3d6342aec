package dev.vpcsim.check;

import dev.vpcsim.firewall.PacketView;
import dev.vpcsim.firewall.RuleMatch;
import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Soundness of shadowed-firewall-rule on seeded random rule sets: a reported rule is never the first match of a
 * packet it matches (the first match is a rule that outranks it), checked through {@link RuleMatch}, the one
 * definition of matching.
 */
class ShadowSoundnessTest {
    private static final List<String> RANGES = List.of("0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/24", "10.0.0.0/25",
            "10.0.0.128/25", "10.0.1.0/24", "192.168.0.0/16");
    private static final List<String> ADDRESSES = List.of("10.0.0.5", "10.0.0.127", "10.0.0.128", "10.0.0.200",
            "10.0.1.7", "10.9.0.1", "192.168.3.4", "8.8.8.8", "0.0.0.0", "255.255.255.255");
    private static final List<String> TAGS = List.of("a", "b", "c");
    private static final List<String> ACCOUNTS = List.of("x@p.iam.gserviceaccount.com", "y@p.iam.gserviceaccount.com");
    private static final List<String> SPECS = List.of("all", "tcp", "tcp:80", "tcp:80-90", "tcp:85", "tcp:0-79",
            "tcp:91-65535", "udp", "udp:53", "icmp");
    private static final int[] PRIORITIES = {100, 200, 200, 300, 1000};
    private static final int[] PORTS = {0, 53, 79, 80, 85, 90, 91, 443, 65535};
    private static final int SEEDS = 250;
    private static final int SAMPLES = 300;

    @Test
    void aReportedRuleNeverDecidesAPacket() {
        int reported = 0;
        int checkedPackets = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed);
            List<FirewallRule> rules = new ArrayList<>();
            int n = 2 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                rules.add(rule("r" + i, random));
            }
            NetworkFixture net = Fixtures.network("vpc");
            rules.forEach(net::rule);
            Design d = Fixtures.design().network(net.build()).build();
            for (Finding f : new ShadowedRuleCheck().run(d)) {
                reported++;
                String name = f.resource().substring(f.resource().lastIndexOf('/') + 1);
                FirewallRule shadowed = rules.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
                for (int s = 0; s < SAMPLES; s++) {
                    PacketView p = packet(random);
                    if (!RuleMatch.matches(shadowed, shadowed.direction(), p)) {
                        continue;
                    }
                    checkedPackets++;
                    FirewallRule decided = RuleMatch.firstMatch(d.firewall("vpc"), shadowed.direction(), p)
                            .orElseThrow();
                    assertNotEquals(shadowed.name(), decided.name(), "seed " + seed + ": " + p);
                    assertTrue(decided.outranks(shadowed), "seed " + seed + ": " + decided + " vs " + shadowed);
                }
            }
        }
        assertTrue(reported >= 50, "too few shadowed rules to be meaningful: " + reported);
        assertTrue(checkedPackets >= 1000, "too few packets matched a shadowed rule: " + checkedPackets);
    }

    private static FirewallRule rule(String name, Random r) {
        Direction direction = r.nextInt(10) < 7 ? Direction.INGRESS : Direction.EGRESS;
        List<ProtocolPorts> specs = new ArrayList<>();
        int k = 1 + r.nextInt(2);
        for (int i = 0; i < k; i++) {
            specs.add(ProtocolPorts.of(pick(SPECS, r)));
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
        if (r.nextInt(10) >= 6) {
            targetTags = subset(TAGS, r);
            targetAccounts = r.nextInt(3) == 0 ? List.of(pick(ACCOUNTS, r)) : List.of();
        }
        return new FirewallRule(name, direction, PRIORITIES[r.nextInt(PRIORITIES.length)],
                r.nextBoolean() ? Action.ALLOW : Action.DENY, specs, sources, sourceTags, sourceAccounts, destinations,
                targetTags, targetAccounts, r.nextInt(15) == 0, FirewallRule.Origin.USER, "");
    }

    private static PacketView packet(Random r) {
        Protocol protocol = List.of(Protocol.TCP, Protocol.UDP, Protocol.ICMP).get(r.nextInt(3));
        return new PacketView(Ipv4.of(pick(ADDRESSES, r)).value(), subset(TAGS, r), account(r), r.nextBoolean(),
                Ipv4.of(pick(ADDRESSES, r)).value(), protocol, PORTS[r.nextInt(PORTS.length)], subset(TAGS, r),
                account(r));
    }

    private static Optional<String> account(Random r) {
        return r.nextBoolean() ? Optional.of(pick(ACCOUNTS, r)) : Optional.empty();
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
