package dev.vpcsim.trace;

import dev.vpcsim.firewall.FirewallIndex;
import dev.vpcsim.firewall.RuleList;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Network;
import dev.vpcsim.routing.RouteTable;

import java.util.Map;


/**
 * One network as the engine sees it: its route table and firewall indexes, and the trace texts of its rules and
 * routes (by position in the index and the table). Route texts are built with the view; a rule's texts when a
 * trace first needs them (a network may have thousands of rules that no trace reaches): {@link RuleText} is
 * immutable, so a racing thread at worst builds an equal copy.
 */
final class NetView {
    final int index;
    final Network network;
    final String name;
    final String resource;
    final RouteTable routes;
    final FirewallIndex ingress;
    final FirewallIndex egress;
    private final RuleText[] ingressTexts;
    private final RuleText[] egressTexts;
    private final RouteText[] routeTexts;

    /** @param netIndex every network of the design by name, to their positions (peering next hops) */
    NetView(int index, Network network, Design design, Map<String, Integer> netIndex) {
        this.index = index;
        this.network = network;
        this.name = network.name();
        this.resource = "networks/" + name;
        this.routes = new RouteTable(design.routes(name));
        this.ingress = new FirewallIndex(design.firewall(name), Direction.INGRESS);
        this.egress = new FirewallIndex(design.firewall(name), Direction.EGRESS);
        this.ingressTexts = new RuleText[ingress.rules().size()];
        this.egressTexts = new RuleText[egress.rules().size()];
        this.routeTexts = new RouteText[routes.size()];
        for (int i = 0; i < routeTexts.length; i++) {
            routeTexts[i] = new RouteText(routes.entry(i), name, netIndex);
        }
    }

    /** The texts of rule {@code i} of a candidate list built by one of this network's firewall indexes. */
    RuleText text(RuleList rules, int i) {
        RuleText[] texts = rules.direction() == Direction.INGRESS ? ingressTexts : egressTexts;
        int position = rules.position(i);
        RuleText t = texts[position];
        if (t == null) {
            t = new RuleText(rules.get(i), name);
            texts[position] = t;
        }
        return t;
    }

    /** The texts of the route at a position of {@link #routes}. */
    RouteText route(int position) {
        return routeTexts[position];
    }
}
