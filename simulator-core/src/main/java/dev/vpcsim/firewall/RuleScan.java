package dev.vpcsim.firewall;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate rules of a {@link RuleList} for its flow protocol, laid out one after the other in fixed-width
 * slots so that a scan streams through two small int arrays: per candidate {@link #PORT_SLOTS} port pairs and
 * {@link #ADDRESS_SLOTS} address pairs (inclusive from/to, addresses as unsigned 32-bit values; unused slots hold
 * the empty pair (1, 0)). A slot holds a
 * value when {@code ((value - from) | (to - value)) >= 0}, so whether any slot of a candidate holds it is the sign of
 * the AND of the slots' terms: one mostly-not-taken branch per candidate. Shared by every list with the same
 * candidates and protocol ({@link FirewallIndex} keeps one per distinct set).
 * <p>
 * A rule with more ranges than slots is {@link #INEXACT}: its slots in that dimension hold everything, and a scan
 * confirms such a rule with {@link RuleMatch}. For every other rule, for a packet of the protocol and a target
 * that the rule applies to, "a port slot holds the port and an address slot holds the source (INGRESS) or
 * destination (EGRESS), or the rule names source tags or accounts and {@link RuleMatch#source} matches them" is
 * exactly {@link RuleMatch#matches} (FastMatcherTest).
 */
final class RuleScan {
    static final int PORT_SLOTS = 2;
    static final int ADDRESS_SLOTS = 3;
    /** Ports a slot can hold: a flow's destination port (icmp flows use 0). */
    static final int MAX_PORT = 65_535;
    /** Addresses a slot can hold: unsigned 32-bit values (not -1, a source whose address is not known). */
    static final long MAX_ADDRESS = 0xFFFF_FFFFL;
    /** Flag: the rule names source tags or source service accounts (INGRESS). */
    static final byte IDENTITIES = 1;
    /** Flag: the rule has more ranges than slots in some dimension. */
    static final byte INEXACT = 2;

    /** The candidates: positions in the index's rules, in precedence order. */
    final int[] members;
    final int[] ports;
    final int[] addresses;
    final byte[] flags;

    RuleScan(FirewallRule[] all, int[] members, Protocol protocol) {
        this.members = members;
        int n = members.length;
        ports = new int[2 * PORT_SLOTS * n];
        addresses = new int[2 * ADDRESS_SLOTS * n];
        flags = new byte[n];
        for (int i = 0; i < n; i++) {
            FirewallRule rule = all[members[i]];
            boolean identities = rule.direction() == Direction.INGRESS
                    && (!rule.sourceTags().isEmpty() || !rule.sourceServiceAccounts().isEmpty());
            List<long[]> p = portRanges(rule.rules(), protocol);
            List<long[]> a = addressRanges(rule);
            boolean inexact = p.size() > PORT_SLOTS || a.size() > ADDRESS_SLOTS;
            flags[i] = (byte) ((identities ? IDENTITIES : 0) | (inexact ? INEXACT : 0));
            long[] portPairs = slots(p.size() > PORT_SLOTS ? List.of(new long[] {0, MAX_PORT}) : p, PORT_SLOTS);
            for (int k = 0; k < portPairs.length; k++) {
                ports[2 * PORT_SLOTS * i + k] = (int) portPairs[k];
            }
            long[] addressPairs = slots(a.size() > ADDRESS_SLOTS ? List.of(new long[] {0, MAX_ADDRESS}) : a,
                    ADDRESS_SLOTS);
            for (int k = 0; k < addressPairs.length; k++) {
                addresses[2 * ADDRESS_SLOTS * i + k] = (int) addressPairs[k];
            }
        }
    }

    /** The pairs in {@code count} slots; unused slots get the empty pair (1, 0). */
    private static long[] slots(List<long[]> pairs, int count) {
        long[] out = new long[2 * count];
        for (int k = 0; k < count; k++) {
            out[2 * k] = k < pairs.size() ? pairs.get(k)[0] : 1;
            out[2 * k + 1] = k < pairs.size() ? pairs.get(k)[1] : 0;
        }
        return out;
    }

    /**
     * INGRESS: the source ranges, or every address for a rule that names no source at all; EGRESS: the effective
     * destination ranges.
     */
    private static List<long[]> addressRanges(FirewallRule r) {
        boolean ingress = r.direction() == Direction.INGRESS;
        if (ingress && r.sourceRanges().isEmpty() && r.sourceTags().isEmpty() && r.sourceServiceAccounts().isEmpty()) {
            return List.of(new long[] {0, MAX_ADDRESS});
        }
        List<long[]> out = new ArrayList<>();
        for (Cidr c : ingress ? r.sourceRanges() : r.effectiveDestinationRanges()) {
            out.add(new long[] {c.first(), c.last()});
        }
        return out;
    }

    /**
     * The port ranges of a rule for a flow protocol, as {@link ProtocolPorts#anyMatches} reads the specs: {@code all},
     * a spec without ports or an icmp spec match every port; none when no spec names the protocol.
     */
    private static List<long[]> portRanges(List<ProtocolPorts> specs, Protocol protocol) {
        List<long[]> out = new ArrayList<>();
        for (ProtocolPorts s : specs) {
            if (s.protocol() == Protocol.ALL
                    || (s.protocol() == protocol && (s.ports().isEmpty() || !protocol.hasPorts()))) {
                return List.of(new long[] {0, MAX_PORT});
            }
            if (s.protocol() == protocol) {
                for (PortRange range : s.ports()) {
                    out.add(new long[] {range.from(), range.to()});
                }
            }
        }
        return out;
    }

    /** Negative when no port slot of candidate {@code i} ({@link #ports}) holds the port (0..65535). */
    static int portTerm(int[] s, int i, int port) {
        int k = 2 * PORT_SLOTS * i;
        return ((port - s[k]) | (s[k + 1] - port)) & ((port - s[k + 2]) | (s[k + 3] - port));
    }

    /** Negative when no address slot of candidate {@code i} ({@link #addresses}) holds the address (0..2^32-1). */
    static long addressTerm(int[] s, int i, long ip) {
        int k = 2 * ADDRESS_SLOTS * i;
        return ((ip - u(s[k])) | (u(s[k + 1]) - ip)) & ((ip - u(s[k + 2])) | (u(s[k + 3]) - ip))
                & ((ip - u(s[k + 4])) | (u(s[k + 5]) - ip));
    }

    private static long u(int v) {
        return v & 0xFFFF_FFFFL;
    }
}
