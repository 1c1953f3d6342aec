package dev.vpcsim.model.traffic;

import java.io.Serializable;
import java.util.Objects;

/**
 * One execution of a Cloud Run job.
 *
 * @param workload            job name
 * @param atSeconds           start
 * @param tasks               number of tasks
 * @param parallelism         tasks running at once
 * @param taskDurationSeconds run time of one task
 */
public record JobRun(String workload, long atSeconds, int tasks, int parallelism, long taskDurationSeconds)
        implements Serializable {
    public JobRun {
        Objects.requireNonNull(workload, "workload");
        if (tasks < 1 || parallelism < 1 || taskDurationSeconds < 1) {
            throw new IllegalArgumentException("job tasks, parallelism and duration must be positive");
        }
    }
}
