package dev.vpcsim.capacity;

import dev.vpcsim.capacity.report.SimulationResult;
import dev.vpcsim.exec.WorkExecutor;
import dev.vpcsim.exec.WorkUnit;
import dev.vpcsim.model.Design;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Capacity over time ({@code vpcsim simulate}): connector scaling, Direct VPC addresses and cost, for the
 * design's {@code traffic}.
 * <p>
 * Runs: run 0 is the baseline, the traffic as written without noise; its figures fill the report's
 * {@code connectors} and {@code subnets} and the time series. With {@code runs} N > 1, N Monte Carlo runs
 * (1..N) follow, each with every signal's multiplicative noise drawn from its own stream; their peaks give
 * the percentiles and probabilities (with N = 1 those describe the baseline). Run i's seed is the i-th
 * {@link SplittableRandom#split()} of a generator seeded with {@code seed}, drawn in order before any run
 * starts; each signal's stream is seeded from its run's seed in a fixed order. Every run is a
 * {@link WorkUnit}; the executor returns results in run order, so the output is the same whatever the
 * number of threads.
 */
public final class Simulation {

    /** Runs the simulation on one thread. */
    public SimulationResult run(Design design, SimulationOptions options) {
        return run(design, options, Sequential.INSTANCE, WorkExecutor.Progress.NONE);
    }

    /**
     * Runs the simulation.
     *
     * @param design   the design, with or without {@code traffic} (without: every workload at its floor)
     * @param options  duration, step, runs, seed
     * @param executor runs the runs (in parallel if it can)
     * @param progress told after each run (runs + 1 ticks when runs > 1, else 1)
     */
    public SimulationResult run(Design design, SimulationOptions options, WorkExecutor executor,
                                WorkExecutor.Progress progress) {
        List<RunUnit> units = units(design, options);
        List<RunOutcome> outcomes = executor.runAll(units, progress);
        RunOutcome baseline = outcomes.get(0);
        List<RunOutcome> monteCarlo = outcomes.size() > 1 ? outcomes.subList(1, outcomes.size()) : outcomes;
        SimulationPlan plan = SimulationPlan.compile(design, options);
        return new SimulationResult(new ReportBuilder(plan, baseline, monteCarlo).build(), baseline.series());
    }

    /** The work units of a simulation: the baseline, then the Monte Carlo runs. */
    static List<RunUnit> units(Design design, SimulationOptions options) {
        List<RunUnit> units = new ArrayList<>();
        units.add(new RunUnit(design, options, 0, false, 0, true));
        if (options.runs() > 1) {
            long[] seeds = runSeeds(options.seed(), options.runs());
            for (int i = 0; i < options.runs(); i++) {
                units.add(new RunUnit(design, options, i + 1, true, seeds[i], false));
            }
        }
        return units;
    }

    /** The seeds of Monte Carlo runs 1..n, derived in order from one seed. */
    static long[] runSeeds(long seed, int n) {
        SplittableRandom root = new SplittableRandom(seed);
        long[] seeds = new long[n];
        for (int i = 0; i < n; i++) {
            seeds[i] = root.split().nextLong();
        }
        return seeds;
    }

    /** Runs units one after the other on the calling thread. */
    private static final class Sequential implements WorkExecutor {
        static final Sequential INSTANCE = new Sequential();

        @Override
        public <R extends Serializable> List<R> runAll(List<? extends WorkUnit<R>> units, Progress progress) {
            List<R> out = new ArrayList<>(units.size());
            for (WorkUnit<R> u : units) {
                out.add(u.run());
                progress.unitDone();
            }
            return out;
        }

        @Override
        public int parallelism() {
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
