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
    private final FirewallRule rule;
    /** For a deny: the priority part of a fix that adds an allow rule ({@link FirewallFixes#priority}). */
    private final String fixPriority;

    RuleText(FirewallRule r, String network) {
        this.resource = r.resource();
        this.info = Describe.firewallInfo(r, network);
        this.head = Describe.firewallHead(r, network);
        this.lead = Describe.firewallLead(r, network);
        this.rule = r;
        this.fixPriority = r.action() == FirewallRule.Action.DENY ? FirewallFixes.priority(r) : null;
    }

    /** The priority part of a fix that adds an allow rule to get past this rule. */
    String fixPriority() {
        return fixPriority != null ? fixPriority : FirewallFixes.priority(rule);
    }

    /** The step's description for the packet as the walk has it now. */
    String description(Walk w) {
        return Describe.firewall(lead, w.ctx.portText(), w.src, w.ctx.dstText);
    }

    /** The final step's reason when the rule drops the packet. */
    String dropReason() {
        return "Dropped by " + head + ".";
    }
}
