package dev.vpcsim.trace;

import dev.vpcsim.addressing.Addresses;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.RouteEntry;
import dev.vpcsim.model.VpnTunnel;

import java.util.List;
import java.util.Optional;

/**
 * Routes and next hops (semantics.md section 4): the private-services-access check, route selection with
 * equal-cost branches, peering hops into the peer network, the internet gateway (Private Google Access,
 * Cloud NAT), VPN tunnels and appliances.
 */
final class Forwarding {
    private Forwarding() {
    }

    /** The packet is in {@code net} and needs a route. */
    static void routeIn(Walk w, NetView net) {
        Ctx c = w.ctx;
        if (c.memo != null) {
            int key = net.index * 128 + w.depth();
            Walk known = c.memo.get(key);
            if (known == null) {
                known = w.branch();
                route(known, net);
                c.memo.put(key, known);
            }
            w.absorb(known);
            return;
        }
        route(w, net);
    }

    private static void route(Walk w, NetView net) {
        Ctx c = w.ctx;
        if (c.ix.addresses.inForeignPsaOnly(c.dst, net.name)) {
            PsaText psa = c.ix.psaTexts[c.ix.addresses.psaIndexHolding(c.dst)];
            if (w.add(StepState.APPLY_ROUTE, net.resource, c.dstText + psa.descriptionTail, new StepInfo.RouteInfo(
                    "none", net.name, psa.blockText, 0, "none", "PRIVATE_SERVICE_ACCESS"))) {
                w.drop(DropCause.GOOGLE_MANAGED_SERVICE_NO_PEERING, "Dropped: the managed service at " + c.dstText
                        + psa.reasonTail, Fixes.managedNoPeering(c, net, psa));
            }
            return;
        }
        List<String> tags = net.index == c.src.entry.net.index ? c.src.entry.tags : List.of();
        int[] won = net.routes.selectPositions(c.dst, tags);
        if (won.length == 0) {
            if (w.add(StepState.APPLY_ROUTE, net.resource, "No route of network " + net.name + " matches "
                    + c.dstText + ".", new StepInfo.RouteInfo("none", net.name, "", 0, "none", "NONE"))) {
                w.blocker = Blocker.network(net);
                w.drop(DropCause.NO_ROUTE, "Dropped: network " + net.name + " has no route to " + c.dstText + ".",
                        Fixes.noRoute(c, net));
            }
        } else if (won.length == 1) {
            apply(w, net, net.route(won[0]));
        } else {
            equalCost(w, net, won);
        }
    }

    /**
     * Explores every equal-cost route; the trace keeps the first branch's steps (design order), the other branches
     * only tell how they end.
     */
    private static void equalCost(Walk w, NetView net, int[] won) {
        Ctx c = w.ctx;
        c.memo();
        long ends = 0;
        long[] branchEnds = new long[won.length];
        Walk first = null;
        for (int i = 0; i < won.length; i++) {
            Walk b = i == 0 ? w.branch() : w.sideBranch();
            apply(b, net, net.route(won[i]));
            ends |= b.ends;
            branchEnds[i] = b.ends;
            first = first == null ? b : first;
        }
        w.absorb(first);
        w.ends = ends;
        if (Ends.several(ends)) {
            c.ecmpDiffers(net, won, branchEnds);
        }
    }

    private static void apply(Walk w, NetView net, RouteText text) {
        Ctx c = w.ctx;
        RouteEntry r = text.route;
        NextHop h = r.nextHop();
        if (!w.add(text)) {
            return;
        }
        if (h instanceof NextHop.Network) {
            Arrival.inNetwork(w, net);
        } else if (h instanceof NextHop.Peering p) {
            routeIn(w, text.peer >= 0 ? c.ix.nets[text.peer] : c.ix.netsByName.get(p.peerNetwork()));
        } else if (h instanceof NextHop.Gateway) {
            gateway(w, net);
        } else if (h instanceof NextHop.VpnTunnel t) {
            tunnel(w, net, t.tunnel());
        } else if (h instanceof NextHop.Instance i) {
            appliance(w, r, Optional.ofNullable(c.ix.endpointsByName.get(i.endpoint())));
        } else if (h instanceof NextHop.Ip ip) {
            int v = c.ix.addresses.vmHolding(ip.address().value(), net.index);
            appliance(w, r, v < 0 ? Optional.empty() : Optional.of(c.ix.endpoint(v)));
        } else {
            throw new IllegalStateException("unknown next hop " + h);
        }
    }

