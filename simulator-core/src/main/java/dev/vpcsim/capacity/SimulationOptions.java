package dev.vpcsim.capacity;

import dev.vpcsim.model.Design;
import dev.vpcsim.model.traffic.Traffic;

import java.io.Serializable;

/**
 * How to run a simulation.
 *
 * @param durationSeconds      simulated time (default: the traffic's {@code duration}, else 24 h)
 * @param stepSeconds          time step (default: the traffic's {@code step}, else 1 s)
 * @param runs                 Monte Carlo runs: 1 (default) runs the traffic as written, without noise;
 *                             N > 1 adds N noisy runs to that baseline
 * @param seed                 seed of the noise (default 1); the same seed gives the same result
 * @param noiseIntervalSeconds how long one noise factor holds (default 60 s)
 * @param maxSeriesPoints      most points per time series (default 10,000)
 */
public record SimulationOptions(long durationSeconds, long stepSeconds, int runs, long seed,
                                long noiseIntervalSeconds, int maxSeriesPoints) implements Serializable {
    public static final int DEFAULT_RUNS = 1;
    public static final long DEFAULT_SEED = 1;
    public static final long DEFAULT_NOISE_INTERVAL_SECONDS = 60;
    public static final int DEFAULT_MAX_SERIES_POINTS = 10_000;
    /** The most steps a run may have. */
    public static final long MAX_STEPS = 100_000_000;

    public SimulationOptions {
        if (durationSeconds < 1 || stepSeconds < 1) {
            throw new IllegalArgumentException("duration and step must be positive");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
        if (noiseIntervalSeconds < 1 || maxSeriesPoints < 1) {
            throw new IllegalArgumentException("noise interval and series points must be positive");
        }
        if ((durationSeconds + stepSeconds - 1) / stepSeconds > MAX_STEPS) {
            throw new IllegalArgumentException("more than " + MAX_STEPS + " steps: use a longer step");
        }
    }

    /** The defaults of a traffic section. */
    public static SimulationOptions of(Traffic traffic) {
        return new SimulationOptions(traffic.durationSeconds(), traffic.stepSeconds(), DEFAULT_RUNS, DEFAULT_SEED,
                DEFAULT_NOISE_INTERVAL_SECONDS, DEFAULT_MAX_SERIES_POINTS);
    }

    /** The defaults of a design: its traffic's, else 24 h at 1 s steps. */
    public static SimulationOptions of(Design design) {
        return design.scenario().traffic().map(SimulationOptions::of)
                .orElseGet(() -> new SimulationOptions(Traffic.DEFAULT_DURATION_SECONDS, Traffic.DEFAULT_STEP_SECONDS,
                        DEFAULT_RUNS, DEFAULT_SEED, DEFAULT_NOISE_INTERVAL_SECONDS, DEFAULT_MAX_SERIES_POINTS));
    }

    public SimulationOptions withDurationSeconds(long seconds) {
        return new SimulationOptions(seconds, stepSeconds, runs, seed, noiseIntervalSeconds, maxSeriesPoints);
    }

    public SimulationOptions withStepSeconds(long seconds) {
        return new SimulationOptions(durationSeconds, seconds, runs, seed, noiseIntervalSeconds, maxSeriesPoints);
    }

    public SimulationOptions withRuns(int n) {
        return new SimulationOptions(durationSeconds, stepSeconds, n, seed, noiseIntervalSeconds, maxSeriesPoints);
    }

    public SimulationOptions withSeed(long s) {
        return new SimulationOptions(durationSeconds, stepSeconds, runs, s, noiseIntervalSeconds, maxSeriesPoints);
    }

    public SimulationOptions withNoiseIntervalSeconds(long seconds) {
        return new SimulationOptions(durationSeconds, stepSeconds, runs, seed, seconds, maxSeriesPoints);
    }

    public SimulationOptions withMaxSeriesPoints(int points) {
        return new SimulationOptions(durationSeconds, stepSeconds, runs, seed, noiseIntervalSeconds, points);
    }

    /** Number of steps: ceil(duration / step). */
    public int steps() {
        return (int) ((durationSeconds + stepSeconds - 1) / stepSeconds);
    }

    /** Length of the last step (shorter when the step does not divide the duration). */
    public long lastStepSeconds() {
        return durationSeconds - (long) (steps() - 1) * stepSeconds;
    }
}
