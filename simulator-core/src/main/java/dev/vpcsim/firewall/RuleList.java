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
 * that protocol and target the scan tests only ports and addresses, on the {@link RuleColumns} of the index; any
 * other packet is checked with {@link RuleMatch#matches} itself.
 */
public final class RuleList {
    private final Direction direction;
    /** Every rule of the index, and its columns; this list is {@link #members}, positions in {@code all}. */
    private final FirewallRule[] all;
    private final RuleColumns columns;
    private final int[] members;
    private final Protocol protocol;
    private final int protocolIndex;
    private final List<String> targetTags;
    private final Optional<String> targetServiceAccount;

    RuleList(Direction direction, FirewallRule[] all, RuleColumns columns, int[] members, Protocol protocol,
             List<String> targetTags, Optional<String> targetServiceAccount) {
        this.direction = direction;
        this.all = all;
        this.columns = columns;
        this.members = members;
        this.protocol = protocol;
        this.protocolIndex = FirewallIndex.protocolIndex(protocol);
        this.targetTags = List.copyOf(targetTags);
        this.targetServiceAccount = targetServiceAccount;
    }

    public Direction direction() {
        return direction;
    }

    public int size() {
        return members.length;
    }

    public FirewallRule get(int i) {
        return all[members[i]];
    }

    /** The position of rule {@code i} of this list in {@link FirewallIndex#rules()} of the index that built it. */
    public int position(int i) {
        return members[i];
    }

    public List<FirewallRule> rules() {
        List<FirewallRule> out = new ArrayList<>(members.length);
        for (int r : members) {
            out.add(all[r]);
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
        int[] portAt = columns.portAt[protocolIndex];
        int[] ports = columns.ports[protocolIndex];
        int[] rangeAt = columns.rangeAt;
        long[] ranges = columns.ranges;
        for (int i = 0; i < members.length; i++) {
            int r = members[i];
            if (holds(ports, portAt[r], portAt[r + 1], port) && (holds(ranges, rangeAt[r], rangeAt[r + 1], ip)
                    || (identities && columns.identities[r] && RuleMatch.source(all[r], p) != SourceMatch.NONE))) {
                return i;
            }
        }
        return -1;
    }

    /** True when one of the pairs {@code from..to} (pair indexes) holds the value. */
    private static boolean holds(int[] pairs, int from, int to, int value) {
        for (int j = 2 * from; j < 2 * to; j += 2) {
            if (value >= pairs[j] && value <= pairs[j + 1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(long[] pairs, int from, int to, long value) {
        for (int j = 2 * from; j < 2 * to; j += 2) {
            if (value >= pairs[j] && value <= pairs[j + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The definition: {@link RuleMatch#matches} on every rule (and a range source for {@code rangesOnly}). */
    private int plainScan(PacketView p, boolean rangesOnly) {
        for (int i = 0; i < members.length; i++) {
            FirewallRule r = all[members[i]];
            if (RuleMatch.matches(r, direction, p) && (!rangesOnly || RuleMatch.source(r, p) == SourceMatch.RANGE)) {
                return i;
            }
        }
        return -1;
    }
}
