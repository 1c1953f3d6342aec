package dev.vpcsim.capacity;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.MachineType;

/**
 * How a Serverless VPC Access connector scales (semantics.md section 6, [SVA][RUNCONN]): a fixed throughput
 * per instance, a count between {@code minInstances} and {@code maxInstances}, and a delay between the need
 * for more instances and their arrival.
 * <ul>
 *   <li>needed instances = ceil(demand / throughput per instance), demand being the sum of the
 *       {@code throughputMbps} of every workload attached to the connector;</li>
 *   <li>ASSUMPTION (semantics.md 6): the count jumps straight to the needed value, capped at
 *       {@code maxInstances}, {@code scaleOutDelaySeconds} after the need appears; it never scales in;</li>
 *   <li>capacity = instances x throughput per instance; demand above capacity is not delivered.</li>
 * </ul>
 * Invalid instance counts (which the {@code connector-instances-invalid} finding reports) are clamped to the
 * nearest valid ones so that a run still shows what such a connector would do: min to 2..9, then max to
 * (min + 1)..10.
 *
 * @param minInstances              2..9
 * @param maxInstances              (min + 1)..10
 * @param throughputPerInstanceMbps positive
 * @param scaleOutDelaySeconds      >= 0
 */
public record ConnectorScaling(int minInstances, int maxInstances, double throughputPerInstanceMbps,
                               long scaleOutDelaySeconds) {
    /** Lowest valid minimum [SVA]. */
    public static final int LOWEST_MIN_INSTANCES = 2;
    /** Highest valid minimum [SVA]. */
    public static final int HIGHEST_MIN_INSTANCES = 9;
    /** Highest valid maximum [SVA]. */
    public static final int HIGHEST_MAX_INSTANCES = 10;
    /**
     * Tolerance when dividing demand by throughput: a demand within 1e-9 instances of a whole count needs that
     * count (keeps 200.0000000001 Mbps on two 100 Mbps instances from asking a third one).
     */
    static final double EPSILON = 1e-9;

    public ConnectorScaling {
        if (minInstances < LOWEST_MIN_INSTANCES || minInstances > HIGHEST_MIN_INSTANCES
                || maxInstances <= minInstances || maxInstances > HIGHEST_MAX_INSTANCES) {
            throw new IllegalArgumentException("connector instances out of range: " + minInstances + ".." + maxInstances);
        }
        if (!(throughputPerInstanceMbps > 0) || Double.isInfinite(throughputPerInstanceMbps)) {
            throw new IllegalArgumentException("throughput per instance must be positive");
        }
        if (scaleOutDelaySeconds < 0) {
            throw new IllegalArgumentException("scale-out delay must be >= 0");
        }
    }

    /** The connector's scaling, instance counts clamped to the valid ranges (see the class comment). */
    public static ConnectorScaling of(Connector connector) {
        int min = clamp(connector.minInstances(), LOWEST_MIN_INSTANCES, HIGHEST_MIN_INSTANCES);
        int max = clamp(connector.maxInstances(), min + 1, HIGHEST_MAX_INSTANCES);
        double perInstance = connector.effectiveThroughputPerInstanceMbps();
        if (!(perInstance > 0) || Double.isInfinite(perInstance)) {
            perInstance = connector.knownMachineType().orElse(MachineType.E2_MICRO).throughputMbps();
        }
        return new ConnectorScaling(min, max, perInstance, Math.max(0, connector.scaleOutDelaySeconds()));
    }

    /** Instances needed to carry the demand, not capped: ceil(demand / throughput per instance), 0 for no demand. */
    public int neededInstances(double demandMbps) {
        if (!(demandMbps > 0)) {
            return 0;
        }
        double ratio = Math.ceil(demandMbps / throughputPerInstanceMbps - EPSILON);
        return ratio >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(0, ratio);
    }

    /** The instance count a connector runs for a need: the need clamped to min..max. */
    public int instancesFor(int neededInstances) {
        return clamp(neededInstances, minInstances, maxInstances);
    }

    /** Throughput the instances carry. */
    public double capacityMbps(int instances) {
        return instances * throughputPerInstanceMbps;
    }

    /** Whether the connector at max instances carries the demand. */
    public boolean carries(double demandMbps) {
        return neededInstances(demandMbps) <= maxInstances;
    }

    /** The delay in whole time steps: a need at step k is met from step k + ceil(delay / step). */
    public int delaySteps(long stepSeconds) {
        if (stepSeconds < 1) {
            throw new IllegalArgumentException("step must be positive");
        }
        long steps = (scaleOutDelaySeconds + stepSeconds - 1) / stepSeconds;
        return (int) Math.min(steps, Integer.MAX_VALUE - 2);
    }

    static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
