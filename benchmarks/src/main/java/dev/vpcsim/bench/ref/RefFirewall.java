package dev.vpcsim.bench.ref;

import dev.vpcsim.firewall.PacketView;
import dev.vpcsim.firewall.RuleMatch;
import dev.vpcsim.firewall.RuleMatch.SourceMatch;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Protocol;

import java.util.List;
import java.util.Optional;

/**
 * Firewall decisions by a plain scan of a network's effective rules (user, managed, implied) [FW]: the deciding
 * rule is the matching rule of highest precedence ({@link #precedes}).
 */
final class RefFirewall {

    /**
     * A firewall decision.
     *
     * @param rule                the deciding rule (for a Direct VPC tag drop, the rule matching by tag or account)
     * @param allowed             whether the packet passes
     * @param tagsUnsupported     true for INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS
     */
    record Decision(FirewallRule rule, boolean allowed, boolean tagsUnsupported) {
    }

    private final Design design;

    RefFirewall(Design design) {
        this.design = design;
    }

    /** The deciding rule among every rule of the network matching the packet in this direction. */
    Optional<FirewallRule> deciding(String network, Direction direction, PacketView p) {
        return best(design.firewall(network), direction, p, false);
    }

    /**
     * Scans every rule once and keeps the matching one of highest precedence. With {@code rangeOnly}, rules whose
     * source matches only by tag or service account do not count.
     */
    private static Optional<FirewallRule> best(List<FirewallRule> rules, Direction direction, PacketView p,
                                               boolean rangeOnly) {
        FirewallRule best = null;
        for (FirewallRule r : rules) {
            if (!RuleMatch.matches(r, direction, p)) {
                continue;
            }
            if (rangeOnly && RuleMatch.source(r, p) != SourceMatch.RANGE) {
                continue;
            }
            if (best == null || precedes(r, best)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Precedence [FW]: the lower priority number; at equal priority deny before allow; then (vpcsim's documented
     * tie-break, docs/model.md) user before implied before managed rules, then by name and detail. Written out
     * rather than taken from the order of {@link Design#firewall(String)}, so that a wrong order there shows.
     */
    static boolean precedes(FirewallRule a, FirewallRule b) {
        if (a.priority() != b.priority()) {
            return a.priority() < b.priority();
        }
        if (a.action() != b.action()) {
            return a.action() == Action.DENY;
        }
        if (a.origin() != b.origin()) {
            return a.origin().ordinal() < b.origin().ordinal();
        }
        int byName = a.name().compareTo(b.name());
        return byName != 0 ? byName < 0 : a.detail().compareTo(b.detail()) < 0;
    }

    /** EGRESS from the source: the target is the source itself (its tags; never a service account). */
    Decision egress(Source s, long destination, Protocol protocol, int port) {
        PacketView p = new PacketView(s.ip(), s.tags(), s.serviceAccount(), true, destination, protocol, port,
                s.tags(), Optional.empty());
        FirewallRule r = deciding(s.network(), Direction.EGRESS, p).orElseThrow();
        return new Decision(r, r.action() == Action.ALLOW, false);
    }

    /** The serverless hop: 35.199.224.0/19 to the connector on tcp:667 [SVA][CSVA]. */
    Decision serverlessHop(Connector c, long connectorIp) {
        PacketView p = new PacketView(Addresses.SERVERLESS_INFRA.first(), List.of(), Optional.empty(), false,
                connectorIp, Protocol.TCP, 667, c.networkTags(), Optional.empty());
        FirewallRule r = deciding(c.network(), Direction.INGRESS, p).orElseThrow();
        return new Decision(r, r.action() == Action.ALLOW, false);
    }

    /**
     * INGRESS into an instance of {@code network}. For Direct VPC sources, rules that match only by source tag or
     * service account never match; if the first rule that would match with them is such an allow and the rule that
     * does decide is a deny, the drop is INGRESS_FIREWALL_TAGS_UNSUPPORTED_BY_DIRECT_VPC_EGRESS [DVPC].
     */
    Decision ingress(Source s, String network, Endpoint target, long destination, Protocol protocol, int port) {
        boolean inNetwork = s.network().equals(network);
        PacketView p = new PacketView(s.ip(), s.tags(), s.serviceAccount(), inNetwork, destination, protocol, port,
                target.tags(), target.serviceAccount());
        FirewallRule full = deciding(network, Direction.INGRESS, p).orElseThrow();
        if (!s.directVpc()) {
            return new Decision(full, full.action() == Action.ALLOW, false);
        }
        FirewallRule decider = best(design.firewall(network), Direction.INGRESS, p, true)
                .orElseThrow(() -> new IllegalStateException("the implied deny matches every source"));
        if (decider.action() == Action.ALLOW) {
            return new Decision(decider, true, false);
        }
        boolean tagAllow = !full.equals(decider) && full.action() == Action.ALLOW;
        return tagAllow ? new Decision(full, false, true) : new Decision(decider, false, false);
    }
}
