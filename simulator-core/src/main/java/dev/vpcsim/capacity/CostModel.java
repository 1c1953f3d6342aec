package dev.vpcsim.capacity;

/**
 * What capacity costs (semantics.md section 6): connector VMs bill as Compute Engine VMs around the clock,
 * cost = instance-hours x price per hour (ASSUMPTION: us-central1 on-demand list prices unless the scenario
 * overrides {@code pricePerHourUsd}). A month is 730 hours (8,760 hours a year / 12, the convention of
 * Google's pricing calculator).
 * <p>
 * Direct VPC egress has no connector VMs, so no VM cost at all: its addresses are free, and network egress is
 * billed the same way on both paths, so it is left out of the comparison.
 */
public final class CostModel {
    /** Hours in a billing month. */
    public static final double HOURS_PER_MONTH = 730;
    /** VM cost of Direct VPC egress: none. */
    public static final double DIRECT_VPC_VM_COST_USD = 0;

    private CostModel() {
    }

    /** Instance-hours of so many instance-seconds. */
    public static double instanceHours(long instanceSeconds) {
        return instanceSeconds / 3600.0;
    }

    /** Cost of so many instance-seconds: instance-seconds x price / 3600. */
    public static double costUsd(long instanceSeconds, double pricePerHourUsd) {
        return instanceSeconds * pricePerHourUsd / 3600.0;
    }

    /** Cost of running this many instances for a month (730 h). */
    public static double monthlyCostUsd(int instances, double pricePerHourUsd) {
        return instances * pricePerHourUsd * HOURS_PER_MONTH;
    }
}
