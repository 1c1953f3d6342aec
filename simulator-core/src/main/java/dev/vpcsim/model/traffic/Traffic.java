package dev.vpcsim.model.traffic;

import java.io.Serializable;
import java.util.List;

/**
 * The traffic of a capacity run.
 *
 * @param durationSeconds length of the run
 * @param stepSeconds     time step
 * @param profiles        per-workload traffic
 * @param rollouts        revision take-overs
 * @param jobs            job executions
 */
public record Traffic(long durationSeconds, long stepSeconds, List<Profile> profiles, List<Rollout> rollouts,
                      List<JobRun> jobs) implements Serializable {
    public static final long DEFAULT_DURATION_SECONDS = 86_400;
    public static final long DEFAULT_STEP_SECONDS = 1;

    public Traffic {
        if (durationSeconds < 1 || stepSeconds < 1) {
            throw new IllegalArgumentException("duration and step must be positive");
        }
        profiles = List.copyOf(profiles);
        rollouts = List.copyOf(rollouts);
        jobs = List.copyOf(jobs);
    }
}
