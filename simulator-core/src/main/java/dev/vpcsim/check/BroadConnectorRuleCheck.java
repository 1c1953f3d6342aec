package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code broad-connector-rule} (seed 000, "Common mistakes": assuming the connector provides security by itself):
 * an enabled user INGRESS allow rule whose sources hold the connector's whole range (a range holding every
 * address of it, or no source at all, i.e. 0.0.0.0/0) or one of its tags, for every protocol ({@code all}) or
 * every port of tcp or udp. One finding per rule and connector.
 */
public final class BroadConnectorRuleCheck implements Check {
    public static final String ID = "broad-connector-rule";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Connector c : design.connectors()) {
            Optional<Network> n = design.network(c.network());
            if (n.isEmpty()) {
                continue;
            }
            Cidr range = design.connectorRange(c);
            for (FirewallRule r : n.get().firewall()) {
                if (r.disabled() || r.direction() != Direction.INGRESS || r.action() != Action.ALLOW) {
                    continue;
                }
                Optional<String> how = ConnectorSources.byTag(r, c).or(() -> ConnectorSources.byRange(r, range, true));
                List<String> broad = r.rules().stream().filter(BroadConnectorRuleCheck::isBroad)
                        .map(ProtocolPorts::toString).toList();
                if (how.isPresent() && !broad.isEmpty()) {
                    out.add(finding(design, c, r, how.get(), broad));
                }
            }
        }
        return out;
    }

    /** {@code all}, or tcp/udp without a port restriction. ICMP has no ports and is never broad. */
    static boolean isBroad(ProtocolPorts spec) {
        return spec.protocol() == Protocol.ALL || (spec.protocol().hasPorts() && spec.allPorts());
    }

    private static Finding finding(Design design, Connector c, FirewallRule r, String how, List<String> broad) {
        String targets = r.targetsAllInstances() ? "every instance of the network"
                : "the instances it targets (" + Texts.and(targetList(r)) + ")";
        List<String> users = Usage.names(Usage.workloadsOf(design, c));
        String who = users.isEmpty() ? "any workload attached to connector " + c.name()
                : Texts.and(users) + " (through connector " + c.name() + ")";
        return new Finding(ID, Severity.WARNING, Resources.rule(c.network(), r.name()),
                "INGRESS rule " + r.name() + " allows " + String.join(",", broad) + " from connector " + c.name()
                        + " by " + how + ", so " + who + " can reach every port of " + targets
                        + ". A connector grants access, not restriction: the firewall is the only control.",
                "narrow " + r.name() + " to " + Usage.backendPortsText(design, c.network())
                        + " and set targetTags to the backends' tags.");
    }

    private static List<String> targetList(FirewallRule r) {
        List<String> out = new ArrayList<>();
        r.targetTags().forEach(t -> out.add("tag " + t));
        r.targetServiceAccounts().forEach(a -> out.add("service account " + a));
        return out;
    }
}
