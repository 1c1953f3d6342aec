package dev.vpcsim.firewall;

import dev.vpcsim.firewall.RuleMatch.SourceMatch;
import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.FirewallRule.Origin;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scans of {@link RuleList} (ports and ranges tested on primitive arrays) must pick exactly the rule that
 * {@link RuleMatch} itself picks: the first rule of the list that matches, and for Direct VPC sources the first
 * that matches by range. Random rules with several specs, port ranges, address ranges, sources by tag and
 * account and rules without any source; random packets at port and range edges, with the list's own target and
 * protocol (the fast scan) and with others (the plain scan).
 */
class FastMatcherTest {
    private static final String[] TAGS = {"a", "b", "c"};
    private static final String[] ACCOUNTS = {"x@p", "y@p"};
    private static final String[] RANGES = {"0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "10.1.2.3/32",
        "192.168.0.0/16", "0.0.0.0/32", "255.255.255.255/32"};
    private static final long[] ADDRESSES = {0, 1, Cidr.of("10.0.0.0/8").first(), Cidr.of("10.1.2.3/32").first(),
        Cidr.of("10.1.2.4/32").first(), Cidr.of("10.255.255.255/32").first(), Cidr.of("192.168.9.9/32").first(),
        Cidr.of("8.8.8.8/32").first(), 0xFFFF_FFFFL, -1, -2, 1L << 32};
    private static final int[] PORTS = {0, 1, 22, 53, 79, 80, 81, 443, 5000, 5432, 6000, 6001, 65534, 65535};
    /** Ports a packet may carry: the rule ports and values no rule port can be. */
    private static final int[] PACKET_PORTS = {0, 1, 22, 53, 79, 80, 81, 443, 5000, 5432, 6000, 6001, 65534, 65535,
        -1, 70_000};
    private static final Protocol[] PROTOCOLS = {Protocol.TCP, Protocol.UDP, Protocol.ICMP};

    private static <T> List<T> some(Random r, T[] from, int bound) {
        List<T> out = new ArrayList<>();
        for (T s : from) {
            if (r.nextInt(bound) == 0) {
                out.add(s);
            }
        }
        return out;
    }

    private static ProtocolPorts spec(Random r) {
        int kind = r.nextInt(8);
        if (kind == 0) {
            return ProtocolPorts.ALL;
        }
        Protocol p = PROTOCOLS[r.nextInt(3)];
        if (kind == 1 || p == Protocol.ICMP) {
            return new ProtocolPorts(p, List.of());
        }
        List<PortRange> ports = new ArrayList<>();
        for (int i = 0; i < 1 + r.nextInt(3); i++) {
            int from = PORTS[r.nextInt(PORTS.length)];
            ports.add(new PortRange(from, r.nextBoolean() ? from : Math.min(65535, from + r.nextInt(2000))));
        }
        return new ProtocolPorts(p, ports);
    }

    private static FirewallRule rule(Random r, int i) {
        Direction d = r.nextBoolean() ? Direction.INGRESS : Direction.EGRESS;
        List<ProtocolPorts> specs = new ArrayList<>();
        for (int k = 0; k < 1 + r.nextInt(3); k++) {
            specs.add(spec(r));
        }
        List<Cidr> ranges = some(r, RANGES, 4).stream().map(Cidr::of).toList();
        boolean in = d == Direction.INGRESS;
        return new FirewallRule("r" + i, d, r.nextInt(4) * 100, r.nextBoolean() ? Action.ALLOW : Action.DENY, specs,
                in ? ranges : List.of(), in ? some(r, TAGS, 3) : List.of(), in ? some(r, ACCOUNTS, 3) : List.of(),
                in ? List.of() : ranges, some(r, TAGS, 3), r.nextInt(4) == 0 ? List.of(ACCOUNTS[r.nextInt(2)]) : List.of(),
                r.nextInt(10) == 0, Origin.USER, "");
    }

