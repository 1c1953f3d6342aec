package dev.vpcsim.capacity;

import java.util.Arrays;

/** Nearest-rank percentiles: the value at rank ceil(p / 100 x N) of the sorted values (a value some run had). */
final class NearestRank {
    private NearestRank() {
    }

    static double of(double[] values, double percent) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(percent > 0) || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
    }
}
