package dev.vpcsim.firewall;

import dev.vpcsim.firewall.RuleMatch.SourceMatch;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The enabled rules of one network and direction that can apply to one target (its tags and service account)
 * and one protocol, in precedence order (the order of {@code Design.firewall}). Finding the deciding rule is a
 * scan of this short list, stopping at the first rule that matches ({@link RuleMatch#matches}).
 * <p>
 * Every rule of the list targets the instance it was built for and matches its protocol, so for a packet with
 * that protocol and target the scan tests only ports and addresses, on the primitive arrays of
 * {@link CompiledRule}; any other packet is checked with {@link RuleMatch#matches} itself.
 */
public final class RuleList {
    private final Direction direction;
    private final CompiledRule[] rules;
    private final Protocol protocol;
    private final int protocolIndex;
    private final List<String> targetTags;
    private final Optional<String> targetServiceAccount;

    RuleList(Direction direction, CompiledRule[] rules, Protocol protocol, List<String> targetTags,
             Optional<String> targetServiceAccount) {
        this.direction = direction;
        this.rules = rules;
        this.protocol = protocol;
        this.protocolIndex = FirewallIndex.protocolIndex(protocol);
        this.targetTags = List.copyOf(targetTags);
        this.targetServiceAccount = targetServiceAccount;
    }

    public Direction direction() {
        return direction;
    }

    public int size() {
        return rules.length;
    }

    public FirewallRule get(int i) {
        return rules[i].rule;
    }

    /** The position of rule {@code i} of this list in {@link FirewallIndex#rules()} of the index that built it. */
    public int position(int i) {
        return rules[i].position;
    }

    public List<FirewallRule> rules() {
        List<FirewallRule> out = new ArrayList<>(rules.length);
        for (CompiledRule r : rules) {
            out.add(r.rule);
        }
        return List.copyOf(out);
    }

    /**
     * The deciding rule: the first that matches ({@link RuleMatch#matches}); -1 when none (never in a derived
     * design, whose implied rules match everything).
     */
    public int decide(PacketView p) {
        return scan(p, false);
    }

    /**
     * The deciding INGRESS rule for a Direct VPC source: rules that match it only by source tag or source service
     * account do not exist for it (semantics.md section 2).
     */
    public int decideRangesOnly(PacketView p) {
        return scan(p, direction == Direction.INGRESS);
    }

    private int scan(PacketView p, boolean rangesOnly) {
        if (p.protocol() != protocol || !p.targetTags().equals(targetTags)
                || !p.targetServiceAccount().equals(targetServiceAccount)) {
            return plainScan(p, rangesOnly);
        }
        boolean ingress = direction == Direction.INGRESS;
        long ip = ingress ? p.sourceIp() : p.destinationIp();
        boolean identities = ingress && !rangesOnly && p.sourceInNetwork();
        int port = p.port();
        for (int i = 0; i < rules.length; i++) {
            CompiledRule r = rules[i];
            if (r.portMatches(protocolIndex, port) && (r.inRanges(ip)
                    || (identities && r.sourceIdentities && RuleMatch.source(r.rule, p) != SourceMatch.NONE))) {
                return i;
            }
        }
        return -1;
    }

    /** The definition: {@link RuleMatch#matches} on every rule (and a range source for {@code rangesOnly}). */
    private int plainScan(PacketView p, boolean rangesOnly) {
        for (int i = 0; i < rules.length; i++) {
            FirewallRule r = rules[i].rule;
            if (RuleMatch.matches(r, direction, p) && (!rangesOnly || RuleMatch.source(r, p) == SourceMatch.RANGE)) {
                return i;
            }
        }
        return -1;
    }
}
