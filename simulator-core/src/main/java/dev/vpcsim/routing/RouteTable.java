package dev.vpcsim.routing;

import dev.vpcsim.model.RouteEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate routes of one network, indexed for selection (semantics.md section 4):
 * <ol>
 *   <li>subnet routes (local and peered) come first: when one holds the destination, the most specific of
 *       them wins and no static, default or imported route can override it;</li>
 *   <li>otherwise the most specific applicable route wins; a tagged route applies only to sources carrying
 *       one of its tags;</li>
 *   <li>among equally specific routes the lowest priority number wins; remaining ties are equal-cost (ECMP),
 *       returned in {@code Design.routes} order.</li>
 * </ol>
 * Each tier keeps, per prefix length, a sorted array of network addresses; a lookup is one binary search per
 * prefix length present, from the longest down. Immutable.
 */
public final class RouteTable {
    private static final RouteEntry[] NONE = new RouteEntry[0];

    private final Tier subnet;
    private final Tier other;

    public RouteTable(List<RouteEntry> candidates) {
        List<RouteEntry> s = new ArrayList<>();
        List<RouteEntry> o = new ArrayList<>();
        for (RouteEntry r : candidates) {
            (r.kind().isSubnetRoute() ? s : o).add(r);
        }
        this.subnet = new Tier(s);
        this.other = new Tier(o);
    }

    /**
     * The winning routes for a destination: empty when none (NO_ROUTE), one, or several equal-cost ones in
     * design order. The returned array must not be modified.
     *
     * @param destination destination address
     * @param sourceTags  network tags of the source (empty when the source is not an instance of this network)
     */
    public RouteEntry[] select(long destination, List<String> sourceTags) {
        RouteEntry[] s = subnet.select(destination, sourceTags);
        return s.length > 0 ? s : other.select(destination, sourceTags);
    }

    /** Every candidate holding the destination, whatever its tags, most specific first (for explanations). */
    public List<RouteEntry> holding(long destination) {
        List<RouteEntry> out = new ArrayList<>();
        subnet.holding(destination, out);
        other.holding(destination, out);
        return out;
    }

    /** One tier: per prefix length, sorted network addresses and their groups of routes. */
    private static final class Tier {
        private final int[] lengths;
        private final long[][] keys;
        private final Group[][] groups;

        Tier(List<RouteEntry> routes) {
            List<Integer> present = new ArrayList<>();
            for (int len = 32; len >= 0; len--) {
                final int l = len;
                if (routes.stream().anyMatch(r -> r.destRange().prefixLength() == l)) {
                    present.add(len);
                }
            }
            lengths = present.stream().mapToInt(Integer::intValue).toArray();
            keys = new long[lengths.length][];
            groups = new Group[lengths.length][];
            for (int i = 0; i < lengths.length; i++) {
                final int l = lengths[i];
                List<RouteEntry> atLength = routes.stream().filter(r -> r.destRange().prefixLength() == l).toList();
                List<Long> k = atLength.stream().map(r -> r.destRange().first()).distinct().sorted().toList();
                keys[i] = k.stream().mapToLong(Long::longValue).toArray();
                groups[i] = new Group[k.size()];
                for (int j = 0; j < k.size(); j++) {
                    long first = k.get(j);
                    groups[i][j] = new Group(atLength.stream().filter(r -> r.destRange().first() == first).toList());
                }
            }
        }

        RouteEntry[] select(long destination, List<String> sourceTags) {
            for (int i = 0; i < lengths.length; i++) {
                int len = lengths[i];
                long masked = len == 0 ? 0 : destination & (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL;
                int j = java.util.Arrays.binarySearch(keys[i], masked);
                if (j >= 0) {
                    RouteEntry[] won = groups[i][j].select(sourceTags);
                    if (won.length > 0) {
                        return won;
                    }
                }
            }
            return NONE;
        }

        void holding(long destination, List<RouteEntry> out) {
            for (int i = 0; i < lengths.length; i++) {
                int len = lengths[i];
                long masked = len == 0 ? 0 : destination & (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL;
                int j = java.util.Arrays.binarySearch(keys[i], masked);
                if (j >= 0) {
                    out.addAll(groups[i][j].routes);
                }
            }
        }
    }

    /** Routes with the same destination range, in design order. */
    private static final class Group {
        private final List<RouteEntry> routes;
        private final boolean tagged;
        private final RouteEntry[] untaggedBest;

        Group(List<RouteEntry> routes) {
            this.routes = routes;
            this.tagged = routes.stream().anyMatch(r -> !r.tags().isEmpty());
            this.untaggedBest = tagged ? null : best(routes, List.of());
        }

        RouteEntry[] select(List<String> sourceTags) {
            return tagged ? best(routes, sourceTags) : untaggedBest;
        }

        private static RouteEntry[] best(List<RouteEntry> routes, List<String> sourceTags) {
            int min = Integer.MAX_VALUE;
            int count = 0;
            for (RouteEntry r : routes) {
                if (!applies(r, sourceTags)) {
                    continue;
                }
                if (r.priority() < min) {
                    min = r.priority();
                    count = 1;
                } else if (r.priority() == min) {
                    count++;
                }
            }
            if (count == 0) {
                return NONE;
            }
            RouteEntry[] out = new RouteEntry[count];
            int k = 0;
            for (RouteEntry r : routes) {
                if (r.priority() == min && applies(r, sourceTags)) {
                    out[k++] = r;
                }
            }
            return out;
        }

        private static boolean applies(RouteEntry r, List<String> sourceTags) {
            if (r.tags().isEmpty()) {
                return true;
            }
            for (String t : r.tags()) {
                if (sourceTags.contains(t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
