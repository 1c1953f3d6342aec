package dev.vpcsim.capacity;

import dev.vpcsim.model.traffic.JobRun;

/**
 * One job execution on a Direct VPC subnet: from its start, up to {@code parallelism} tasks run at a time
 * until all {@code tasks} have run; each holds 1 address while it runs and 7 minutes after it completes
 * [DVPC]. Times are rounded up to whole steps (start, task duration, retention). A task that cannot start
 * for want of addresses waits and tries again every step (ASSUMPTION: Cloud Run retries task starts; the
 * model never gives up on a task); it is counted once as a failed start when it is first turned away.
 */
final class JobTracker {
    private final int startStep;
    private final int taskSteps;
    private final int retentionSteps;
    private final int parallelism;
    private int remaining;
    /** Groups of running tasks: (end step, count). */
    private final IntQueue running = new IntQueue();
    /** Groups of finished tasks still holding addresses: (release step, count). */
    private final IntQueue retained = new IntQueue();
    private int runningTasks;
    private int retainedTasks;
    private int unserved;

    JobTracker(JobRun job, long stepSeconds) {
        this.startStep = ShapeCursor.firstStepAtOrAfter(job.atSeconds(), stepSeconds);
        this.taskSteps = DirectVpcAddresses.ceilSteps(job.taskDurationSeconds(), stepSeconds);
        this.retentionSteps = DirectVpcAddresses.jobTaskRetentionSteps(stepSeconds);
        this.parallelism = job.parallelism();
        this.remaining = job.tasks();
    }

    /** Ends tasks and releases addresses due at {@code step}; returns the addresses held before new starts. */
    int expire(int step) {
        while (!retained.isEmpty() && retained.headKey() <= step) {
            retainedTasks -= retained.headCount();
            retained.pop();
        }
        while (!running.isEmpty() && running.headKey() <= step) {
            int n = running.headCount();
            runningTasks -= n;
            retainedTasks += n;
            retained.add(running.headKey() + retentionSteps, n);
            running.pop();
        }
        return (runningTasks + retainedTasks) * DirectVpcAddresses.ADDRESSES_PER_JOB_TASK;
    }

    /** Tasks that want to start at {@code step}: free parallel slots, as many as remain. */
    int wanted(int step) {
        if (step < startStep || remaining == 0) {
            return 0;
        }
        return Math.min(parallelism - runningTasks, remaining);
    }

    /**
     * Starts {@code allowed} of the wanted tasks.
     *
     * @return tasks newly turned away (counted as failed starts)
     */
    int start(int step, int wanted, int allowed) {
        if (allowed > 0) {
            runningTasks += allowed;
            remaining -= allowed;
            running.add(step + taskSteps, allowed);
        }
        int nowUnserved = wanted - allowed;
        int newlyFailed = Math.max(0, nowUnserved - unserved);
        unserved = nowUnserved;
        return newlyFailed;
    }

    /** Tasks waiting for an address after the last step. */
    int unserved() {
        return unserved;
    }
}
