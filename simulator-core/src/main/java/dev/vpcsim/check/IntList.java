package dev.vpcsim.check;

import java.util.Arrays;

/** A growable list of ints, ascending when filled in ascending order (as the rule indexes of the shadow index are). */
final class IntList {
    private int[] items = new int[4];
    private int size;

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return items[i];
    }

    /** How many items are below {@code limit}, for an ascending list. */
    int countBelow(int limit) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items[mid] < limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
