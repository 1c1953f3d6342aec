package dev.vpcsim.capacity;

import dev.vpcsim.exec.WorkUnit;
import dev.vpcsim.model.Design;

import java.util.Objects;

/**
 * One run as an independent work unit: the design, the options, the run index, whether it is noisy, its
 * seed, whether it records series. Deterministic: the same unit gives the same outcome on any thread.
 *
 * @param design  the design
 * @param options the options
 * @param index   run index (0: the baseline)
 * @param noisy   whether signals carry their noise
 * @param seed    the run's seed
 * @param record  whether to record time series
 */
record RunUnit(Design design, SimulationOptions options, int index, boolean noisy, long seed, boolean record)
        implements WorkUnit<RunOutcome> {
    RunUnit {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(options, "options");
    }

    @Override
    public RunOutcome run() {
        return RunEngine.run(SimulationPlan.compile(design, options), index, noisy, seed, record);
    }
}