    /** Next hop default internet gateway. */
    private static void gateway(Walk w, NetView net) {
        Ctx c = w.ctx;
        if (!c.ix.addresses.isPublic(c.dst)) {
            w.drop(DropCause.PRIVATE_TRAFFIC_TO_INTERNET, "Dropped: " + c.dstText
                    + " is not publicly routable but the route sends it to the internet gateway.",
                    Fixes.privateToGateway(c, net));
            return;
        }
        EntryView e = c.src.entry;
        if (Addresses.isGoogleApi(c.dst)) {
            if (e.pgaAssumed) {
                c.assume(Assumption.CONNECTOR_RANGE_PRIVATE_GOOGLE_ACCESS);
            }
            if (!e.pga && !c.relaxed(Relax.PRIVATE_GOOGLE_ACCESS)) {
                w.drop(DropCause.PRIVATE_GOOGLE_ACCESS_DISALLOWED, "Dropped: subnet " + e.subnet.name()
                        + " does not have Private Google Access.", Fixes.privateGoogleAccess(e));
                return;
            }
            Arrival.external(w);
            return;
        }
        if (e.natHidden) {
            c.assume(Assumption.NAT_HIDDEN_CONNECTOR_SUBNET);
        }
        Nat nat = net.index == e.net.index ? e.nat : null;
        if (nat == null) {
            if (c.relaxed(Relax.NAT)) {
                w.source("-", -1, false);
                Arrival.external(w);
                return;
            }
            w.drop(DropCause.NO_EXTERNAL_ADDRESS, "Dropped: the source has no external address and no Cloud NAT "
                    + "of network " + net.name + " in " + e.subnet.region() + " covers subnet " + e.subnet.name() + ".",
                    Fixes.noExternalAddress(c, e, net));
            return;
        }
        String resource = "nats/" + nat.name();
        if (!nat.autoIps() && nat.natIps().isEmpty() && !c.relaxed(Relax.NAT)) {
            if (w.add(StepState.NAT, resource, "Cloud NAT " + nat.name() + " (" + nat.region()
                    + ") covers the source but has no addresses.", Describe.natInfo(nat, net, "-"))) {
                w.drop(DropCause.CLOUD_NAT_NO_ADDRESSES, "Dropped: Cloud NAT " + nat.name() + " has no addresses.",
                        Fixes.natNoAddresses(nat, net));
            }
            return;
        }
        boolean manual = !nat.autoIps() && !nat.natIps().isEmpty();
        if (manual) {
            w.source(nat.natIps().get(0).text(), nat.natIps().get(0).value(), true);
        } else {
            w.source("-", -1, false);
        }
        if (w.add(StepState.NAT, resource, "Cloud NAT " + nat.name() + " (" + nat.region() + ") translates the source "
                + (manual ? "to " + w.src + "." : "to an automatically allocated address (not fixed)."),
                Describe.natInfo(nat, net, w.src))) {
            Arrival.external(w);
        }
    }

    private static void tunnel(Walk w, NetView net, String name) {
        Optional<VpnTunnel> t = net.network.vpnTunnel(name);
        if (t.isEmpty()) {
            w.abort(AbortCause.RESOURCE_CONFIG_NOT_FOUND, "VPN tunnel " + name + " is not in network " + net.name + ".",
                    "declare VPN tunnel " + name + " in network " + net.name);
            return;
        }
        if (w.add(StepState.ARRIVE_AT_VPN_TUNNEL, "vpnTunnels/" + name, "Arrives at VPN tunnel " + name + " ("
                + t.get().region() + ") of network " + net.name + ".",
                new StepInfo.ArrivalInfo(name, "vpn-tunnel", "-"))) {
            w.forward(ForwardTarget.VPN_GATEWAY, "Forwarded to the peer VPN gateway of tunnel " + name
                    + "; what lies beyond it is outside the model.");
        }
    }

    /** Next hop instance or IP: an appliance VM. */
    private static void appliance(Walk w, RouteEntry r, Optional<EndpointView> found) {
        Ctx c = w.ctx;
        if (found.isEmpty()) {
            w.drop(DropCause.ROUTE_NEXT_HOP_IP_ADDRESS_NOT_RESOLVED, "Dropped: no VM holds the next hop of route "
                    + r.id() + " (" + r.nextHop().describe() + ").", Fixes.nextHopUnresolved(r));
            return;
        }
        EndpointView ep = found.get();
        Endpoint e = ep.endpoint;
        if (e.state() == Endpoint.State.STOPPED && !c.relaxed(Relax.INSTANCE_STATE)) {
            if (w.add(StepState.ARRIVE_AT_INSTANCE, ep.resource, "Reaches appliance " + e.name()
                    + ", which is stopped.", ep.info)) {
                w.drop(DropCause.INSTANCE_NOT_RUNNING, "Dropped: appliance " + e.name() + " is stopped.",
                        Fixes.startInstance(ep));
            }
            return;
        }
        if (!e.ipForwarding() && !c.relaxed(Relax.FOREIGN_IP)) {
            if (w.add(StepState.ARRIVE_AT_INSTANCE, ep.resource, "Reaches appliance " + e.name()
                    + ", which does not have IP forwarding on.", ep.info)) {
                w.drop(DropCause.FOREIGN_IP_DISALLOWED, "Dropped: appliance " + e.name()
                        + " may not forward packets addressed to others.", Fixes.ipForwarding(ep));
            }
            return;
        }
        if (ep.ingress != null && !Arrival.ingress(w, ep)) {
            return;
        }
        if (w.add(StepState.ARRIVE_AT_INSTANCE, ep.resource, ep.arriveDescription, ep.info)) {
            w.forward(ForwardTarget.ROUTER_APPLIANCE, "Forwarded by appliance " + e.name()
                    + "; what it does next is outside the model.");
        }
    }
}
