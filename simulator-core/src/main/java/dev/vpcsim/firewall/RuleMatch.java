package dev.vpcsim.firewall;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.ProtocolPorts;

import java.util.List;

/** The one definition of "this rule matches this packet" [FW]. Pure functions. */
public final class RuleMatch {

    /** How an INGRESS rule's source part matched. */
    public enum SourceMatch {
        /** The source address is in {@code sourceRanges} (or the rule names no source: 0.0.0.0/0). */
        RANGE,
        /** The source carries one of {@code sourceTags}. */
        TAG,
        /** The source runs as one of {@code sourceServiceAccounts}. */
        SERVICE_ACCOUNT,
        /** Nothing matched. */
        NONE
    }

    private RuleMatch() {
    }

    /** True when the rule is enabled, of this direction, and matches target, source/destination and protocol/port. */
    public static boolean matches(FirewallRule rule, Direction direction, PacketView p) {
        if (rule.disabled() || rule.direction() != direction) {
            return false;
        }
        if (!targets(rule, p) || !ProtocolPorts.anyMatches(rule.rules(), p.protocol(), p.port())) {
            return false;
        }
        return direction == Direction.INGRESS ? source(rule, p) != SourceMatch.NONE : destination(rule, p);
    }

    /** True when the rule applies to the protected instance (all instances, a target tag, or a target account). */
    public static boolean targets(FirewallRule rule, PacketView p) {
        if (rule.targetsAllInstances()) {
            return true;
        }
        if (intersects(rule.targetTags(), p.targetTags())) {
            return true;
        }
        return p.targetServiceAccount().isPresent()
                && rule.targetServiceAccounts().contains(p.targetServiceAccount().get());
    }

    /**
     * How an INGRESS rule's sources match: ranges first, then tags, then service accounts. A rule that names no
     * source at all matches every address (gcloud's default 0.0.0.0/0). Tags and accounts match only sources
     * inside the network.
     */
    public static SourceMatch source(FirewallRule rule, PacketView p) {
        boolean noSource = rule.sourceRanges().isEmpty() && rule.sourceTags().isEmpty()
                && rule.sourceServiceAccounts().isEmpty();
        if (noSource || inAny(rule.sourceRanges(), p.sourceIp())) {
            return SourceMatch.RANGE;
        }
        if (p.sourceInNetwork() && intersects(rule.sourceTags(), p.sourceTags())) {
            return SourceMatch.TAG;
        }
        if (p.sourceInNetwork() && p.sourceServiceAccount().isPresent()
                && rule.sourceServiceAccounts().contains(p.sourceServiceAccount().get())) {
            return SourceMatch.SERVICE_ACCOUNT;
        }
        return SourceMatch.NONE;
    }

    /** True when an EGRESS rule's destination ranges (default 0.0.0.0/0) hold the destination. */
    public static boolean destination(FirewallRule rule, PacketView p) {
        return inAny(rule.effectiveDestinationRanges(), p.destinationIp());
    }

    /**
     * The deciding rule by a plain scan of rules already sorted by precedence (as {@code Design.firewall} is):
     * the first that matches. The implied rules guarantee one always matches in a derived design.
     */
    public static java.util.Optional<FirewallRule> firstMatch(List<FirewallRule> sortedRules, Direction direction,
                                                              PacketView p) {
        for (FirewallRule r : sortedRules) {
            if (matches(r, direction, p)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean inAny(List<Cidr> ranges, long ip) {
        for (Cidr c : ranges) {
            if (c.contains(ip)) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(List<String> a, List<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
