package dev.vpcsim.check;

/** A Fenwick (binary indexed) tree of counts over positions 0..size-1: point updates and range sums in O(log n). */
final class Fenwick {
    private final int[] tree;

    Fenwick(int size) {
        tree = new int[size + 1];
    }

    void add(int position, int delta) {
        for (int i = position + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    /** The sum over positions {@code from..to} inclusive (0 when empty). */
    int sum(int from, int to) {
        return to < from ? 0 : prefix(to + 1) - prefix(from);
    }

    /** The sum over every position. */
    int total() {
        return prefix(tree.length - 1);
    }

    private int prefix(int count) {
        int s = 0;
        for (int i = count; i > 0; i -= i & -i) {
            s += tree[i];
        }
        return s;
    }
}
