package dev.vpcsim.capacity;

/** Rounding of reported values: 6 decimal places, so that floating error (1e-12) never shows in output. */
final class Round {
    private Round() {
    }

    static double of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= 1e12) {
            return value;
        }
        double r = Math.round(value * 1e6) / 1e6;
        return r == 0 ? 0.0 : r;
    }
}
