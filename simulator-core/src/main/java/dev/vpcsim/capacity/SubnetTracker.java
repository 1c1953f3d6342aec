package dev.vpcsim.capacity;

import java.util.ArrayList;
import java.util.List;

/**
 * The addresses of one Direct VPC subnet during one run (semantics.md 7), advanced step by step.
 * <p>
 * Each step: (1) rollouts due now retire the workload's current revision, whose slots then only decay
 * ({@link RevisionSlots} with a running count of 0); (2) retention windows and finished job tasks expire;
 * (3) instances and tasks start, workloads in file order then jobs in traffic order, each only while
 * reserved = 16 x ceil(held / 16) stays within the usable addresses (unless the tracker is uncapped, which
 * measures what the run asked for). Wanted instances that could not start are unserved; each is counted
 * once as a failed start when it is first turned away (an increase of the unserved count).
 */
final class SubnetTracker {
    private final int window;
    private final boolean capped;
    private final long maxHeld;
    private final int[] workloads;
    private final int[][] rolloutSteps;
    private final int[] nextRollout;
    /** The earliest rollout step still to come (Integer.MAX_VALUE: none). */
    private int nextRolloutStep;
    private final RevisionSlots[] current;
    private final List<RevisionSlots> retiring = new ArrayList<>();
    private final int[] heldSlots;
    private final int[] unserved;
    private final JobTracker[] jobs;

    private long peakHeld;
    private long peakReserved;
    private long failedStarts;
    private long exhaustedSeconds;
    private long unservedInstanceSeconds;

    /**
     * @param usableIps    usable addresses of the subnet
     * @param capped       false: every wanted instance starts (measures the asked-for peak)
     * @param workloads    global indices of the instance-based workloads on the subnet, in file order
     * @param rolloutSteps per workload (same order), the steps of its rollouts, increasing
     * @param jobs         the job executions on the subnet, in traffic order
     * @param stepSeconds  the step
     */
    SubnetTracker(long usableIps, boolean capped, int[] workloads, int[][] rolloutSteps, JobTracker[] jobs,
                  long stepSeconds) {
        this.window = DirectVpcAddresses.retentionSteps(stepSeconds);
        this.capped = capped;
        this.maxHeld = DirectVpcAddresses.maxHeldThatFits(usableIps);
        this.workloads = workloads.clone();
        this.rolloutSteps = rolloutSteps.clone();
        this.nextRollout = new int[workloads.length];
        this.current = new RevisionSlots[workloads.length];
        for (int w = 0; w < workloads.length; w++) {
            current[w] = new RevisionSlots(window);
        }
        this.heldSlots = new int[workloads.length];
        this.unserved = new int[workloads.length];
        this.jobs = jobs.clone();
        this.nextRolloutStep = earliestRollout();
    }

    /**
     * Advances one step.
     *
     * @param step      the step index
     * @param demand    wanted instances per global workload index, for the current block
     * @param i         the step's position in the block
     * @param dtSeconds the step's length
     * @param recorder  told the step's values
     */
    void step(int step, int[][] demand, int i, long dtSeconds, SeriesRecorder.Subnet recorder) {
        retireRevisionsDue(step);
        long held = 0;
        for (int r = retiring.size() - 1; r >= 0; r--) {
            RevisionSlots old = retiring.get(r);
            held += (long) DirectVpcAddresses.ADDRESSES_PER_INSTANCE * old.heldBefore(step);
            old.push(step, 0);
            if (old.held() == 0) {
                retiring.set(r, retiring.get(retiring.size() - 1));
                retiring.remove(retiring.size() - 1);
            }
        }
        for (int w = 0; w < workloads.length; w++) {
            heldSlots[w] = current[w].heldBefore(step);
            held += (long) DirectVpcAddresses.ADDRESSES_PER_INSTANCE * heldSlots[w];
        }
        for (JobTracker job : jobs) {
            held += job.expire(step);
        }
        int failedNow = 0;
        long unservedNow = 0;
        for (int w = 0; w < workloads.length; w++) {
            int wanted = demand[workloads[w]][i];
            int slots = heldSlots[w];
            int running = wanted;
            if (wanted > slots) {
                long allowed = wanted - slots;
                if (capped) {
                    allowed = Math.min(allowed, Math.max(0, (maxHeld - held) / DirectVpcAddresses.ADDRESSES_PER_INSTANCE));
                }
                running = slots + (int) allowed;
                held += DirectVpcAddresses.ADDRESSES_PER_INSTANCE * allowed;
            }
            current[w].push(step, running);
            int u = wanted - running;
            failedNow += Math.max(0, u - unserved[w]);
            unserved[w] = u;
            unservedNow += u;
        }
        for (JobTracker job : jobs) {
            int wanted = job.wanted(step);
            int allowed = capped ? (int) Math.min(wanted, Math.max(0, maxHeld - held)) : wanted;
            held += (long) allowed * DirectVpcAddresses.ADDRESSES_PER_JOB_TASK;
            failedNow += job.start(step, wanted, allowed);
            unservedNow += job.unserved();
        }
        long reserved = DirectVpcAddresses.reserved(held);
        peakHeld = Math.max(peakHeld, held);
        peakReserved = Math.max(peakReserved, reserved);
        failedStarts += failedNow;
        if (unservedNow > 0) {
            exhaustedSeconds += dtSeconds;
            unservedInstanceSeconds += unservedNow * dtSeconds;
        }
        recorder.record(step, held, reserved, failedNow, unservedNow);
    }

    private void retireRevisionsDue(int step) {
        if (step < nextRolloutStep) {
            return;
        }
        for (int w = 0; w < workloads.length; w++) {
            int[] due = rolloutSteps[w];
            if (nextRollout[w] < due.length && due[nextRollout[w]] <= step) {
                while (nextRollout[w] < due.length && due[nextRollout[w]] <= step) {
                    nextRollout[w]++;
                }
                retiring.add(current[w]);
                current[w] = new RevisionSlots(window);
            }
        }
        nextRolloutStep = earliestRollout();
    }

    private int earliestRollout() {
        int earliest = Integer.MAX_VALUE;
        for (int w = 0; w < workloads.length; w++) {
            if (nextRollout[w] < rolloutSteps[w].length) {
                earliest = Math.min(earliest, rolloutSteps[w][nextRollout[w]]);
            }
        }
        return earliest;
    }

    /** The totals of the run so far ({@code peakRequestedReservedIps} is this tracker's own peak). */
    SubnetOutcome outcome() {
        return new SubnetOutcome(peakHeld, peakReserved, failedStarts, exhaustedSeconds, unservedInstanceSeconds,
                peakReserved);
    }
}
