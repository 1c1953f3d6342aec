package dev.vpcsim.check;

import dev.vpcsim.firewall.PacketView;
import dev.vpcsim.firewall.RuleMatch;
import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Action;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code connector-serverless-traffic-blocked} (semantics.md section 2, "The serverless hop"): a packet from the
 * serverless infrastructure (35.199.224.1, inside 35.199.224.0/19) on tcp:667 to the connector VMs (their
 * network tags, no service account, a source outside the network) meets the network's effective INGRESS rules
 * (user, managed, implied); if the deciding rule denies it, every workload using the connector loses the VPC
 * path (VPC_CONNECTOR_SERVERLESS_TRAFFIC_BLOCKED) [CT][SVA]. Only connectors that some workload uses.
 */
public final class ServerlessTrafficBlockedCheck implements Check {
    public static final String ID = "connector-serverless-traffic-blocked";
    static final Cidr SERVERLESS_INFRA = Cidr.of("35.199.224.0/19");
    static final Ipv4 SERVERLESS_SOURCE = Ipv4.of("35.199.224.1");
    static final int PORT = 667;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Connector c : design.connectors()) {
            List<String> users = Usage.names(Usage.workloadsOf(design, c));
            if (users.isEmpty()) {
                continue;
            }
            Optional<FirewallRule> deciding = RuleMatch.firstMatch(design.firewall(c.network()), Direction.INGRESS,
                    packet(design, c));
            if (deciding.isEmpty() || deciding.get().action() == Action.ALLOW) {
                continue;
            }
            out.add(finding(c, deciding.get(), users));
        }
        return out;
    }

    /** The serverless-hop packet to the connector's VMs. */
    static PacketView packet(Design design, Connector c) {
        Cidr range = design.connectorRange(c);
        long vm = range.size() > 4 ? range.first() + 2 : range.first();
        return new PacketView(SERVERLESS_SOURCE.value(), List.of(), Optional.empty(), false, vm, Protocol.TCP, PORT,
                c.networkTags(), Optional.empty());
    }

    private static Finding finding(Connector c, FirewallRule rule, List<String> users) {
        boolean implied = rule.origin() == FirewallRule.Origin.IMPLIED;
        String why = implied
                ? "no rule allows it, so the implied deny-all ingress rule " + Texts.rule(rule) + " decides"
                + (c.managedFirewallRules() ? "" : " (the connector is in a service project,"
                + " managedFirewallRules: false, so Google creates none of its rules)")
                : "the first matching INGRESS rule is " + Texts.rule(rule) + ", which denies it"
                + (c.managedFirewallRules() ? " before Google's managed allow rule (priority 100) is reached" : "");
        String allow = "add an INGRESS allow rule for tcp:667, udp:665-666 and icmp from 35.199.224.0/19 to target tag "
                + c.uniqueTag();
        String fix;
        if (implied) {
            fix = allow + " (the documented serverless-to-vpc-connector rule).";
        } else if (rule.priority() > 0) {
            fix = allow + " with a priority number lower than " + rule.priority() + ", or narrow " + rule.name()
                    + " so it does not cover that traffic.";
        } else {
            fix = "narrow " + rule.name() + " (priority 0 cannot be outranked) so it does not cover traffic from"
                    + " 35.199.224.0/19 on tcp:667 to target tag " + c.uniqueTag() + ".";
        }
        return new Finding(ID, Severity.ERROR, c.resource(),
                "serverless infrastructure traffic (from 35.199.224.0/19 on tcp:667) to connector " + c.name()
                        + "'s VMs in network " + c.network() + " is blocked: " + why + ". " + Texts.and(users)
                        + " cannot reach anything through the connector (VPC_CONNECTOR_SERVERLESS_TRAFFIC_BLOCKED).",
                fix);
    }
}
