package dev.vpcsim.firewall;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;

import java.util.List;

/**
 * The rules of one {@link FirewallIndex} as flat primitive columns, for the scans of {@link RuleList}: per rule its
 * address ranges and, per flow protocol, its port ranges, as inclusive from/to pairs in one array each (rule
 * {@code r} owns the pairs from {@code at[r]} to {@code at[r + 1]}). The columns of a network are a few kilobytes
 * in a handful of arrays, so a scan reads them without chasing a pointer per rule.
 * <p>
 * For a packet of a protocol and a target that the rule applies to, "a port pair holds the port, and an address
 * pair holds the source (INGRESS) or destination (EGRESS), or the rule names source tags or accounts and
 * {@link RuleMatch#source} matches them" is exactly {@link RuleMatch#matches} (FastMatcherTest).
 */
final class RuleColumns {
    /** A pair holding every value: every port of a spec without ports, every source of a rule without any. */
    private static final int ANY_FROM = Integer.MIN_VALUE;
    private static final int ANY_TO = Integer.MAX_VALUE;

    /** Per flow protocol ({@link FirewallIndex#protocolIndex}): where each rule's port pairs start, and the pairs. */
    final int[][] portAt = new int[3][];
    final int[][] ports = new int[3][];
    /** Where each rule's address pairs start, and the pairs. */
    final int[] rangeAt;
    final long[] ranges;
    /** INGRESS: the rule names source tags or source service accounts. */
    final boolean[] identities;

    RuleColumns(FirewallRule[] rules) {
        int n = rules.length;
        identities = new boolean[n];
        rangeAt = new int[n + 1];
        int pairs = 0;
        for (int r = 0; r < n; r++) {
            rangeAt[r] = pairs;
            pairs += addressRanges(rules[r]).size();
            identities[r] = rules[r].direction() == Direction.INGRESS
                    && (!rules[r].sourceTags().isEmpty() || !rules[r].sourceServiceAccounts().isEmpty());
        }
        rangeAt[n] = pairs;
        ranges = new long[2 * pairs];
        for (int r = 0; r < n; r++) {
            List<Cidr> list = addressRanges(rules[r]);
            for (int i = 0; i < list.size(); i++) {
                ranges[2 * (rangeAt[r] + i)] = list.get(i).first();
                ranges[2 * (rangeAt[r] + i) + 1] = list.get(i).last();
            }
            if (noSource(rules[r])) {
                ranges[2 * rangeAt[r]] = Long.MIN_VALUE;
                ranges[2 * rangeAt[r] + 1] = Long.MAX_VALUE;
            }
        }
        for (int p = 0; p < 3; p++) {
            Protocol protocol = FirewallIndex.flowProtocol(p);
            int[] at = new int[n + 1];
            int count = 0;
            for (int r = 0; r < n; r++) {
                at[r] = count;
                count += portPairs(rules[r].rules(), protocol, null, 0);
            }
            at[n] = count;
            int[] data = new int[2 * count];
            for (int r = 0; r < n; r++) {
                portPairs(rules[r].rules(), protocol, data, 2 * at[r]);
            }
            portAt[p] = at;
            ports[p] = data;
        }
    }

    /** A rule that names no source at all matches every source, even one whose address is not known (-1). */
    private static boolean noSource(FirewallRule r) {
        return r.direction() == Direction.INGRESS && r.sourceRanges().isEmpty() && r.sourceTags().isEmpty()
                && r.sourceServiceAccounts().isEmpty();
    }

    /** INGRESS: the source ranges (one stand-in for a rule without any source); EGRESS: the effective destinations. */
    private static List<Cidr> addressRanges(FirewallRule r) {
        if (r.direction() == Direction.EGRESS) {
            return r.effectiveDestinationRanges();
        }
        return noSource(r) ? List.of(Cidr.ALL) : r.sourceRanges();
    }

    /**
     * The port pairs of a rule for a flow protocol, as {@link ProtocolPorts#anyMatches} reads the specs: {@code all},
     * a spec without ports or an icmp spec match every port (one pair holding every int); none when no spec names
     * the protocol. Writes them into {@code out} from {@code at} when it is not null; returns how many.
     */
    private static int portPairs(List<ProtocolPorts> specs, Protocol protocol, int[] out, int at) {
        for (ProtocolPorts s : specs) {
            if (s.protocol() == Protocol.ALL
                    || (s.protocol() == protocol && (s.ports().isEmpty() || !protocol.hasPorts()))) {
                if (out != null) {
                    out[at] = ANY_FROM;
                    out[at + 1] = ANY_TO;
                }
                return 1;
            }
        }
        int n = 0;
        for (ProtocolPorts s : specs) {
            if (s.protocol() == protocol) {
                for (PortRange range : s.ports()) {
                    if (out != null) {
                        out[at + 2 * n] = range.from();
                        out[at + 2 * n + 1] = range.to();
                    }
                    n++;
                }
            }
        }
        return n;
    }
}
