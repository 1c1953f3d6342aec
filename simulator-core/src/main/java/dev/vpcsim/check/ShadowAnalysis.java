package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a set of rules together match every packet a given rule matches (the rule is then shadowed).
 * The match space of the rule is cut into cells, each a product of one piece per dimension, so that every rule
 * considered matches a cell wholly or not at all; the rule is covered when each cell has a covering rule.
 * <ul>
 *   <li>Targets: one atom per target tag and target service account of the rule (an instance carrying only that
 *       tag, or only that account), or a single atom for "all instances". A rule covers a tag atom if it targets
 *       all instances or lists the tag; likewise for accounts. Instances with more tags are covered whenever the
 *       minimal one is (matching only grows with tags).</li>
 *   <li>INGRESS sources: address pieces of the rule's source ranges (untagged, outside the network: only ranges
 *       can cover them), and for each source tag or account every address piece of the space (a source inside the
 *       network carrying that tag or account: a range or the same tag/account covers it). A rule without sources
 *       matches every address.</li>
 *   <li>EGRESS destinations: address pieces of the rule's destination ranges (default 0.0.0.0/0).</li>
 *   <li>Protocols and ports: tcp and udp port pieces, and icmp.</li>
 * </ul>
 * Sound: a rule reported covered is never the first match of a packet, because every packet it matches lies in
 * a cell that a rule of strictly higher precedence matches. Not complete (a cap on the number of cells gives up).
 */
final class ShadowAnalysis {
    /** Above this many cells the analysis gives up (reports nothing). */
    static final long MAX_CELLS = 250_000;
    private static final long LAST_ADDRESS = 0xFFFF_FFFFL;
    private static final int LAST_PORT = 65535;

    /** The whole address space, the address piece of atoms that have none. */
    private static final Pieces.Piece EVERY_ADDRESS = new Pieces.Piece(0, LAST_ADDRESS);

    /** A target or source atom: {@code kind} ALL, RANGE, TAG or ACCOUNT with its value, and an address piece. */
    private record Atom(String kind, String value, Pieces.Piece addresses) {
    }

    /** A protocol and a port piece. */
    private record PortCell(Protocol protocol, Pieces.Piece ports) {
    }

    private ShadowAnalysis() {
    }

