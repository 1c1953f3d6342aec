package dev.vpcsim.routing;

import dev.vpcsim.addressing.LongIndex;
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
 * Each tier keeps, per prefix length, a hash index of network addresses; a lookup is one probe per prefix length
 * present, from the longest down. Immutable.
 */
public final class RouteTable {
    private static final int[] NONE = new int[0];

    private final RouteEntry[] entries;
    private final Tier subnet;
    private final Tier other;

    public RouteTable(List<RouteEntry> candidates) {
        this.entries = candidates.toArray(new RouteEntry[0]);
        List<Integer> s = new ArrayList<>();
        List<Integer> o = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            (entries[i].kind().isSubnetRoute() ? s : o).add(i);
        }
        this.subnet = new Tier(entries, s);
        this.other = new Tier(entries, o);
    }

    /**
     * The winning routes for a destination: empty when none (NO_ROUTE), one, or several equal-cost ones in
     * design order.
     *
     * @param destination destination address
     * @param sourceTags  network tags of the source (empty when the source is not an instance of this network)
     */
    public RouteEntry[] select(long destination, List<String> sourceTags) {
        int[] won = selectPositions(destination, sourceTags);
        RouteEntry[] out = new RouteEntry[won.length];
        for (int i = 0; i < won.length; i++) {
            out[i] = entries[won[i]];
        }
        return out;
    }

    /**
     * As {@link #select}, as positions in the candidate list the table was built from ({@link #entry}), without
     * allocating for untagged routes. The returned array must not be modified.
     */
    public int[] selectPositions(long destination, List<String> sourceTags) {
        int[] s = subnet.select(destination, sourceTags);
        return s.length > 0 ? s : other.select(destination, sourceTags);
    }

    /** The candidate at a position of the list the table was built from. */
    public RouteEntry entry(int position) {
        return entries[position];
    }

    /** How many candidates the table was built from. */
    public int size() {
        return entries.length;
    }

    /** Every candidate holding the destination, whatever its tags, most specific first (for explanations). */
    public List<RouteEntry> holding(long destination) {
        List<RouteEntry> out = new ArrayList<>();
        subnet.holding(destination, out);
        other.holding(destination, out);
        return out;
    }

    /**
     * One tier: per prefix length present, the network addresses of its groups of routes, in one hash index keyed by
     * (length position, network address) to a group number.
     */
    private static final class Tier {
        private final int[] lengths;
        private final LongIndex keys;
        private final Group[] groups;
        /** Per group: its winners when none of its routes is tagged (they do not depend on the source); else null. */
        private final int[][] untagged;

        Tier(RouteEntry[] entries, List<Integer> routes) {
            List<Integer> present = new ArrayList<>();
            for (int len = 32; len >= 0; len--) {
                final int l = len;
                if (routes.stream().anyMatch(r -> entries[r].destRange().prefixLength() == l)) {
                    present.add(len);
                }
            }
            lengths = present.stream().mapToInt(Integer::intValue).toArray();
            LongIndex.Builder index = new LongIndex.Builder();
            List<Group> all = new ArrayList<>();
            for (int i = 0; i < lengths.length; i++) {
                final int l = lengths[i];
                List<Integer> atLength = routes.stream().filter(r -> entries[r].destRange().prefixLength() == l)
                        .toList();
                List<Long> k = atLength.stream().map(r -> entries[r].destRange().first()).distinct().sorted().toList();
                for (long first : k) {
                    index.put(key(i, first), all.size());
                    all.add(new Group(entries, atLength.stream()
                            .filter(r -> entries[r].destRange().first() == first).mapToInt(Integer::intValue).toArray()));
                }
            }
            keys = index.build();
            groups = all.toArray(new Group[0]);
            untagged = new int[groups.length][];
            for (int g = 0; g < groups.length; g++) {
                untagged[g] = groups[g].tagged ? null : groups[g].untaggedBest;
            }
        }

        private static long key(int lengthPosition, long network) {
            return (long) lengthPosition << 32 | network;
        }

        int[] select(long destination, List<String> sourceTags) {
            for (int i = 0; i < lengths.length; i++) {
                int len = lengths[i];
                long masked = len == 0 ? 0 : destination & (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL;
                int g = keys.get(key(i, masked));
                if (g >= 0) {
                    int[] won = untagged[g] != null ? untagged[g] : groups[g].select(sourceTags);
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
                int g = keys.get(key(i, masked));
                if (g >= 0) {
                    for (int r : groups[g].members) {
                        out.add(groups[g].entries[r]);
                    }
                }
            }
        }
    }

    /** Routes with the same destination range, as positions in design order. */
    private static final class Group {
        private final RouteEntry[] entries;
        private final int[] members;
        private final boolean tagged;
        private final int[] untaggedBest;

        Group(RouteEntry[] entries, int[] members) {
            this.entries = entries;
            this.members = members;
            boolean anyTags = false;
            for (int r : members) {
                anyTags |= !entries[r].tags().isEmpty();
            }
            this.tagged = anyTags;
            this.untaggedBest = tagged ? null : best(List.of());
        }

        int[] select(List<String> sourceTags) {
            return tagged ? best(sourceTags) : untaggedBest;
        }

        private int[] best(List<String> sourceTags) {
            int min = Integer.MAX_VALUE;
            int count = 0;
            for (int r : members) {
                if (!applies(entries[r], sourceTags)) {
                    continue;
                }
                if (entries[r].priority() < min) {
                    min = entries[r].priority();
                    count = 1;
                } else if (entries[r].priority() == min) {
                    count++;
                }
            }
            if (count == 0) {
                return NONE;
            }
            int[] out = new int[count];
            int k = 0;
            for (int r : members) {
                if (entries[r].priority() == min && applies(entries[r], sourceTags)) {
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
