package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.RouteEntry;
import dev.vpcsim.trace.DropCause;
import dev.vpcsim.trace.ForwardTarget;
import dev.vpcsim.trace.Result;
import dev.vpcsim.trace.StepState;

import java.util.ArrayList;
import java.util.List;

/**
 * Route selection by a plain scan of a network's candidate routes, and the next hops [ROUTES][PEER]
 * (semantics.md section 4).
 */
final class RefRouting {
    private final Design design;
    private final RefArrival arrival;

    RefRouting(Design design, RefArrival arrival) {
        this.design = design;
        this.arrival = arrival;
    }

    /** Routes a packet that is in {@code network}, coming from {@code s}. */
    Verdict route(Walk walk, Source s, String network, Packet p) {
        for (Network other : design.networks()) {
            if (other.name().equals(network)) {
                continue;
            }
            for (PrivateServiceRange psa : other.privateServiceAccess()) {
                if (psa.range().contains(p.destination())) {
                    return walk.drop(DropCause.GOOGLE_MANAGED_SERVICE_NO_PEERING);
                }
            }
        }
        List<RouteEntry> chosen = select(design.routes(network), s, p.destination());
        if (chosen.isEmpty()) {
            return walk.drop(DropCause.NO_ROUTE);
        }
        List<Verdict> branches = new ArrayList<>();
        for (RouteEntry r : chosen) {
            Walk branch = chosen.size() == 1 ? walk : walk.copy();
            branches.add(follow(branch, s, r, p));
        }
        Verdict first = branches.get(0);
        for (Verdict v : branches) {
            if (!v.sameEnd(first)) {
                return new Verdict(Result.AMBIGUOUS, first.dropCause(), first.abortCause(), first.deliverTarget(),
                        first.forwardTarget(), first.decidingResource(), first.path());
            }
        }
        return first;
    }

    /**
     * The routes that win: among candidates holding the destination (a tagged route only for a source with one of
     * its tags), subnet routes beat every other route; then the most specific; then the lowest priority number;
     * what remains ties (ECMP), in table order.
     */
    static List<RouteEntry> select(List<RouteEntry> table, Source s, long destination) {
        List<RouteEntry> candidates = new ArrayList<>();
        boolean subnetRoute = false;
        for (RouteEntry r : table) {
            if (r.destRange().contains(destination) && (r.tags().isEmpty() || intersects(r.tags(), s.tags()))) {
                candidates.add(r);
                subnetRoute |= r.kind().isSubnetRoute();
            }
        }
        List<RouteEntry> best = new ArrayList<>();
        for (RouteEntry r : candidates) {
            if (subnetRoute && !r.kind().isSubnetRoute()) {
                continue;
            }
            if (best.isEmpty() || better(r, best.get(0))) {
                best.clear();
                best.add(r);
            } else if (!better(best.get(0), r)) {
                best.add(r);
            }
        }
        return best;
    }

    private static boolean better(RouteEntry a, RouteEntry b) {
        if (a.destRange().prefixLength() != b.destRange().prefixLength()) {
            return a.destRange().prefixLength() > b.destRange().prefixLength();
        }
        return a.priority() < b.priority();
    }

    private Verdict follow(Walk walk, Source s, RouteEntry r, Packet p) {
        if (!walk.step(StepState.APPLY_ROUTE, r.resource())) {
            return walk.abort(dev.vpcsim.trace.AbortCause.TRACE_TOO_LONG);
        }
        NextHop hop = r.nextHop();
        if (hop instanceof NextHop.Network n) {
            return arrival.inNetwork(walk, s, n.network(), p);
        }
        if (hop instanceof NextHop.Peering peer) {
            if (r.kind() == RouteEntry.Kind.PEERING_SUBNET) {
                return arrival.inNetwork(walk, s, peer.peerNetwork(), p);
            }
            return followPeerStatic(walk, s, peer.peerNetwork(), r, p);
        }
        if (hop instanceof NextHop.Gateway) {
            return arrival.internetGateway(walk, s, p);
        }
        if (hop instanceof NextHop.VpnTunnel t) {
            if (!walk.step(StepState.ARRIVE_AT_VPN_TUNNEL, Resources.tunnel(t.tunnel()))) {
                return walk.abort(dev.vpcsim.trace.AbortCause.TRACE_TOO_LONG);
            }
            return walk.forward(ForwardTarget.VPN_GATEWAY);
        }
        if (hop instanceof NextHop.Instance i) {
            return arrival.appliance(walk, s, r.network(), design.endpoint(i.endpoint()), p);
        }
        if (hop instanceof NextHop.Ip ip) {
            return arrival.appliance(walk, s, r.network(), arrival.vmHolding(ip.address().value()), p);
        }
        throw new IllegalStateException("unknown next hop " + hop);
    }

    /** A peer's exported static route: the packet goes to that route's own next hop in the peer network. */
    private Verdict followPeerStatic(Walk walk, Source s, String peerNetwork, RouteEntry learned, Packet p) {
        for (RouteEntry own : design.routes(peerNetwork)) {
            if (own.kind() == RouteEntry.Kind.STATIC && own.id().equals(learned.id())) {
                NextHop hop = own.nextHop();
                if (hop instanceof NextHop.VpnTunnel t) {
                    if (!walk.step(StepState.ARRIVE_AT_VPN_TUNNEL, Resources.tunnel(t.tunnel()))) {
                        return walk.abort(dev.vpcsim.trace.AbortCause.TRACE_TOO_LONG);
                    }
                    return walk.forward(ForwardTarget.VPN_GATEWAY);
                }
                if (hop instanceof NextHop.Instance i) {
                    return arrival.appliance(walk, s, peerNetwork, design.endpoint(i.endpoint()), p);
                }
                if (hop instanceof NextHop.Ip ip) {
                    return arrival.appliance(walk, s, peerNetwork, arrival.vmHolding(ip.address().value()), p);
                }
            }
        }
        return walk.abort(dev.vpcsim.trace.AbortCause.RESOURCE_CONFIG_NOT_FOUND);
    }

    private static boolean intersects(List<String> a, List<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
