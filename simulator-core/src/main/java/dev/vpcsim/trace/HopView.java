package dev.vpcsim.trace;

import dev.vpcsim.firewall.PacketView;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.Protocol;

import java.util.List;
import java.util.Optional;

/**
 * The serverless hop into one connector (semantics.md section 2), decided once per engine: the probe packet
 * (35.199.224.0 on tcp:667 to the connector's first usable address, {@link Assumption#SERVERLESS_PROBE_ADDRESS})
 * does not depend on the flow, so neither do the deciding INGRESS rule and the texts of a drop.
 */
final class HopView {
    /** The connector's state forwards packets; it is UPDATING; Google manages its firewall rules. */
    final boolean forwards;
    final boolean updating;
    final boolean managedRules;
    final PacketView probe;
    /** Index of the deciding rule in {@link EntryView#hop}. */
    final int deciding;
    final FirewallRule rule;
    final boolean allows;
    /** For a connector that does not forward: the arrival step's description, the drop reason and fix. */
    final String notRunningDescription;
    final String notRunningReason;
    final String notRunningFix;
    /** For a denying rule: the step's description and detail, the drop reason and fix. */
    final String deniedDescription;
    final StepInfo.FirewallInfo deniedInfo;
    final String deniedReason;
    final String deniedFix;

    HopView(EntryView e) {
        Connector con = e.connectorOrThrow();
        this.forwards = con.state().forwards();
        this.updating = con.state() == ConnectorState.UPDATING;
        this.managedRules = con.managedFirewallRules();
        this.probe = new PacketView(EntryView.SERVERLESS_PROBE, List.of(), Optional.empty(), false, e.sourceIp,
                Protocol.TCP, EntryView.SERVERLESS_PORT, e.tags, Optional.empty());
        this.deciding = Departure.decided(e.hop.decide(probe));
        this.rule = e.hop.get(deciding);
        this.allows = rule.action() == Action.ALLOW;
        this.notRunningDescription = "Reaches connector " + con.name() + ", which is " + con.state()
                + " and does not forward.";
        this.notRunningReason = "Dropped: connector " + con.name() + " is " + con.state() + ".";
        this.notRunningFix = Fixes.connectorNotRunning(con);
        this.deniedDescription = "INGRESS rule " + rule.name() + " (priority " + rule.priority() + ") of network "
                + e.net.name + " denies the serverless infrastructure (35.199.224.0/19, tcp:667) the hop into connector "
                + con.name() + ".";
        this.deniedInfo = Describe.firewallInfo(rule, e.net);
        this.deniedReason = "Dropped: the serverless infrastructure cannot reach connector " + con.name() + ".";
        this.deniedFix = Fixes.serverlessHop(con, rule, e);
    }
}
