package dev.vpcsim.trace;

import dev.vpcsim.model.FirewallRule;

/**
 * What a trace shows of one firewall rule of one network, built once per engine and shared by every trace (the
 * step detail is immutable): the resource, the detail, and the description up to the flow's part.
 */
final class RuleText {
    final String resource;
    final StepInfo.FirewallInfo info;
    /** {@code INGRESS rule NAME (priority N) of network NET}. */
    final String head;
    /** The description before the flow: {@code [Implied ]INGRESS rule ... of network NET allows }. */
    final String lead;

    RuleText(FirewallRule r, String network) {
        this.resource = r.resource();
        this.info = Describe.firewallInfo(r, network);
        this.head = Describe.firewallHead(r, network);
        this.lead = Describe.firewallLead(r, network);
    }

    /** The step's description for the packet as the walk has it now. */
    String description(Walk w) {
        return lead + w.ctx.firewallFlow(w.src);
    }

    /** The final step's reason when the rule drops the packet. */
    String dropReason() {
        return "Dropped by " + head + ".";
    }
}
