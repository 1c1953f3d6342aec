package dev.vpcsim.addressing;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An immutable map from {@code long} keys to {@code int} values (0 or more), looked up without allocating: an
 * open-addressing hash table with linear probing, at most half full. When a key is added several times the first
 * value added wins. (A hash probe costs a few predictable branches where a binary search over thousands of keys
 * mispredicts about half of its dozen comparisons.)
 */
public final class LongIndex implements Serializable {
    private static final long serialVersionUID = 2L;
    private static final LongIndex EMPTY = new LongIndex(new long[1], new int[] {-1}, 0);

    private final long[] keys;
    /** -1 marks an empty slot. */
    private final int[] values;
    private final int mask;
    private final int size;

    private LongIndex(long[] keys, int[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
        this.size = size;
    }

    public static LongIndex empty() {
        return EMPTY;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The value of the key, or -1. */
    public int get(long key) {
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            int v = values[s];
            if (v < 0 || keys[s] == key) {
                return v;
            }
        }
    }

    /** Number of distinct keys. */
    public int size() {
        return size;
    }

    /** Collects pairs; {@link #build()} keeps the first value of each key. */
    public static final class Builder {
        private long[] keys = new long[16];
        private int[] values = new int[16];
        private int n;

        /** Adds a pair; values must not be negative. */
        public Builder put(long key, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative value " + value);
            }
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
            int capacity = Integer.highestOneBit(Math.max(1, n) * 2 - 1) << 1;
            long[] k = new long[capacity];
            int[] v = new int[capacity];
            Arrays.fill(v, -1);
            int mask = capacity - 1;
            int size = 0;
            for (int i = 0; i < n; i++) {
                int s = slot(keys[i], mask);
                while (v[s] >= 0 && k[s] != keys[i]) {
                    s = (s + 1) & mask;
                }
                if (v[s] < 0) {
                    k[s] = keys[i];
                    v[s] = values[i];
                    size++;
                }
            }
            return new LongIndex(k, v, size);
        }
    }
}
