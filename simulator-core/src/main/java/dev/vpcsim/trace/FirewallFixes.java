package dev.vpcsim.trace;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Origin;

/** Fixes for firewall drops: the allow rule to add (protocol, port, source, target, network, priority). */
final class FirewallFixes {
    private FirewallFixes() {
    }

    static String ingress(Ctx c, RuleText blocking, EndpointView ep) {
        EntryView e = c.src.entry;
        return "add an INGRESS allow rule for " + c.portText() + (e.net.index == ep.net.index ? e.fixFromHere : e.fixFrom)
                + ep.fixTarget + blocking.fixPriority();
    }

    /** The source part of an INGRESS fix for packets from an entry: its range (and in its own network, its tag). */
    static String ingressFrom(EntryView e, boolean sameNetwork) {
        String tag = e.connector && sameNetwork ? " (or source tag " + e.connectorOrThrow().uniqueTag() + ")" : "";
        return " from " + e.rangeText + tag;
    }

    /** The target part of an INGRESS fix for an endpoint: how a rule reaches it, and where. */
    static String ingressTarget(EndpointView ep) {
        return " " + ep.firewallTarget + " in network " + ep.net.name;
    }

    static String egress(Ctx c, RuleText blocking, EntryView e) {
        return "add an EGRESS allow rule for " + c.portText() + " to " + c.dstText + e.egressFixTarget
                + blocking.fixPriority();
    }

    /** The part of an EGRESS fix after the destination address: the target of the rule to add, and where. */
    static String egressTarget(EntryView e, String workload) {
        String target;
        if (e.connector) {
            target = "targeting tag " + e.connectorOrThrow().uniqueTag() + " (the connector VMs)";
        } else if (!e.tags.isEmpty()) {
            target = "targeting tag " + e.tags.get(0) + " (workload " + workload + ")";
        } else {
            target = "for all instances (or give workload " + workload + " a network tag and target it)";
        }
        return "/32 " + target + " in network " + e.net.name;
    }

    static String serverlessHop(Connector con, FirewallRule blocking, EntryView e) {
        String net = e.net.name;
        String documented = "create the rules Google documents for a connector whose firewall rules are not managed"
                + " (managedFirewallRules: false) in network " + net + ": serverless-to-vpc-connector (INGRESS allow"
                + " tcp:667, udp:665-666, icmp from 35.199.224.0/19 targeting tag vpc-connector), vpc-connector-to-"
                + "serverless (EGRESS allow the same to 35.199.224.0/19 from tag vpc-connector), vpc-connector-health-"
                + "checks (INGRESS allow tcp:667 from 35.191.0.0/16, 35.191.192.0/18, 130.211.0.0/22 targeting tag"
                + " vpc-connector) and vpc-connector-requests (INGRESS allow from tag vpc-connector to your instances)";
        if (blocking.origin() == Origin.IMPLIED) {
            return documented;
        }
        String narrow = "rule " + blocking.name() + " (priority " + blocking.priority() + ") denies tcp:667 from "
                + "35.199.224.0/19 to connector " + con.name() + ": narrow it so that it excludes 35.199.224.0/19 or "
                + "the tag " + con.uniqueTag();
        if (con.managedFirewallRules()) {
            return narrow + ", or give it a priority number above 100 so that Google's managed rule outranks it";
        }
        return narrow + "; " + documented + priority(blocking);
    }

    /** How a rule reaches the endpoint: its first tag, else its service account, else all instances. */
    static String target(Endpoint e) {
        if (!e.tags().isEmpty()) {
            return "targeting tag " + e.tags().get(0);
        }
        return e.serviceAccount().map(sa -> "targeting service account " + sa)
                .orElse("for all instances (" + e.name() + " has no tags or service account)");
    }

    /** The priority an allow rule needs to outrank the blocking deny (deny wins ties). */
    static String priority(FirewallRule blocking) {
        if (blocking.origin() == Origin.IMPLIED) {
            return " (any priority number below 65535, e.g. 1000)";
        }
        if (blocking.priority() == 0) {
            return "; rule " + blocking.name() + " denies at priority 0, which no allow rule can outrank: narrow or "
                    + "remove it";
        }
        return ", with a priority number below " + blocking.priority() + " to outrank " + blocking.name()
                + " (or narrow " + blocking.name() + ")";
    }
}
