package dev.vpcsim.addressing;

import dev.vpcsim.model.Cidr;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** An immutable union of IPv4 ranges as sorted, merged intervals; membership by binary search. */
public final class RangeSet implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long[] firsts;
    private final long[] lasts;

    private RangeSet(long[] firsts, long[] lasts) {
        this.firsts = firsts;
        this.lasts = lasts;
    }

    /** The union of the given ranges. */
    public static RangeSet of(Collection<Cidr> ranges) {
        List<Cidr> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Long.compare(a.first(), b.first()));
        List<long[]> merged = new ArrayList<>();
        for (Cidr c : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && c.first() <= last[1] + 1) {
                last[1] = Math.max(last[1], c.last());
            } else {
                merged.add(new long[] {c.first(), c.last()});
            }
        }
        long[] f = new long[merged.size()];
        long[] l = new long[merged.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = merged.get(i)[0];
            l[i] = merged.get(i)[1];
        }
        return new RangeSet(f, l);
    }

    public boolean contains(long ip) {
        int lo = 0;
        int hi = firsts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (firsts[mid] > ip) {
                hi = mid - 1;
            } else if (lasts[mid] < ip) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Number of merged intervals. */
    public int intervals() {
        return firsts.length;
    }
}
