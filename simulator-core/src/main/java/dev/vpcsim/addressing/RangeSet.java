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

    /**
     * True when an interval holds the address: the last interval starting at or below it (a binary search written
     * without data-dependent branches, which the JIT turns into conditional moves) must end at or above it.
     */
    public boolean contains(long ip) {
        int n = firsts.length;
        if (n == 0 || ip < firsts[0]) {
            return false;
        }
        int base = 0;
        while (n > 1) {
            int half = n >>> 1;
            base = firsts[base + half] <= ip ? base + half : base;
            n -= half;
        }
        return ip <= lasts[base];
    }

    /** Number of merged intervals. */
    public int intervals() {
        return firsts.length;
    }
}
