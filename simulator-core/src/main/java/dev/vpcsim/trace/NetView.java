package dev.vpcsim.trace;

import dev.vpcsim.firewall.FirewallIndex;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.Network;
import dev.vpcsim.routing.RouteTable;

/** One network as the engine sees it: its route table and firewall indexes, built once. */
final class NetView {
    final int index;
    final Network network;
    final String name;
    final String resource;
    final RouteTable routes;
    final FirewallIndex ingress;
    final FirewallIndex egress;

    NetView(int index, Network network, Design design) {
        this.index = index;
        this.network = network;
        this.name = network.name();
        this.resource = "networks/" + name;
        this.routes = new RouteTable(design.routes(name));
        this.ingress = new FirewallIndex(design.firewall(name), Direction.INGRESS);
        this.egress = new FirewallIndex(design.firewall(name), Direction.EGRESS);
    }
}
