package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.FirewallRule.Direction;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.ProtocolPorts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The number of cells {@link ShadowAnalysis#coveringRules} cuts a rule's space into when given every rule that
 * outranks it, without cutting: the analysis gives up above {@link ShadowAnalysis#MAX_CELLS}, and the fast path
 * hands it fewer rules (fewer cuts, fewer cells), so it must give up exactly where the full analysis would.
 * A piece of a line starts at a cut point, so the pieces inside a set are the cut points inside it; the cut points
 * of the rules seen so far are counted in Fenwick trees. Rules are added in index order ({@link #cells}).
 */
final class ShadowCells {
    private final List<FirewallRule> rules;
    private final long[] addressPoints;
    private final int[] addressCount;
    private final Fenwick addressPresent;
    private final int[][] portCount = new int[2][ShadowSpace.LAST_PORT + 1];
    private final Fenwick[] portPresent = {
        new Fenwick(ShadowSpace.LAST_PORT + 1), new Fenwick(ShadowSpace.LAST_PORT + 1)};
    private int added;

    /** @param rules the enabled user rules of one network and direction, in precedence order */
    ShadowCells(List<FirewallRule> rules) {
        this.rules = List.copyOf(rules);
        TreeSet<Long> points = new TreeSet<>();
        points.add(0L);
        rules.forEach(r -> points.addAll(addressCuts(r)));
        addressPoints = points.stream().mapToLong(Long::longValue).toArray();
        addressCount = new int[addressPoints.length];
        addressPresent = new Fenwick(addressPoints.length);
        addressCount[0] = 1;
        addressPresent.add(0, 1);
        for (int p = 0; p < 2; p++) {
            portCount[p][0] = 1;
            portPresent[p].add(0, 1);
        }
    }

    /** The cell count of the analysis of rule {@code i} against the rules with indexes below {@code limit}. */
    long cells(int i, int limit) {
        while (added < limit) {
            add(rules.get(added++));
        }
        FirewallRule r = rules.get(i);
        long targets = r.targetsAllInstances() ? 1 : r.targetTags().size() + r.targetServiceAccounts().size();
        return targets * addressAtoms(r) * portCells(r);
    }

    private void add(FirewallRule h) {
        for (long point : addressCuts(h)) {
            int k = Arrays.binarySearch(addressPoints, point);
            if (addressCount[k]++ == 0) {
                addressPresent.add(k, 1);
            }
        }
        for (int p = 0; p < 2; p++) {
            for (int point : portCuts(h, ShadowSpace.PORT_PROTOCOLS.get(p))) {
                if (portCount[p][point]++ == 0) {
                    portPresent[p].add(point, 1);
                }
            }
        }
    }

    private long addressAtoms(FirewallRule r) {
        List<Long> own = new ArrayList<>();
        for (long point : addressCuts(r)) {
            if (addressCount[Arrays.binarySearch(addressPoints, point)] == 0 && !own.contains(point)) {
                own.add(point);
            }
        }
        long inRanges = 0;
        for (long[] range : merge(ShadowSpace.addressRanges(r).stream()
                .map(c -> new long[]{c.first(), c.last()}).toList())) {
            int lo = lowerBound(range[0]);
            int hi = lowerBound(range[1] + 1) - 1;
            inRanges += addressPresent.sum(lo, hi) + own.stream().filter(x -> x >= range[0] && x <= range[1]).count();
        }
        if (r.direction() == Direction.EGRESS) {
            return inRanges;
        }
        long all = addressPresent.total() + own.size();
        return inRanges + (long) (r.sourceTags().size() + r.sourceServiceAccounts().size()) * all;
    }

    private long portCells(FirewallRule r) {
        long n = ShadowSpace.icmp(r) ? 1 : 0;
        for (int p = 0; p < 2; p++) {
            Protocol protocol = ShadowSpace.PORT_PROTOCOLS.get(p);
            List<Integer> own = new ArrayList<>();
            for (int point : portCuts(r, protocol)) {
                if (portCount[p][point] == 0 && !own.contains(point)) {
                    own.add(point);
                }
            }
            for (long[] range : merge(ShadowSpace.ports(r, protocol).stream()
                    .map(x -> new long[]{x.from(), x.to()}).toList())) {
                n += portPresent[p].sum((int) range[0], (int) range[1])
                        + own.stream().filter(x -> x >= range[0] && x <= range[1]).count();
            }
        }
        return n;
    }

    private int lowerBound(long value) {
        int k = Arrays.binarySearch(addressPoints, value);
        return k >= 0 ? k : -k - 1;
    }

    /** The union of inclusive ranges as disjoint ranges, ascending. */
    private static List<long[]> merge(List<long[]> ranges) {
        List<long[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(x -> x[0]));
        List<long[]> out = new ArrayList<>();
        for (long[] r : sorted) {
            long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new long[]{r[0], r[1]});
            }
        }
        return out;
    }

    /** The cut points of the rule's address ranges, as the analysis cuts (inner boundaries only). */
    private static List<Long> addressCuts(FirewallRule r) {
        List<Long> out = new ArrayList<>();
        for (Cidr c : ShadowSpace.addressRanges(r)) {
            if (c.first() > 0) {
                out.add(c.first());
            }
            if (c.last() < ShadowSpace.LAST_ADDRESS) {
                out.add(c.last() + 1);
            }
        }
        return out;
    }

    /** The cut points of the port ranges the rule lists for the protocol, as the analysis cuts. */
    private static List<Integer> portCuts(FirewallRule r, Protocol protocol) {
        List<Integer> out = new ArrayList<>();
        for (ProtocolPorts spec : r.rules()) {
            if (spec.protocol() == protocol) {
                for (PortRange range : spec.ports()) {
                    if (range.from() > 0) {
                        out.add(range.from());
                    }
                    if (range.to() < ShadowSpace.LAST_PORT) {
                        out.add(range.to() + 1);
                    }
                }
            }
        }
        return out;
    }
}
