package dev.vpcsim.trace;

import dev.vpcsim.model.RouteEntry;

/**
 * What a trace shows of one candidate route of one network, built once per engine and shared by every trace:
 * the resource, the detail, and the description around the destination address.
 */
final class RouteText {
    final RouteEntry route;
    final String resource;
    final StepInfo.RouteInfo info;
    private final String lead;
    private final String tail;

    RouteText(RouteEntry r, String network) {
        this.route = r;
        this.resource = r.resource();
        this.info = Describe.routeInfo(r, network);
        this.lead = Describe.routeLead(r, network);
        this.tail = Describe.routeTail(r, network);
    }

    String description(Ctx c) {
        return lead + c.dstText + tail;
    }
}
