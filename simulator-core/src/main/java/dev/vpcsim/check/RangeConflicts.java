package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.PeeringGraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs of overlapping ranges that one routing table would hold at once, found once for the three overlap
 * checks (subnet-overlap, peering-overlap, connector-range-overlap). Two ranges conflict when they overlap and
 * <ul>
 *   <li>they are in the same network; or</li>
 *   <li>their networks are actively peered and not both are private-services-access ranges: network A holds
 *       its own allocation (as routes of its producer network, itself a peer of A) next to B's subnet routes,
 *       while B never learns A's allocation [PEER]; or</li>
 *   <li>both networks are active peers of a third network that would import both, and neither is a
 *       private-services-access range (peering is not transitive, so producer routes never travel on) [PEER].</li>
 * </ul>
 * Each pair is reported once, in the order of {@link NamedRange#all}.
 */
final class RangeConflicts {

    /**
     * Two conflicting ranges.
     *
     * @param first  the range listed first
     * @param second the other
     * @param via    for ranges of two networks that are not peered with each other, the network peered with both
     */
    record Conflict(NamedRange first, NamedRange second, Optional<String> via) {
        boolean sameNetwork() {
            return first.network().equals(second.network());
        }

        boolean involvesConnector() {
            return first.kind() == NamedRange.Kind.CONNECTOR || second.kind() == NamedRange.Kind.CONNECTOR;
        }
    }

    private RangeConflicts() {
    }

    static List<Conflict> of(Design design) {
        List<NamedRange> all = NamedRange.all(design);
        PeeringGraph peering = design.peeringGraph();
        Map<String, String> viaNetwork = commonPeers(design);
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                NamedRange a = all.get(i);
                NamedRange b = all.get(j);
                if (!a.range().overlaps(b.range())) {
                    continue;
                }
                if (a.network().equals(b.network())) {
                    out.add(new Conflict(a, b, Optional.empty()));
                } else if (peering.arePeered(a.network(), b.network())) {
                    if (!(a.isPrivateServiceAccess() && b.isPrivateServiceAccess())) {
                        out.add(new Conflict(a, b, Optional.empty()));
                    }
                } else if (viaNetwork.containsKey(key(a.network(), b.network()))
                        && !a.isPrivateServiceAccess() && !b.isPrivateServiceAccess()) {
                    out.add(new Conflict(a, b, Optional.of(viaNetwork.get(key(a.network(), b.network())))));
                }
            }
        }
        return out;
    }

    /** Unpeered network pairs that are both active peers of a third network (the first such network, file order). */
    private static Map<String, String> commonPeers(Design design) {
        Map<String, String> out = new LinkedHashMap<>();
        PeeringGraph graph = design.peeringGraph();
        for (Network a : design.networks()) {
            for (Network b : design.networks()) {
                if (a.name().compareTo(b.name()) < 0) {
                    graph.commonPeer(a.name(), b.name()).ifPresent(z -> out.put(key(a.name(), b.name()), z));
                }
            }
        }
        return out;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
