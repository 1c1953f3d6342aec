package dev.vpcsim.trace;

import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.RouteEntry;

import java.util.Locale;

/** One-sentence step descriptions and typed step details. */
final class Describe {
    private Describe() {
    }

    static String firewall(FirewallRule r, NetView net, Walk w) {
        Ctx c = w.ctx;
        String kind = switch (r.origin()) {
            case USER -> "";
            case IMPLIED -> "Implied ";
            case MANAGED -> "Google-managed connector ";
        };
        String verb = r.action() == FirewallRule.Action.ALLOW ? " allows " : " denies ";
        String rule = r.direction() + " rule " + r.name();
        return (kind.isEmpty() ? rule : kind + rule) + " (priority " + r.priority() + ") of network " + net.name
                + verb + c.portText + " from " + w.src + " to " + c.dstText + ".";
    }

    static StepInfo.FirewallInfo firewallInfo(FirewallRule r, NetView net) {
        return new StepInfo.FirewallInfo(r.name(), net.name, r.direction().name(), r.action().name(), r.priority(),
                r.origin().name(), r.detail());
    }

    static String route(RouteEntry r, NetView net, Ctx c) {
        NextHop h = r.nextHop();
        String where;
        if (h instanceof NextHop.Network) {
            where = "delivers it inside network " + net.name;
        } else if (h instanceof NextHop.Peering p) {
            where = "sends it over peering " + p.peering() + " to network " + p.peerNetwork();
        } else {
            where = "sends it to " + h.describe();
        }
        return kindText(r) + " " + r.id() + " (" + r.destRange().blockText() + ", priority " + r.priority()
                + (r.tags().isEmpty() ? "" : ", tags " + String.join(", ", r.tags())) + ") of network " + net.name
                + " matches " + c.dstText + " and " + where + ".";
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

    static StepInfo.RouteInfo routeInfo(RouteEntry r, NetView net) {
        return new StepInfo.RouteInfo(r.id(), net.name, r.destRange().blockText(), r.priority(),
                r.nextHop().describe(), r.kind().name());
    }

    static StepInfo.NatInfo natInfo(Nat nat, NetView net, String ip) {
        return new StepInfo.NatInfo(nat.name(), net.name, nat.region(), ip);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
