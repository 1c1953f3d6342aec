package dev.vpcsim.trace;

import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.RouteEntry;

import java.util.Map;

/**
 * What a trace shows of one candidate route of one network, built once per engine and shared by every trace:
 * the resource, the detail, and the description around the destination address.
 */
final class RouteText {
    final RouteEntry route;
    /** For a peering next hop: the position of the peer network in the design, or -1 (none, or not declared). */
    final int peer;
    final String resource;
    final StepInfo.RouteInfo info;
    private final String lead;
    private final String tail;

    RouteText(RouteEntry r, String network, Map<String, Integer> netIndex) {
        this.route = r;
        this.peer = r.nextHop() instanceof NextHop.Peering p ? netIndex.getOrDefault(p.peerNetwork(), -1) : -1;
        this.resource = r.resource();
        this.info = Describe.routeInfo(r, network);
        this.lead = Describe.routeLead(r, network);
        this.tail = Describe.routeTail(r, network);
    }

    String description(Ctx c) {
        return lead + c.dstText + tail;
    }
}
