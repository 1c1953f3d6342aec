package dev.vpcsim.trace;

import dev.vpcsim.addressing.Addresses;
import dev.vpcsim.firewall.PacketView;
import dev.vpcsim.firewall.RuleList;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;

import java.util.List;
import java.util.Optional;

/**
 * Leaving the serverless runtime (semantics.md section 2): the start step, deploy-time aborts, the egress
 * decision (Google's own path or the VPC), the connector or Direct VPC entry and the egress firewall.
 */
final class Departure {
    private static final StepInfo.EntryInfo GOOGLE_PATH =
            new StepInfo.EntryInfo("google", "", "", "", List.of());
    private static final String GOOGLE_PATH_LEAD = "Leaves through Google's own path (";
    private static final String GOOGLE_PATH_TAIL = "); the source address comes from a Google pool and is not fixed.";
    private static final String GOOGLE_PATH_NO_EGRESS = GOOGLE_PATH_LEAD + "the workload has no VPC egress"
            + GOOGLE_PATH_TAIL;

    private Departure() {
    }

    static void start(Walk w) {
        Ctx c = w.ctx;
        SourceView s = c.src;
        if (!w.add(s.startState, s.resource, s.description, s.info)) {
            return;
        }
        if (s.deployAbort != null) {
            w.abort(s.deployAbort, s.deployReason, s.deployFix);
            return;
        }
        if (s.access == SourceView.Access.NONE) {
            if (c.ix.addresses.isPublic(c.dst)) {
                external(w);
            } else {
                w.drop(DropCause.VPC_CONNECTOR_NOT_SET, "Dropped: " + c.dstText + " is not publicly routable and "
                        + s.workload.name() + " has no VPC access.", Fixes.connectorNotSet(c));
            }
            return;
        }
        boolean privateOnly = s.privateRangesOnly;
        if (privateOnly && !c.ix.rfc6598Private && Addresses.isRfc6598(c.dst)) {
            c.assume(Assumption.RFC6598_NOT_PRIVATE);
        }
        if (privateOnly && !Addresses.sentIntoVpcByPrivateRangesOnly(c.dst, c.ix.rfc6598Private)) {
            external(w);
            return;
        }
        enter(w);
    }

    /** Google's own path: SERVERLESS_EXTERNAL_CONNECTION, then the internet (or a drop for private addresses). */
    private static void external(Walk w) {
        Ctx c = w.ctx;
        String description = c.src.access == SourceView.Access.NONE ? GOOGLE_PATH_NO_EGRESS : GOOGLE_PATH_LEAD
                + "egress private-ranges-only does not send " + c.dstText + " into the VPC" + GOOGLE_PATH_TAIL;
        w.source("-", -1, false);
        if (!w.add(StepState.SERVERLESS_EXTERNAL_CONNECTION, c.src.resource, description, GOOGLE_PATH)) {
            return;
        }
        if (!c.ix.addresses.isPublic(c.dst)) {
            w.drop(DropCause.PRIVATE_TRAFFIC_TO_INTERNET, "Dropped: " + c.dstText
                    + " is not publicly routable but goes out through Google's own path.", Fixes.privateOnlyExternal(c));
            return;
        }
        Arrival.external(w);
    }

    private static void enter(Walk w) {
        Ctx c = w.ctx;
        EntryView e = c.src.entry;
        if (e.connector && !connectorPasses(w, e)) {
            return;
        }
        c.assume(e.connector ? Assumption.CONNECTOR_SOURCE_ADDRESS : Assumption.DIRECT_VPC_SOURCE_ADDRESS);
        w.source(e.sourceText, e.sourceIp, true);
        c.entered = true;
        if (!w.add(e.state, e.resource, e.description, e.info)) {
            return;
        }
        if (e.targetAccountAssumed) {
            c.assume(Assumption.DIRECT_VPC_TARGET_SERVICE_ACCOUNT);
        }
        RuleList rules = e.egress[c.protocolIndex];
        PacketView p = new PacketView(e.sourceIp, e.tags, Optional.empty(), true, c.dst, c.protocol, c.port, e.tags,
                Optional.empty());
        int i = decided(rules.decide(p));
        FirewallRule r = rules.get(i);
        RuleText text = e.net.text(rules, i);
        if (!w.add(StepState.APPLY_EGRESS_FIREWALL_RULE, text)) {
            return;
        }
        if (r.action() == Action.DENY && !c.relaxed(Relax.EGRESS_FIREWALL)) {
            w.blocker = new Blocker(e.net, rules, p, i, !e.connector);
            w.drop(DropCause.FIREWALL_RULE, text.dropReason(), Fixes.egressFirewall(c, text, e));
            return;
        }
        Forwarding.routeIn(w, e.net);
    }

    /** Connector state and the serverless hop; false when the trace ended here. */
    private static boolean connectorPasses(Walk w, EntryView e) {
        Ctx c = w.ctx;
        HopView hop = e.hopView;
        if (!hop.forwards && !c.relaxed(Relax.CONNECTOR_STATE)) {
            if (w.add(e.state, e.resource, hop.notRunningDescription, e.info)) {
                w.drop(DropCause.VPC_CONNECTOR_NOT_RUNNING, hop.notRunningReason, hop.notRunningFix);
            }
            return false;
        }
        if (hop.updating) {
            c.assume(Assumption.CONNECTOR_UPDATING_FORWARDS);
        }
        if (hop.managedRules) {
            c.assume(Assumption.MANAGED_RULE_PRIORITY);
        }
        c.assume(Assumption.SERVERLESS_PROBE_ADDRESS);
        if (hop.allows || c.relaxed(Relax.SERVERLESS_HOP)) {
            return true;
        }
        if (w.add(StepState.APPLY_INGRESS_FIREWALL_RULE, hop.rule.resource(), hop.deniedDescription, hop.deniedInfo)) {
            w.blocker = new Blocker(e.net, e.hop, hop.probe, hop.deciding, false);
            w.drop(DropCause.VPC_CONNECTOR_SERVERLESS_TRAFFIC_BLOCKED, hop.deniedReason, hop.deniedFix);
        }
        return false;
    }

    static int decided(int index) {
        if (index < 0) {
            throw new IllegalStateException("no firewall rule matched; the implied rules should always match");
        }
        return index;
    }
}
