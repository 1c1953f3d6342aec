package dev.vpcsim.firewall;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.ProtocolPorts;

import java.util.List;

/**
 * One enabled rule of a {@link FirewallIndex} as primitive arrays, for the scans of {@link RuleList}: its address
 * ranges as first/last pairs and, per flow protocol, its port ranges. For a packet whose protocol and target the
 * rule applies to, {@link #portMatches} and {@link #inRanges} together with {@link RuleMatch#source} for tags and
 * accounts decide exactly as {@link RuleMatch#matches} (FastMatcherTest checks it on random packets).
 */
final class CompiledRule {
    /** Every port of the protocol. */
    private static final int[] ANY_PORT = new int[0];
    /** A rule that names no source matches every source, even one whose address is not known (-1). */
    private static final long[] EVERY_ADDRESS = {Long.MIN_VALUE, Long.MAX_VALUE};

    final FirewallRule rule;
    /** Position of the rule in {@link FirewallIndex#rules()}. */
    final int position;
    /** INGRESS: the rule names source tags or source service accounts. */
    final boolean sourceIdentities;
    /** INGRESS: source ranges (0.0.0.0/0 when the rule names no source at all); EGRESS: effective destinations. */
    private final long[] ranges;
    /** Per flow protocol ({@link FirewallIndex#protocolIndex}): null = not matched, {@link #ANY_PORT}, or pairs. */
    private final int[][] ports = new int[3][];

    CompiledRule(FirewallRule rule, int position) {
        this.rule = rule;
        this.position = position;
        boolean ingress = rule.direction() == Direction.INGRESS;
        this.sourceIdentities = ingress && (!rule.sourceTags().isEmpty() || !rule.sourceServiceAccounts().isEmpty());
        boolean noSource = ingress && rule.sourceRanges().isEmpty() && !sourceIdentities;
        this.ranges = noSource ? EVERY_ADDRESS
                : pairs(ingress ? rule.sourceRanges() : rule.effectiveDestinationRanges());
        for (int p = 0; p < 3; p++) {
            ports[p] = ports(rule.rules(), FirewallIndex.flowProtocol(p));
        }
    }

    private static long[] pairs(List<Cidr> cidrs) {
        long[] out = new long[2 * cidrs.size()];
        for (int i = 0; i < cidrs.size(); i++) {
            out[2 * i] = cidrs.get(i).first();
            out[2 * i + 1] = cidrs.get(i).last();
        }
        return out;
    }

    /** As {@link ProtocolPorts#anyMatches}: {@code all}, a spec without ports, or icmp match every port. */
    private static int[] ports(List<ProtocolPorts> specs, Protocol protocol) {
        boolean seen = false;
        int n = 0;
        for (ProtocolPorts s : specs) {
            if (s.protocol() == Protocol.ALL) {
                return ANY_PORT;
            }
            if (s.protocol() == protocol) {
                if (s.ports().isEmpty() || !protocol.hasPorts()) {
                    return ANY_PORT;
                }
                seen = true;
                n += s.ports().size();
            }
        }
        if (!seen) {
            return null;
        }
        int[] out = new int[2 * n];
        int k = 0;
        for (ProtocolPorts s : specs) {
            if (s.protocol() == protocol) {
                for (PortRange r : s.ports()) {
                    out[k++] = r.from();
                    out[k++] = r.to();
                }
            }
        }
        return out;
    }

    /** True when the rule matches this flow protocol (an index, 0..2) and destination port. */
    boolean portMatches(int protocol, int port) {
        int[] r = ports[protocol];
        if (r == null) {
            return false;
        }
        if (r == ANY_PORT) {
            return true;
        }
        for (int i = 0; i < r.length; i += 2) {
            if (port >= r[i] && port <= r[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** True when the address is in the rule's source (INGRESS) or effective destination (EGRESS) ranges. */
    boolean inRanges(long ip) {
        long[] r = ranges;
        for (int i = 0; i < r.length; i += 2) {
            if (ip >= r[i] && ip <= r[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
