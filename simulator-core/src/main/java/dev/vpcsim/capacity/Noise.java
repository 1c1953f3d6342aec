package dev.vpcsim.capacity;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.FastMath;

/**
 * Multiplicative noise of one signal in one Monte Carlo run: a lognormal factor with mean 1 and the
 * signal's coefficient of variation cv (sigma^2 = ln(1 + cv^2), mu = -sigma^2 / 2), drawn independently for
 * every noise interval and held within it (ASSUMPTION, docs/capacity.md: traffic wanders minute by minute;
 * holding the factor over an interval keeps the results from depending on the step). Lognormal rather than a
 * clamped normal: never negative, and its mean and cv are exactly the ones asked for.
 * <p>
 * Each instance owns its generator (Commons Math {@link Well19937c}), seeded from a per-(run, signal) seed,
 * so runs are independent and reproducible whatever thread runs them.
 */
final class Noise {
    private final RandomGenerator random;
    private final double mu;
    private final double sigma;
    private final long intervalSeconds;
    private final long stepSeconds;
    private long interval = -1;
    private int nextChangeStep;
    private double factor = 1;

    Noise(long seed, double cv, long intervalSeconds, long stepSeconds) {
        if (!(cv > 0) || intervalSeconds < 1 || stepSeconds < 1) {
            throw new IllegalArgumentException("noise needs cv > 0 and positive interval and step");
        }
        this.random = new Well19937c(seed);
        double variance = FastMath.log1p(cv * cv);
        this.sigma = FastMath.sqrt(variance);
        this.mu = -variance / 2;
        this.intervalSeconds = intervalSeconds;
        this.stepSeconds = stepSeconds;
    }

    /** Multiplies {@code values[0..len)} (steps firstStep..) by the factors of their intervals. */
    void apply(double[] values, int firstStep, int len) {
        int pos = 0;
        while (pos < len) {
            int step = firstStep + pos;
            if (interval < 0 || step >= nextChangeStep) {
                advanceTo(step);
            }
            int end = Math.min(len, nextChangeStep - firstStep);
            for (int i = pos; i < end; i++) {
                values[i] *= factor;
            }
            pos = end;
        }
    }

    private void advanceTo(int step) {
        long target = (long) step * stepSeconds / intervalSeconds;
        while (interval < target) {
            interval++;
            factor = FastMath.exp(mu + sigma * random.nextGaussian());
        }
        long nextStart = (interval + 1) * intervalSeconds;
        nextChangeStep = (int) Math.min(Integer.MAX_VALUE, (nextStart + stepSeconds - 1) / stepSeconds);
    }
}
