package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code no-ingress-from-connector} (seed 000, "Common mistakes": forgetting to add firewall ingress rules)
 * [CSVA]: a connector with {@code managedFirewallRules: false} gets no rule from Google letting its traffic
 * into the network, and no enabled user INGRESS allow rule admits any of its addresses or its tags, for any
 * target. Managed connectors have Google's allow rule (priority 1000) and never fire.
 */
public final class NoIngressFromConnectorCheck implements Check {
    public static final String ID = "no-ingress-from-connector";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Connector c : design.connectors()) {
            if (c.managedFirewallRules()) {
                continue;
            }
            Optional<Network> n = design.network(c.network());
            Cidr range = design.connectorRange(c);
            boolean admitted = n.isPresent() && n.get().firewall().stream().anyMatch(r -> admits(r, c, range));
            if (admitted) {
                continue;
            }
            out.add(new Finding(ID, Severity.WARNING, c.resource(),
                    "connector " + c.name() + " is in a service project (managedFirewallRules: false), so Google"
                            + " creates no rule letting its traffic into network " + c.network() + ", and no enabled"
                            + " INGRESS allow rule admits its range " + range + " or its tags " + c.uniqueTag()
                            + " / " + Connector.GENERIC_TAG + ": connections to every backend time out silently"
                            + " (the implied deny ingress rule drops them).",
                    "add an INGRESS allow rule from " + range.blockText() + " for "
                            + Usage.backendPortsText(design, c.network())
                            + " with target tags of the backends (the documented vpc-connector-requests rule)."));
        }
        return out;
    }

    private static boolean admits(FirewallRule r, Connector c, Cidr range) {
        return !r.disabled() && r.direction() == Direction.INGRESS && r.action() == Action.ALLOW
                && (ConnectorSources.byTag(r, c).isPresent() || ConnectorSources.byRange(r, range, false).isPresent());
    }
}
