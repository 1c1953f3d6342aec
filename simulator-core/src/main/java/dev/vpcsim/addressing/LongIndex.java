package dev.vpcsim.addressing;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An immutable map from {@code long} keys to {@code int} values as a sorted array, looked up by binary search
 * without allocating. When a key is added several times the first value added wins.
 */
public final class LongIndex implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final LongIndex EMPTY = new LongIndex(new long[0], new int[0]);

    private final long[] keys;
    private final int[] values;

    private LongIndex(long[] keys, int[] values) {
        this.keys = keys;
        this.values = values;
    }

    public static LongIndex empty() {
        return EMPTY;
    }

    /** The value of the key, or -1. */
    public int get(long key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? values[i] : -1;
    }

    public int size() {
        return keys.length;
    }

    /** Collects pairs; {@link #build()} keeps the first value of each key. */
    public static final class Builder {
        private long[] keys = new long[16];
        private int[] values = new int[16];
        private int n;

        public Builder put(long key, int value) {
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            keys[n] = key;
            values[n] = value;
            n++;
            return this;
        }

        public LongIndex build() {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // stable sort by key keeps insertion order among equal keys: the first added comes first
            Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
            long[] k = new long[n];
            int[] v = new int[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                long key = keys[order[i]];
                if (m > 0 && k[m - 1] == key) {
                    continue;
                }
                k[m] = key;
                v[m] = values[order[i]];
                m++;
            }
            return new LongIndex(Arrays.copyOf(k, m), Arrays.copyOf(v, m));
        }
    }
}
