package dev.vpcsim.firewall;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.FirewallRule.Origin;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The index must decide exactly as a plain scan with RuleMatch.firstMatch over the sorted rules. */
class FirewallIndexTest {
    private static final String[] TAGS = {"a", "b", "c", "d"};
    private static final String[] ACCOUNTS = {"x@p", "y@p"};
    private static final String[] SPECS = {"all", "tcp", "udp", "icmp", "tcp:80", "tcp:5000-6000", "udp:53", "tcp:22"};
    private static final Protocol[] PROTOCOLS = {Protocol.TCP, Protocol.UDP, Protocol.ICMP};

    private static List<String> pick(Random r, String[] from) {
        List<String> out = new ArrayList<>();
        for (String s : from) {
            if (r.nextInt(4) == 0) {
                out.add(s);
            }
        }
        return out;
    }

    private static FirewallRule rule(Random r, int i) {
        Direction d = r.nextBoolean() ? Direction.INGRESS : Direction.EGRESS;
        List<Cidr> ranges = r.nextInt(3) == 0 ? List.of() : List.of(Cidr.of("10." + r.nextInt(4) + ".0.0/16"));
        return new FirewallRule("r" + i, d, r.nextInt(5) * 100, r.nextBoolean() ? Action.ALLOW : Action.DENY,
                List.of(ProtocolPorts.of(SPECS[r.nextInt(SPECS.length)])),
                d == Direction.INGRESS ? ranges : List.of(), d == Direction.INGRESS ? pick(r, TAGS) : List.of(),
                d == Direction.INGRESS ? pick(r, ACCOUNTS) : List.of(), d == Direction.EGRESS ? ranges : List.of(),
                pick(r, TAGS), r.nextInt(5) == 0 ? List.of(ACCOUNTS[r.nextInt(2)]) : List.of(), r.nextInt(8) == 0,
                Origin.USER, "");
    }

    private static final Comparator<FirewallRule> PRECEDENCE = Comparator.comparingInt(FirewallRule::priority)
            .thenComparing(x -> x.action() == Action.DENY ? 0 : 1).thenComparing(FirewallRule::name);

    @Test
    void decidesLikeAPlainScanOnRandomRules() {
        Random r = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<FirewallRule> rules = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(30); i++) {
                rules.add(rule(r, i));
            }
            rules.sort(PRECEDENCE);
            for (Direction d : Direction.values()) {
                FirewallIndex index = new FirewallIndex(rules, d);
                for (int k = 0; k < 50; k++) {
                    List<String> targetTags = pick(r, TAGS);
                    Optional<String> account = r.nextBoolean() ? Optional.of(ACCOUNTS[r.nextInt(2)]) : Optional.empty();
                    Protocol proto = PROTOCOLS[r.nextInt(3)];
                    PacketView p = new PacketView(Cidr.of("10." + r.nextInt(6) + ".0.0/16").first() + 5, pick(r, TAGS),
                            account, r.nextBoolean(), Cidr.of("10." + r.nextInt(6) + ".0.0/16").first() + 9, proto,
                            new int[] {22, 53, 80, 5432, 9999}[r.nextInt(5)], targetTags, account);
                    RuleList list = index.candidates(targetTags, account, proto);
                    int i = list.decide(p);
                    Optional<FirewallRule> expected = RuleMatch.firstMatch(rules, d, p);
                    assertEquals(expected, i < 0 ? Optional.empty() : Optional.of(list.get(i)),
                            "round " + round + " packet " + p);
                }
            }
        }
    }

    @Test
    void rangesOnlySkipsRulesMatchedOnlyByTagOrAccount() {
        FirewallRule byTag = new FirewallRule("by-tag", Direction.INGRESS, 100, Action.ALLOW,
                List.of(ProtocolPorts.ALL), List.of(), List.of("run"), List.of(), List.of(), List.of(), List.of(), false,
                Origin.USER, "");
        FirewallRule deny = new FirewallRule("deny", Direction.INGRESS, 200, Action.DENY, List.of(ProtocolPorts.ALL),
                List.of(Cidr.ALL), List.of(), List.of(), List.of(), List.of(), List.of(), false, Origin.USER, "");
        RuleList list = new FirewallIndex(List.of(byTag, deny), Direction.INGRESS)
                .candidates(List.of(), Optional.empty(), Protocol.TCP);
        PacketView p = new PacketView(Cidr.of("10.0.0.0/24").first() + 2, List.of("run"), Optional.empty(), true,
                Cidr.of("10.0.1.0/24").first() + 2, Protocol.TCP, 80, List.of(), Optional.empty());
        assertEquals("by-tag", list.get(list.decide(p)).name());
        assertEquals("deny", list.get(list.decideRangesOnly(p)).name());
    }
}
