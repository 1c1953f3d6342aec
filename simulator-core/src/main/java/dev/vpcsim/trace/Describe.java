package dev.vpcsim.trace;

import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.RouteEntry;

import java.util.Locale;

/**
 * One-sentence step descriptions and typed step details. The parts that depend only on a rule or a route
 * ({@link RuleText}, {@link RouteText}) are built once per engine; a trace adds the flow's part.
 */
final class Describe {
    private Describe() {
    }

    /** {@code INGRESS rule NAME (priority N) of network NET}. */
    static String firewallHead(FirewallRule r, String network) {
        return r.direction() + " rule " + r.name() + " (priority " + r.priority() + ") of network " + network;
    }

    /** A firewall step's description up to the flow: {@code [Implied ]INGRESS rule ... of network NET allows }. */
    static String firewallLead(FirewallRule r, String network) {
        String kind = switch (r.origin()) {
            case USER -> "";
            case IMPLIED -> "Implied ";
            case MANAGED -> "Google-managed connector ";
        };
        String verb = r.action() == FirewallRule.Action.ALLOW ? " allows " : " denies ";
        return kind + firewallHead(r, network) + verb;
    }

    /** A firewall step's description: the rule's lead, then {@code tcp:443 from SRC to DST.} */
    static String firewall(String lead, String portText, String source, String destination) {
        return lead + portText + " from " + source + " to " + destination + ".";
    }

    static StepInfo.FirewallInfo firewallInfo(FirewallRule r, NetView net) {
        return firewallInfo(r, net.name);
    }

    static StepInfo.FirewallInfo firewallInfo(FirewallRule r, String network) {
        return new StepInfo.FirewallInfo(r.name(), network, r.direction().name(), r.action().name(), r.priority(),
                r.origin().name(), r.detail());
    }

    /** A route step's description before the destination: {@code Subnet route ID (RANGE, priority N) ... matches }. */
    static String routeLead(RouteEntry r, String network) {
        return kindText(r) + " " + r.id() + " (" + r.destRange().blockText() + ", priority " + r.priority()
                + (r.tags().isEmpty() ? "" : ", tags " + String.join(", ", r.tags())) + ") of network " + network
                + " matches ";
    }

    /** A route step's description after the destination: {@code  and delivers it inside network NET.} */
    static String routeTail(RouteEntry r, String network) {
        NextHop h = r.nextHop();
        String where;
        if (h instanceof NextHop.Network) {
            where = "delivers it inside network " + network;
        } else if (h instanceof NextHop.Peering p) {
            where = "sends it over peering " + p.peering() + " to network " + p.peerNetwork();
        } else {
            where = "sends it to " + h.describe();
        }
        return " and " + where + ".";
    }

    private static String kindText(RouteEntry r) {
        return switch (r.kind()) {
            case SUBNET -> "Subnet route";
            case DEFAULT -> "Default route";
            case STATIC -> "Static route";
            case PEERING_SUBNET -> "Peering subnet route";
            case PEERING_STATIC -> "Imported peering route";
        };
    }

    static StepInfo.RouteInfo routeInfo(RouteEntry r, String network) {
        return new StepInfo.RouteInfo(r.id(), network, r.destRange().blockText(), r.priority(),
                r.nextHop().describe(), r.kind().name());
    }

    static StepInfo.NatInfo natInfo(Nat nat, NetView net, String ip) {
        return new StepInfo.NatInfo(nat.name(), net.name, nat.region(), ip);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