    /**
     * The rules (a subset of {@code higher}, in its order) that together match every packet {@code rule} matches,
     * or empty when some packet may still be decided by {@code rule}, or when the analysis gives up.
     */
    static Optional<List<FirewallRule>> coveringRules(FirewallRule rule, List<FirewallRule> higher) {
        if (higher.isEmpty()) {
            return Optional.empty();
        }
        List<Atom> targets = targetAtoms(rule);
        List<Atom> sources = rule.direction() == Direction.INGRESS ? sourceAtoms(rule, higher) : destinationAtoms(rule, higher);
        List<PortCell> ports = portCells(rule, higher);
        long cells = (long) targets.size() * sources.size() * ports.size();
        if (cells == 0 || cells > MAX_CELLS) {
            return Optional.empty();
        }
        int n = higher.size();
        boolean[][] coversTarget = new boolean[n][targets.size()];
        boolean[][] coversSource = new boolean[n][sources.size()];
        boolean[][] coversPort = new boolean[n][ports.size()];
        for (int s = 0; s < n; s++) {
            FirewallRule h = higher.get(s);
            for (int i = 0; i < targets.size(); i++) {
                coversTarget[s][i] = coversTarget(h, targets.get(i));
            }
            for (int i = 0; i < sources.size(); i++) {
                coversSource[s][i] = rule.direction() == Direction.INGRESS
                        ? coversSource(h, sources.get(i)) : coversDestination(h, sources.get(i));
            }
            for (int i = 0; i < ports.size(); i++) {
                PortCell p = ports.get(i);
                coversPort[s][i] = ProtocolPorts.anyMatches(h.rules(), p.protocol(), (int) p.ports().from());
            }
        }
        Set<Integer> used = new LinkedHashSet<>();
        for (int t = 0; t < targets.size(); t++) {
            for (int a = 0; a < sources.size(); a++) {
                for (int p = 0; p < ports.size(); p++) {
                    int by = coveringIndex(coversTarget, coversSource, coversPort, t, a, p);
                    if (by < 0) {
                        return Optional.empty();
                    }
                    used.add(by);
                }
            }
        }
        List<FirewallRule> out = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (used.contains(s)) {
                out.add(higher.get(s));
            }
        }
        return Optional.of(out);
    }

    private static int coveringIndex(boolean[][] t, boolean[][] a, boolean[][] p, int ti, int ai, int pi) {
        for (int s = 0; s < t.length; s++) {
            if (t[s][ti] && a[s][ai] && p[s][pi]) {
                return s;
            }
        }
        return -1;
    }

    private static List<Atom> targetAtoms(FirewallRule r) {
        List<Atom> out = new ArrayList<>();
        if (r.targetsAllInstances()) {
            out.add(new Atom("ALL", "", EVERY_ADDRESS));
            return out;
        }
        r.targetTags().forEach(t -> out.add(new Atom("TAG", t, EVERY_ADDRESS)));
        r.targetServiceAccounts().forEach(a -> out.add(new Atom("ACCOUNT", a, EVERY_ADDRESS)));
        return out;
    }

    private static boolean coversTarget(FirewallRule h, Atom atom) {
        return h.targetsAllInstances()
                || ("TAG".equals(atom.kind()) && h.targetTags().contains(atom.value()))
                || ("ACCOUNT".equals(atom.kind()) && h.targetServiceAccounts().contains(atom.value()));
    }

    private static boolean noSource(FirewallRule r) {
        return r.sourceRanges().isEmpty() && r.sourceTags().isEmpty() && r.sourceServiceAccounts().isEmpty();
    }

    private static List<Cidr> effectiveSourceRanges(FirewallRule r) {
        return noSource(r) ? List.of(Cidr.ALL) : r.sourceRanges();
    }

    private static List<Atom> sourceAtoms(FirewallRule rule, List<FirewallRule> higher) {
        Pieces cuts = new Pieces(0, LAST_ADDRESS);
        effectiveSourceRanges(rule).forEach(c -> cuts.cut(c.first(), c.last()));
        higher.forEach(h -> effectiveSourceRanges(h).forEach(c -> cuts.cut(c.first(), c.last())));
        List<Pieces.Piece> pieces = cuts.all();
        List<Atom> out = new ArrayList<>();
        for (Pieces.Piece piece : pieces) {
            if (inAny(effectiveSourceRanges(rule), piece.from())) {
                out.add(new Atom("RANGE", "", piece));
            }
        }
        for (String tag : rule.sourceTags()) {
            pieces.forEach(piece -> out.add(new Atom("TAG", tag, piece)));
        }
        for (String account : rule.sourceServiceAccounts()) {
            pieces.forEach(piece -> out.add(new Atom("ACCOUNT", account, piece)));
        }
        return out;
    }

    private static boolean coversSource(FirewallRule h, Atom atom) {
        if (inAny(effectiveSourceRanges(h), atom.addresses().from())) {
            return true;
        }
        return ("TAG".equals(atom.kind()) && h.sourceTags().contains(atom.value()))
                || ("ACCOUNT".equals(atom.kind()) && h.sourceServiceAccounts().contains(atom.value()));
    }

    private static List<Atom> destinationAtoms(FirewallRule rule, List<FirewallRule> higher) {
        Pieces cuts = new Pieces(0, LAST_ADDRESS);
        rule.effectiveDestinationRanges().forEach(c -> cuts.cut(c.first(), c.last()));
        higher.forEach(h -> h.effectiveDestinationRanges().forEach(c -> cuts.cut(c.first(), c.last())));
        List<Atom> out = new ArrayList<>();
        for (Pieces.Piece piece : cuts.all()) {
            if (inAny(rule.effectiveDestinationRanges(), piece.from())) {
                out.add(new Atom("RANGE", "", piece));
            }
        }
        return out;
    }

    private static boolean coversDestination(FirewallRule h, Atom atom) {
        return inAny(h.effectiveDestinationRanges(), atom.addresses().from());
    }

    private static List<PortCell> portCells(FirewallRule rule, List<FirewallRule> higher) {
        List<PortCell> out = new ArrayList<>();
        for (Protocol protocol : List.of(Protocol.TCP, Protocol.UDP)) {
            Pieces cuts = new Pieces(0, LAST_PORT);
            cutPorts(cuts, rule, protocol);
            higher.forEach(h -> cutPorts(cuts, h, protocol));
            for (Pieces.Piece piece : cuts.all()) {
                if (ProtocolPorts.anyMatches(rule.rules(), protocol, (int) piece.from())) {
                    out.add(new PortCell(protocol, piece));
                }
            }
        }
        if (ProtocolPorts.anyMatches(rule.rules(), Protocol.ICMP, 0)) {
            out.add(new PortCell(Protocol.ICMP, new Pieces.Piece(0, 0)));
        }
        return out;
    }

    private static void cutPorts(Pieces cuts, FirewallRule r, Protocol protocol) {
        for (ProtocolPorts spec : r.rules()) {
            if (spec.protocol() == protocol) {
                for (PortRange range : spec.ports()) {
                    cuts.cut(range.from(), range.to());
                }
            }
        }
    }

    private static boolean inAny(List<Cidr> ranges, long ip) {
        for (Cidr c : ranges) {
            if (c.contains(ip)) {
                return true;
            }
        }
        return false;
    }
}
