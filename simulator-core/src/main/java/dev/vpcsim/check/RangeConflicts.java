package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Peering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        Set<String> direct = directPairs(design);
        Map<String, String> viaNetwork = commonPeers(design, direct);
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
                } else if (direct.contains(key(a.network(), b.network()))) {
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

    private static Set<String> directPairs(Design design) {
        Set<String> out = new HashSet<>();
        for (Network n : design.networks()) {
            for (Peering p : design.activePeerings(n.name())) {
                out.add(key(n.name(), p.peerNetwork()));
            }
        }
        return out;
    }

    /** Unpeered network pairs that are both active peers of a third network (the first such network, file order). */
    private static Map<String, String> commonPeers(Design design, Set<String> direct) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Network z : design.networks()) {
            List<Peering> peers = design.activePeerings(z.name());
            for (int i = 0; i < peers.size(); i++) {
                for (int j = i + 1; j < peers.size(); j++) {
                    String k = key(peers.get(i).peerNetwork(), peers.get(j).peerNetwork());
                    if (!direct.contains(k) && !peers.get(i).peerNetwork().equals(peers.get(j).peerNetwork())) {
                        out.putIfAbsent(k, z.name());
                    }
                }
            }
        }
        return out;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
