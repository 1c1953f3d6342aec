package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;

import java.util.ArrayList;
import java.util.List;

/**
 * The dimensions of a rule's match space as {@link ShadowAnalysis} sees them, for the fast path of
 * {@link ShadowedRuleCheck}: the address ranges cut on (effective sources of INGRESS rules, effective destinations of
 * EGRESS rules), the ports of tcp and udp, and {@link #mayCover}: whether a rule covers at least one cell of
 * another rule's space.
 */
final class ShadowSpace {
    static final long LAST_ADDRESS = 0xFFFF_FFFFL;
    static final int LAST_PORT = 65535;
    /** The two protocols with ports, in the order the analysis cuts them. */
    static final List<Protocol> PORT_PROTOCOLS = List.of(Protocol.TCP, Protocol.UDP);

    private ShadowSpace() {
    }

    /** True when an INGRESS rule names no source at all (it then matches every address). */
    static boolean noSource(FirewallRule r) {
        return r.sourceRanges().isEmpty() && r.sourceTags().isEmpty() && r.sourceServiceAccounts().isEmpty();
    }

    /**
     * The address ranges of the rule's address dimension: effective source ranges (INGRESS; 0.0.0.0/0 when it
     * names no source, none when it names only tags or accounts) or effective destination ranges (EGRESS).
     */
    static List<Cidr> addressRanges(FirewallRule r) {
        if (r.direction() == Direction.EGRESS) {
            return r.effectiveDestinationRanges();
        }
        return noSource(r) ? List.of(Cidr.ALL) : r.sourceRanges();
    }

    /** The ports of a protocol with ports the rule matches: every port for {@code all} or a spec without ports. */
    static List<PortRange> ports(FirewallRule r, Protocol protocol) {
        List<PortRange> out = new ArrayList<>();
        for (ProtocolPorts spec : r.rules()) {
            if (spec.protocol() == Protocol.ALL || spec.protocol() == protocol && spec.ports().isEmpty()) {
                return List.of(PortRange.ANY);
            }
            if (spec.protocol() == protocol) {
                out.addAll(spec.ports());
            }
        }
        return out;
    }

    /** True when the rule matches icmp ({@code all} or {@code icmp}). */
    static boolean icmp(FirewallRule r) {
        return ProtocolPorts.anyMatches(r.rules(), Protocol.ICMP, 0);
    }

    /**
     * True when {@code h} covers at least one cell of {@link ShadowAnalysis}'s cut of {@code r}'s match space (both
     * of the same direction): it covers a target atom, an address atom and a port cell of {@code r}. A rule for
     * which this is false never covers a cell, so leaving it out of the analysis changes nothing but the cut.
     */
    static boolean mayCover(FirewallRule h, FirewallRule r) {
        return targetsOverlap(h, r) && addressesOverlap(h, r) && portsOverlap(h, r);
    }

    /**
     * True when {@code h} covers every cell of {@code r}'s space (both of the same direction); false when it does
     * not, or when telling would need more than one of {@code h}'s ranges for one of {@code r}'s.
     */
    static boolean contains(FirewallRule h, FirewallRule r) {
        boolean targets = h.targetsAllInstances() || (!r.targetsAllInstances()
                && h.targetTags().containsAll(r.targetTags())
                && h.targetServiceAccounts().containsAll(r.targetServiceAccounts()));
        if (!targets || (icmp(r) && !icmp(h))) {
            return false;
        }
        for (Protocol p : PORT_PROTOCOLS) {
            List<PortRange> hPorts = ports(h, p);
            for (PortRange a : ports(r, p)) {
                if (hPorts.stream().noneMatch(b -> b.contains(a))) {
                    return false;
                }
            }
        }
        List<Cidr> hRanges = addressRanges(h);
        for (Cidr a : addressRanges(r)) {
            if (hRanges.stream().noneMatch(b -> b.first() <= a.first() && a.last() <= b.last())) {
                return false;
            }
        }
        if (r.direction() == Direction.EGRESS) {
            return true;
        }
        boolean everyAddress = hRanges.stream().anyMatch(b -> b.first() == 0 && b.last() == LAST_ADDRESS);
        return everyAddress || (h.sourceTags().containsAll(r.sourceTags())
                && h.sourceServiceAccounts().containsAll(r.sourceServiceAccounts()));
    }

    private static boolean targetsOverlap(FirewallRule h, FirewallRule r) {
        if (h.targetsAllInstances()) {
            return true;
        }
        if (r.targetsAllInstances()) {
            return false;
        }
        return shares(h.targetTags(), r.targetTags()) || shares(h.targetServiceAccounts(), r.targetServiceAccounts());
    }

    private static boolean addressesOverlap(FirewallRule h, FirewallRule r) {
        List<Cidr> hRanges = addressRanges(h);
        if (rangesOverlap(hRanges, addressRanges(r))) {
            return true;
        }
        if (r.direction() == Direction.EGRESS) {
            return false;
        }
        boolean rHasSourceAtoms = !r.sourceTags().isEmpty() || !r.sourceServiceAccounts().isEmpty();
        return (rHasSourceAtoms && !hRanges.isEmpty()) || shares(h.sourceTags(), r.sourceTags())
                || shares(h.sourceServiceAccounts(), r.sourceServiceAccounts());
    }

    private static boolean portsOverlap(FirewallRule h, FirewallRule r) {
        for (Protocol p : PORT_PROTOCOLS) {
            List<PortRange> hPorts = ports(h, p);
            if (hPorts.isEmpty()) {
                continue;
            }
            for (PortRange a : ports(r, p)) {
                for (PortRange b : hPorts) {
                    if (a.from() <= b.to() && b.from() <= a.to()) {
                        return true;
                    }
                }
            }
        }
        return icmp(h) && icmp(r);
    }

    private static boolean rangesOverlap(List<Cidr> a, List<Cidr> b) {
        for (Cidr x : a) {
            for (Cidr y : b) {
                if (x.first() <= y.last() && y.first() <= x.last()) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean shares(List<String> a, List<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    static boolean inAny(List<Cidr> ranges, long ip) {
        for (Cidr c : ranges) {
            if (c.contains(ip)) {
                return true;
            }
        }
        return false;
    }
}
