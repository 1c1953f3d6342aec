package dev.vpcsim.check;

import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.PortRange;
import dev.vpcsim.model.Protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The user rules of one network and one direction (most precedent first) bucketed by protocol and port, so that
 * the rules that may match a port, or a port set, are found without scanning every rule: tcp and udp single
 * ports in a map, port ranges in blocks of {@value #BLOCK_PORTS} ports, rules matching every port (or a range
 * wider than {@value #WIDE_BLOCKS} blocks) in a list of their own, and the icmp rules. Bucket lists hold rule
 * indexes ascending, so "rules above index {@code limit}" is a prefix.
 */
final class ShadowIndex {
    private static final int BLOCK_BITS = 8;
    private static final int BLOCK_PORTS = 1 << BLOCK_BITS;
    private static final int BLOCKS = (ShadowSpace.LAST_PORT + 1) >> BLOCK_BITS;
    private static final int WIDE_BLOCKS = 16;

    private final List<FirewallRule> rules;
    /** Single-port rules by protocol index (tcp 0, udp 1) and port: key {@code p << 16 | port}. */
    private final Map<Integer, IntList> singles = new HashMap<>();
    private final IntList[][] singlesByBlock = new IntList[2][BLOCKS];
    private final IntList[][] ranges = new IntList[2][BLOCKS];
    private final IntList[] wide = {new IntList(), new IntList()};
    private final IntList icmp = new IntList();
    private final int[] seen;
    private int query;

    /** @param rules the enabled user rules of one network and direction, in precedence order */
    ShadowIndex(List<FirewallRule> rules) {
        this.rules = List.copyOf(rules);
        this.seen = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            add(i, rules.get(i));
        }
    }

    private void add(int i, FirewallRule r) {
        for (int p = 0; p < 2; p++) {
            for (PortRange range : ShadowSpace.ports(r, ShadowSpace.PORT_PROTOCOLS.get(p))) {
                int fromBlock = range.from() >> BLOCK_BITS;
                int toBlock = range.to() >> BLOCK_BITS;
                if (toBlock - fromBlock >= WIDE_BLOCKS) {
                    addOnce(wide[p], i);
                } else if (range.from() == range.to()) {
                    addOnce(singles.computeIfAbsent(p << 16 | range.from(), k -> new IntList()), i);
                    addOnce(bucket(singlesByBlock, p, fromBlock), i);
                } else {
                    for (int b = fromBlock; b <= toBlock; b++) {
                        addOnce(bucket(ranges, p, b), i);
                    }
                }
            }
        }
        if (ShadowSpace.icmp(r)) {
            icmp.add(i);
        }
    }

    private static IntList bucket(IntList[][] buckets, int p, int block) {
        if (buckets[p][block] == null) {
            buckets[p][block] = new IntList();
        }
        return buckets[p][block];
    }

    private static void addOnce(IntList list, int i) {
        if (list.size() == 0 || list.get(list.size() - 1) != i) {
            list.add(i);
        }
    }

    /** True when a rule with an index below {@code limit} covers the point. */
    boolean covered(ShadowSample s, int limit) {
        for (IntList list : lists(s)) {
            for (int k = 0; k < list.size() && list.get(k) < limit; k++) {
                if (s.coveredBy(rules.get(list.get(k)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The smallest index below {@code limit} of a rule that covers the point, or -1. */
    int firstCovering(ShadowSample s, int limit) {
        int best = -1;
        for (IntList list : lists(s)) {
            for (int k = 0; k < list.size() && list.get(k) < limit && (best < 0 || list.get(k) < best); k++) {
                if (s.coveredBy(rules.get(list.get(k)))) {
                    best = list.get(k);
                    break;
                }
            }
        }
        return best;
    }

    /** How many rules {@link #covered} may look at, an upper bound. */
    int cost(ShadowSample s, int limit) {
        int n = 0;
        for (IntList list : lists(s)) {
            n += list.countBelow(limit);
        }
        return n;
    }

    private List<IntList> lists(ShadowSample s) {
        if (s.protocol() == Protocol.ICMP) {
            return List.of(icmp);
        }
        int p = s.protocol() == Protocol.TCP ? 0 : 1;
        List<IntList> out = new ArrayList<>(3);
        IntList single = singles.get(p << 16 | s.port());
        if (single != null) {
            out.add(single);
        }
        IntList block = ranges[p][s.port() >> BLOCK_BITS];
        if (block != null) {
            out.add(block);
        }
        out.add(wide[p]);
        return out;
    }

    /**
     * Indexes below {@code limit}, ascending, of every rule whose ports or protocols may meet the rule's (a
     * superset: all of them when the rule matches every port of a protocol or a wide range).
     */
    int[] portCandidates(FirewallRule r, int limit) {
        query++;
        IntList out = new IntList();
        for (int p = 0; p < 2; p++) {
            List<PortRange> ports = ShadowSpace.ports(r, ShadowSpace.PORT_PROTOCOLS.get(p));
            for (PortRange range : ports) {
                int fromBlock = range.from() >> BLOCK_BITS;
                int toBlock = range.to() >> BLOCK_BITS;
                if (toBlock - fromBlock >= WIDE_BLOCKS) {
                    int[] all = new int[limit];
                    Arrays.setAll(all, i -> i);
                    return all;
                }
                for (int b = fromBlock; b <= toBlock; b++) {
                    collect(ranges[p][b], limit, out);
                    collect(singlesByBlock[p][b], limit, out);
                }
            }
            if (!ports.isEmpty()) {
                collect(wide[p], limit, out);
            }
        }
        if (ShadowSpace.icmp(r)) {
            collect(icmp, limit, out);
        }
        int[] result = new int[out.size()];
        Arrays.setAll(result, out::get);
        Arrays.sort(result);
        return result;
    }

    private void collect(IntList list, int limit, IntList out) {
        if (list == null) {
            return;
        }
        for (int k = 0; k < list.size() && list.get(k) < limit; k++) {
            int i = list.get(k);
            if (seen[i] != query) {
                seen[i] = query;
                out.add(i);
            }
        }
    }
}
