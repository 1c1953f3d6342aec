package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.NextHop;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.RouteEntry;
import dev.vpcsim.trace.AbortCause;
import dev.vpcsim.trace.DropCause;
import dev.vpcsim.trace.ForwardTarget;
import dev.vpcsim.trace.StepState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Route selection by a plain scan of a network's candidate routes, and the next hops [ROUTES][PEER]
 * (semantics.md section 4). A peering next hop moves the packet into the peer network, where routing starts
 * again (without the source's tags). Equal-cost ties: the verdict is that of the first tied route in table order;
 * it is AMBIGUOUS when the branches, followed to their ends, do not all end the same way. The ends reachable from
 * a network at a given depth are memoized within one evaluation, so that equal-cost loops between peered
 * networks (which end in TRACE_TOO_LONG) cannot make the exploration exponential.
 */
final class RefRouting {
    private final Design design;
    private final RefArrival arrival;

    RefRouting(Design design, RefArrival arrival) {
        this.design = design;
        this.arrival = arrival;
    }

    /** Routes a packet that entered {@code s.network()}. */
    Verdict route(Walk walk, Source s, Packet p) {
        Walk first = walk.copy();
        Verdict v;
        try {
            v = routeFirst(first, s, s.network(), p);
        } catch (Walk.TooLong e) {
            v = first.abort(AbortCause.TRACE_TOO_LONG);
        }
        Set<String> ends = ends(walk, s, s.network(), p, new HashMap<>());
        return ends.size() > 1 ? v.ambiguous() : v;
    }

    /** Follows the first of the winning routes at every decision. */
    private Verdict routeFirst(Walk walk, Source s, String network, Packet p) {
        List<RouteEntry> chosen = decide(walk, s, network, p);
        if (chosen.isEmpty()) {
            return walk.drop(noRouteCause(network, p));
        }
        return hop(walk, s, chosen.get(0), p);
    }

    /** Every way the routing from this network can end ({@code DROP NO_ROUTE}, ...), over every tied branch. */
    private Set<String> ends(Walk walk, Source s, String network, Packet p, Map<String, Set<String>> memo) {
        String key = network + "@" + walk.size();
        Set<String> known = memo.get(key);
        if (known != null) {
            return known;
        }
        Set<String> out = new LinkedHashSet<>();
        memo.put(key, out); // a branch that comes back here at the same depth adds nothing new
        Walk probe = walk.copy();
        List<RouteEntry> chosen;
        try {
            chosen = decide(probe, s, network, p);
        } catch (Walk.TooLong e) {
            out.add(probe.abort(AbortCause.TRACE_TOO_LONG).end());
            return out;
        }
        if (chosen.isEmpty()) {
            out.add(probe.drop(noRouteCause(network, p)).end());
            return out;
        }
        for (RouteEntry r : chosen) {
            Walk branch = walk.copy();
            try {
                if (isPeeringHop(r)) {
                    branch.step(StepState.APPLY_ROUTE, r.resource());
                    out.addAll(ends(branch, s, ((NextHop.Peering) r.nextHop()).peerNetwork(), p, memo));
                } else {
                    out.add(hop(branch, s, r, p).end());
                }
            } catch (Walk.TooLong e) {
                out.add(branch.abort(AbortCause.TRACE_TOO_LONG).end());
            }
        }
        return out;
    }

    /**
     * The winning routes of {@code network} for the packet, in table order; empty when the packet drops before
     * selection (a private-services-access range of another network) or nothing matches. For a drop, records the
     * APPLY_ROUTE step on {@code networks/NAME} that decides it.
     */
    private List<RouteEntry> decide(Walk walk, Source s, String network, Packet p) {
        List<RouteEntry> chosen = psaOfAnotherNetwork(network, p.destination()) ? List.of()
                : select(design.routes(network), network.equals(s.network()) ? s.tags() : List.of(), p.destination());
        if (chosen.isEmpty()) {
            walk.step(StepState.APPLY_ROUTE, "networks/" + network);
        }
        return chosen;
    }

    private DropCause noRouteCause(String network, Packet p) {
        return psaOfAnotherNetwork(network, p.destination()) ? DropCause.GOOGLE_MANAGED_SERVICE_NO_PEERING
                : DropCause.NO_ROUTE;
    }

    /** A destination inside a private-services-access range of another network and of none of this one. */
    private boolean psaOfAnotherNetwork(String network, long destination) {
        boolean own = false;
        boolean other = false;
        for (Network n : design.networks()) {
            for (PrivateServiceRange psa : n.privateServiceAccess()) {
                if (psa.range().contains(destination)) {
                    own |= n.name().equals(network);
                    other |= !n.name().equals(network);
                }
            }
        }
        return other && !own;
    }

    /**
     * The routes that win: among candidates holding the destination (a tagged route only for a source with one of
     * its tags), subnet routes beat every other route; then the most specific; then the lowest priority number;
     * what remains ties (ECMP), in table order.
     */
    static List<RouteEntry> select(List<RouteEntry> table, List<String> sourceTags, long destination) {
        List<RouteEntry> candidates = new ArrayList<>();
        boolean subnetRoute = false;
        for (RouteEntry r : table) {
            if (r.destRange().contains(destination) && (r.tags().isEmpty() || intersects(r.tags(), sourceTags))) {
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

    private static boolean isPeeringHop(RouteEntry r) {
        return r.nextHop() instanceof NextHop.Peering;
    }

    /** Applies the route and follows its next hop. */
    private Verdict hop(Walk walk, Source s, RouteEntry r, Packet p) {
        walk.step(StepState.APPLY_ROUTE, r.resource());
        NextHop hop = r.nextHop();
        if (hop instanceof NextHop.Network) {
            return arrival.inNetwork(walk, s, r.network(), p);
        }
        if (hop instanceof NextHop.Peering peer) {
            return routeFirst(walk, s, peer.peerNetwork(), p);
        }
        if (hop instanceof NextHop.Gateway) {
            return arrival.internetGateway(walk, s, r.network(), p);
        }
        if (hop instanceof NextHop.VpnTunnel t) {
            walk.step(StepState.ARRIVE_AT_VPN_TUNNEL, "vpnTunnels/" + t.tunnel());
            return walk.forward(ForwardTarget.VPN_GATEWAY);
        }
        if (hop instanceof NextHop.Instance i) {
            return arrival.appliance(walk, s, design.endpoint(i.endpoint()), p);
        }
        if (hop instanceof NextHop.Ip ip) {
            return arrival.appliance(walk, s, arrival.vmHolding(r.network(), ip.address().value()), p);
        }
        throw new IllegalStateException("unknown next hop " + hop);
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
