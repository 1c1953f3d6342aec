package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One point of a rule's match space in the terms of {@link ShadowAnalysis}: a target atom, an address atom
 * (a source or destination address, possibly carried by a source tag or account) and a protocol and port. The
 * point lies in one cell of the analysis, and a rule covers that cell exactly when it covers the point
 * ({@link #coveredBy}): when no rule that outranks the sampled rule covers one of its points, the analysis cannot
 * find it covered.
 *
 * @param targetKind ALL, TAG or ACCOUNT
 * @param target     the tag or account (empty for ALL)
 * @param sourceKind RANGE (an untagged address outside the network), TAG or ACCOUNT (an address in the network
 *                   carrying it)
 * @param source     the source tag or account (empty for RANGE)
 * @param address    the source (INGRESS) or destination (EGRESS) address
 * @param protocol   TCP, UDP or ICMP
 * @param port       the port (0 for icmp)
 */
record ShadowSample(Kind targetKind, String target, Kind sourceKind, String source, long address, Protocol protocol,
                    int port) {

    /** Kinds of atoms. */
    enum Kind { ALL, RANGE, TAG, ACCOUNT }

    private record Atom(Kind kind, String value, long address) {
    }

    /** True when the rule (of the sampled rule's direction) covers the point. */
    boolean coveredBy(FirewallRule h) {
        boolean targeted = h.targetsAllInstances()
                || (targetKind == Kind.TAG && h.targetTags().contains(target))
                || (targetKind == Kind.ACCOUNT && h.targetServiceAccounts().contains(target));
        if (!targeted || !ProtocolPorts.anyMatches(h.rules(), protocol, port)) {
            return false;
        }
        return ShadowSpace.inAny(ShadowSpace.addressRanges(h), address)
                || (sourceKind == Kind.TAG && h.sourceTags().contains(source))
                || (sourceKind == Kind.ACCOUNT && h.sourceServiceAccounts().contains(source));
    }

    /**
     * Up to {@code max} points of the rule's space: for each protocol spec its first port, for each address range
     * its first address (and, INGRESS, each source tag and account at 0.0.0.0), for each target atom.
     */
    static List<ShadowSample> of(FirewallRule r, int max) {
        List<ShadowSample> out = new ArrayList<>();
        List<Atom> targets = targetAtoms(r);
        List<Atom> addresses = addressAtoms(r);
        for (ShadowSample port : portSamples(r)) {
            for (Atom a : addresses) {
                for (Atom t : targets) {
                    if (out.size() == max) {
                        return out;
                    }
                    out.add(new ShadowSample(t.kind(), t.value(), a.kind(), a.value(), a.address(), port.protocol(),
                            port.port()));
                }
            }
        }
        return out;
    }

    private static List<Atom> targetAtoms(FirewallRule r) {
        List<Atom> out = new ArrayList<>();
        if (r.targetsAllInstances()) {
            out.add(new Atom(Kind.ALL, "", 0));
        }
        r.targetTags().forEach(t -> out.add(new Atom(Kind.TAG, t, 0)));
        r.targetServiceAccounts().forEach(a -> out.add(new Atom(Kind.ACCOUNT, a, 0)));
        return out;
    }

    private static List<Atom> addressAtoms(FirewallRule r) {
        List<Atom> out = new ArrayList<>();
        for (Cidr c : ShadowSpace.addressRanges(r)) {
            out.add(new Atom(Kind.RANGE, "", c.first()));
        }
        if (r.direction() == Direction.INGRESS) {
            r.sourceTags().forEach(t -> out.add(new Atom(Kind.TAG, t, 0)));
            r.sourceServiceAccounts().forEach(a -> out.add(new Atom(Kind.ACCOUNT, a, 0)));
        }
        return out;
    }

    /** Protocol and port of each spec, as samples with empty other fields; {@code all} samples tcp port 0. */
    private static Set<ShadowSample> portSamples(FirewallRule r) {
        Set<ShadowSample> out = new LinkedHashSet<>();
        for (ProtocolPorts spec : r.rules()) {
            Protocol p = spec.protocol() == Protocol.ALL ? Protocol.TCP : spec.protocol();
            int port = spec.ports().isEmpty() ? 0 : spec.ports().get(0).from();
            out.add(new ShadowSample(Kind.ALL, "", Kind.RANGE, "", 0, p, p == Protocol.ICMP ? 0 : port));
        }
        return out;
    }
}
