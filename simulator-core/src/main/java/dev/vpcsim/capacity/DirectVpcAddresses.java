package dev.vpcsim.capacity;

import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;

/**
 * How Direct VPC egress takes addresses from its subnet (semantics.md section 7, [DVPC][SUBNETS]); every
 * figure is stated in the Direct VPC egress page:
 * <ul>
 *   <li>services, worker pools and 2nd gen functions hold 2 addresses per instance at steady state;</li>
 *   <li>addresses are reserved in blocks of 16: reserved = 16 x ceil(held / 16) per subnet;</li>
 *   <li>a revision that scales down keeps its addresses up to 20 minutes (the model: exactly 20 minutes);</li>
 *   <li>a job task holds 1 address while it runs and 7 minutes after it completes;</li>
 *   <li>an instance or task starts only if reserved after its start fits the usable addresses
 *       (size - 4 [SUBNETS]);</li>
 *   <li>the subnet must be /26 or larger.</li>
 * </ul>
 * 1st gen functions and App Engine cannot use Direct VPC ({@code direct-vpc-unsupported}): they hold no
 * addresses here (ASSUMPTION: such a deploy fails, so nothing runs on the subnet).
 */
public final class DirectVpcAddresses {
    /** Addresses an instance of a service, worker pool or 2nd gen function holds at steady state [DVPC]. */
    public static final int ADDRESSES_PER_INSTANCE = 2;
    /** Addresses a job task holds [DVPC]. */
    public static final int ADDRESSES_PER_JOB_TASK = 1;
    /** Reservation granularity: blocks of 16 (a /28) [DVPC]. */
    public static final int BLOCK_SIZE = 16;
    /** How long a revision keeps the addresses of instances that went away: up to 20 minutes [DVPC]; exactly here. */
    public static final long RETENTION_SECONDS = 20 * 60;
    /** How long a finished job task keeps its address: 7 minutes [DVPC]. */
    public static final long JOB_TASK_RETENTION_SECONDS = 7 * 60;
    /** The smallest Direct VPC subnet: /26 [DVPC]. */
    public static final int LONGEST_PREFIX_LENGTH = 26;
    /** Addresses of a subnet Google keeps: network, gateway, second-to-last, broadcast [SUBNETS]. */
    public static final int RESERVED_PER_SUBNET = 4;

    private DirectVpcAddresses() {
    }

    /** Whether the workload's instances or tasks take addresses from a Direct VPC subnet when it asks for one. */
    public static boolean supports(Workload workload) {
        return switch (workload.type()) {
            case CLOUD_RUN_SERVICE, CLOUD_RUN_WORKER_POOL, CLOUD_RUN_JOB -> true;
            case CLOUD_FUNCTION -> workload.generation() >= 2;
            case APP_ENGINE -> false;
        };
    }

    /** Whether the workload's address demand comes from job executions (tasks) rather than instances. */
    public static boolean isJob(Workload workload) {
        return workload.type() == WorkloadType.CLOUD_RUN_JOB;
    }

    /** Reserved addresses for what is held: 16 x ceil(held / 16). */
    public static long reserved(long heldAddresses) {
        if (heldAddresses < 0) {
            throw new IllegalArgumentException("held addresses must be >= 0");
        }
        return (heldAddresses + BLOCK_SIZE - 1) / BLOCK_SIZE * BLOCK_SIZE;
    }

    /** The most addresses that can be held while the reservation fits: 16 x floor(usable / 16). */
    public static long maxHeldThatFits(long usableAddresses) {
        return Math.max(0, usableAddresses) / BLOCK_SIZE * BLOCK_SIZE;
    }

    /** Whether holding this many addresses keeps the reservation within the usable addresses. */
    public static boolean fits(long heldAddresses, long usableAddresses) {
        return reserved(heldAddresses) <= usableAddresses;
    }

    /** Usable addresses of a subnet of this prefix length: 2^(32 - prefix) - 4 [SUBNETS]. */
    public static long usableAddresses(int prefixLength) {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length out of range: " + prefixLength);
        }
        return Math.max(0, (1L << (32 - prefixLength)) - RESERVED_PER_SUBNET);
    }

    /**
     * The longest prefix (the smallest subnet), never longer than /26, whose usable addresses cover the peak
     * reservation (semantics.md 7). 0 when even a /0 would not.
     */
    public static int recommendedPrefixLength(long peakReservedAddresses) {
        for (int p = LONGEST_PREFIX_LENGTH; p >= 0; p--) {
            if (usableAddresses(p) >= peakReservedAddresses) {
                return p;
            }
        }
        return 0;
    }

    /**
     * Addresses a rollout at max instances needs: every instance of the old and of the new revision, 2 each,
     * in blocks of 16 (the {@code direct-vpc-ip-headroom} check's figure).
     *
     * @param totalMaxInstances max instances summed over the subnet's services, worker pools and functions
     */
    public static long rolloutAtMaxAddresses(long totalMaxInstances) {
        return reserved(2L * ADDRESSES_PER_INSTANCE * totalMaxInstances);
    }

    /** The retention window in whole steps: ceil(20 min / step), at least 1. */
    public static int retentionSteps(long stepSeconds) {
        return ceilSteps(RETENTION_SECONDS, stepSeconds);
    }

    /** A job task's retention in whole steps: ceil(7 min / step), at least 1. */
    public static int jobTaskRetentionSteps(long stepSeconds) {
        return ceilSteps(JOB_TASK_RETENTION_SECONDS, stepSeconds);
    }

    static int ceilSteps(long seconds, long stepSeconds) {
        if (stepSeconds < 1) {
            throw new IllegalArgumentException("step must be positive");
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE / 2, (seconds + stepSeconds - 1) / stepSeconds));
    }
}
