package dev.vpcsim.trace;

import dev.vpcsim.firewall.PacketView;
import dev.vpcsim.firewall.RuleList;

/**
 * What blocked a packet, kept for explanations (internal; fields that do not apply are null).
 *
 * @param net      the network where it happened
 * @param rules    for firewall blocks: the candidate rules of the deciding direction
 * @param packet   for firewall blocks: the packet as the rules saw it
 * @param blocking for firewall blocks: index in {@code rules} of the blocking (or, for Direct VPC tags, the
 *                 unsupported) rule
 * @param directVpcSource whether the source is Direct VPC egress (tag and account sources do not match)
 */
record Blocker(NetView net, RuleList rules, PacketView packet, int blocking, boolean directVpcSource) {

    static Blocker network(NetView net) {
        return new Blocker(net, null, null, -1, false);
    }

    boolean firewall() {
        return rules != null;
    }
}