    /** The definition, on the list's own rules. */
    private static int plain(RuleList list, PacketView p, boolean rangesOnly) {
        for (int i = 0; i < list.size(); i++) {
            FirewallRule r = list.get(i);
            if (RuleMatch.matches(r, list.direction(), p) && (!rangesOnly || list.direction() != Direction.INGRESS
                    || RuleMatch.source(r, p) == SourceMatch.RANGE)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void scansAgreeWithRuleMatchOnRandomPackets() {
        Random r = new Random(20_240_601L);
        int fast = 0;
        int matched = 0;
        for (int round = 0; round < 300; round++) {
            List<FirewallRule> rules = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(40); i++) {
                rules.add(rule(r, i));
            }
            for (Direction d : Direction.values()) {
                FirewallIndex index = new FirewallIndex(rules, d);
                for (int k = 0; k < 60; k++) {
                    List<String> tags = some(r, TAGS, 2);
                    Optional<String> account = r.nextBoolean() ? Optional.of(ACCOUNTS[r.nextInt(2)]) : Optional.empty();
                    Protocol listProtocol = PROTOCOLS[r.nextInt(3)];
                    RuleList list = index.candidates(tags, account, listProtocol);
                    boolean own = r.nextInt(4) != 0;
                    List<String> packetTags = own ? new ArrayList<>(tags) : some(r, TAGS, 2);
                    Optional<String> packetAccount = own ? account : Optional.of(ACCOUNTS[r.nextInt(2)]);
                    Protocol protocol = own ? listProtocol : PROTOCOLS[r.nextInt(3)];
                    fast += own ? 1 : 0;
                    PacketView p = new PacketView(ADDRESSES[r.nextInt(ADDRESSES.length)], some(r, TAGS, 2),
                            r.nextBoolean() ? Optional.of(ACCOUNTS[r.nextInt(2)]) : Optional.empty(), r.nextBoolean(),
                            ADDRESSES[r.nextInt(ADDRESSES.length)], protocol, PACKET_PORTS[r.nextInt(PACKET_PORTS.length)],
                            packetTags, packetAccount);
                    int expected = plain(list, p, false);
                    matched += expected >= 0 ? 1 : 0;
                    String where = "round " + round + " " + d + " packet " + p;
                    assertEquals(expected, list.decide(p), where);
                    assertEquals(plain(list, p, true), list.decideRangesOnly(p), "ranges only, " + where);
                    if (own) {
                        Optional<FirewallRule> first = RuleMatch.firstMatch(rules, d, p);
                        assertEquals(first, expected < 0 ? Optional.empty() : Optional.of(list.get(expected)), where);
                    }
                }
            }
        }
        assertTrue(fast > 20_000 && matched > 10_000, "the packets exercise both scans and matches: " + fast + ", "
                + matched);
    }

    @Test
    void rulesWithMoreRangesThanSlotsAreConfirmed() {
        List<Cidr> sources = new ArrayList<>();
        List<PortRange> ports = new ArrayList<>();
        for (int i = 0; i < 2 * RuleScan.ADDRESS_SLOTS; i++) {
            sources.add(Cidr.of("10." + 2 * i + ".0.0/16"));
            ports.add(PortRange.single(1000 + 2 * i));
        }
        FirewallRule wide = new FirewallRule("wide", Direction.INGRESS, 100, Action.DENY,
                List.of(new ProtocolPorts(Protocol.TCP, ports)), sources, List.of("t"), List.of(), List.of(), List.of(),
                List.of(), false, Origin.USER, "");
        FirewallRule all = new FirewallRule("all", Direction.INGRESS, 200, Action.ALLOW, List.of(ProtocolPorts.ALL),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, Origin.USER, "");
        RuleList list = new FirewallIndex(List.of(wide, all), Direction.INGRESS)
                .candidates(List.of(), Optional.empty(), Protocol.TCP);
        for (int i = 0; i < 2 * RuleScan.ADDRESS_SLOTS; i++) {
            for (int dp = 0; dp < 2; dp++) {
                for (int da = 0; da < 2; da++) {
                    for (boolean inNetwork : new boolean[] {false, true}) {
                        PacketView p = new PacketView(Cidr.of("10." + (2 * i + da) + ".0.0/16").first() + 7,
                                List.of("t"), Optional.empty(), inNetwork, 0, Protocol.TCP, 1000 + 2 * i + dp, List.of(),
                                Optional.empty());
                        String expected = dp == 0 && (da == 0 || inNetwork) ? "wide" : "all";
                        assertEquals(expected, list.get(list.decide(p)).name(), p.toString());
                        assertEquals(dp == 0 && da == 0 ? "wide" : "all", list.get(list.decideRangesOnly(p)).name());
                    }
                }
            }
        }
    }

    @Test
    void positionsNameTheRuleInTheIndex() {
        Random r = new Random(7);
        List<FirewallRule> rules = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rules.add(rule(r, i));
        }
        FirewallIndex index = new FirewallIndex(rules, Direction.INGRESS);
        RuleList list = index.candidates(List.of("a"), Optional.of("x@p"), Protocol.TCP);
        assertTrue(list.size() > 0);
        for (int i = 0; i < list.size(); i++) {
            assertEquals(list.get(i), index.rules().get(list.position(i)));
        }
    }
}
