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
 * that protocol and target the scan tests only ports and addresses, on the list's {@link RuleScan}; any
 * other packet (or a port or address out of range) is checked with {@link RuleMatch#matches} itself.
 */
public final class RuleList {
    private final Direction direction;
    /** Every rule of the index; this list is {@link #members}, positions in {@code all}. */
    private final FirewallRule[] all;
    private final int[] members;
    /** The slots and flags of the list's {@link RuleScan} (shared with lists of the same candidates). */
    private final int[] ports;
    private final int[] addresses;
    private final byte[] flags;
    private final Protocol protocol;
    private final int protocolIndex;
    private final List<String> targetTags;
    private final Optional<String> targetServiceAccount;

    RuleList(Direction direction, FirewallRule[] all, RuleScan scan, Protocol protocol, List<String> targetTags,
             Optional<String> targetServiceAccount) {
        this.direction = direction;
        this.all = all;
        this.members = scan.members;
        this.ports = scan.ports;
        this.addresses = scan.addresses;
        this.flags = scan.flags;
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
        boolean ingress = direction == Direction.INGRESS;
        long ip = ingress ? p.sourceIp() : p.destinationIp();
        int port = p.port();
        if (p.protocol() != protocol || !p.targetTags().equals(targetTags)
                || !p.targetServiceAccount().equals(targetServiceAccount) || port < 0 || port > RuleScan.MAX_PORT
                || ip < 0 || ip > RuleScan.MAX_ADDRESS) {
            return plainScan(p, rangesOnly);
        }
        boolean identities = ingress && !rangesOnly && p.sourceInNetwork();
        for (int i = 0; i < members.length; i++) {
            int portTerm = RuleScan.portTerm(ports, i, port);
            if ((portTerm | RuleScan.addressTerm(addresses, i, ip)) >= 0 || (identities && portTerm >= 0
                    && (flags[i] & RuleScan.IDENTITIES) != 0 && RuleMatch.source(all[members[i]], p) != SourceMatch.NONE)) {
                if ((flags[i] & RuleScan.INEXACT) == 0 || matches(all[members[i]], p, rangesOnly)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The definition: {@link RuleMatch#matches} on every rule (and a range source for {@code rangesOnly}). */
    private int plainScan(PacketView p, boolean rangesOnly) {
        for (int i = 0; i < members.length; i++) {
            if (matches(all[members[i]], p, rangesOnly)) {
                return i;
            }
        }
        return -1;
    }

    private boolean matches(FirewallRule r, PacketView p, boolean rangesOnly) {
        return RuleMatch.matches(r, direction, p) && (!rangesOnly || RuleMatch.source(r, p) == SourceMatch.RANGE);
    }
}
