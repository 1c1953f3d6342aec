package dev.vpcsim.firewall;

import dev.vpcsim.firewall.RuleMatch.SourceMatch;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;

import java.util.List;

/**
 * The enabled rules of one network and direction that can apply to one target (its tags and service account)
 * and one protocol, in precedence order (the order of {@code Design.firewall}). Finding the deciding rule is a
 * scan of this short list with {@link RuleMatch#matches}, stopping at the first match.
 */
public final class RuleList {
    private final Direction direction;
    private final FirewallRule[] rules;

    RuleList(Direction direction, FirewallRule[] rules) {
        this.direction = direction;
        this.rules = rules;
    }

    public Direction direction() {
        return direction;
    }

    public int size() {
        return rules.length;
    }

    public FirewallRule get(int i) {
        return rules[i];
    }

    public List<FirewallRule> rules() {
        return List.of(rules);
    }

    /**
     * The deciding rule: the first that matches ({@link RuleMatch#matches}); -1 when none (never in a derived
     * design, whose implied rules match everything).
     */
    public int decide(PacketView p) {
        for (int i = 0; i < rules.length; i++) {
            if (RuleMatch.matches(rules[i], direction, p)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The deciding INGRESS rule for a Direct VPC source: rules that match it only by source tag or source service
     * account do not exist for it (semantics.md section 2).
     */
    public int decideRangesOnly(PacketView p) {
        for (int i = 0; i < rules.length; i++) {
            FirewallRule r = rules[i];
            if (RuleMatch.matches(r, direction, p)
                    && (direction != Direction.INGRESS || RuleMatch.source(r, p) == SourceMatch.RANGE)) {
                return i;
            }
        }
        return -1;
    }
}
