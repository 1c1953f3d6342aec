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
    private static final LongIndex EMPTY = new LongIndex(new long[] {0, -1}, 0);

    /** Slot {@code s} is the key at {@code 2s} and its value at {@code 2s + 1} (one cache line); value -1: empty. */
    private final long[] table;
    private final int mask;
    private final int size;

    private LongIndex(long[] table, int size) {
        this.table = table;
        this.mask = table.length / 2 - 1;
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
        long[] t = table;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            long v = t[2 * s + 1];
            if (v < 0 || t[2 * s] == key) {
                return (int) v;
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
            long[] t = new long[2 * capacity];
            for (int s = 0; s < capacity; s++) {
                t[2 * s + 1] = -1;
            }
            int mask = capacity - 1;
            int size = 0;
            for (int i = 0; i < n; i++) {
                int s = slot(keys[i], mask);
                while (t[2 * s + 1] >= 0 && t[2 * s] != keys[i]) {
                    s = (s + 1) & mask;
                }
                if (t[2 * s + 1] < 0) {
                    t[2 * s] = keys[i];
                    t[2 * s + 1] = values[i];
                    size++;
                }
            }
            return new LongIndex(t, size);
        }
    }
}
