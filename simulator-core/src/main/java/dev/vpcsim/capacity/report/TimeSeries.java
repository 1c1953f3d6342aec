package dev.vpcsim.capacity.report;

import java.io.Serializable;
import java.util.List;

/**
 * The time series of one run, the baseline (the traffic as written, without noise), for CSV files and
 * charts. When the run has more steps than the point limit (10,000 by default), each point stands for a
 * bucket of {@code bucketSteps} consecutive steps, starts at the bucket's first second and keeps the maximum
 * of every value over the bucket (failed starts: their sum), so peaks and saturation always show.
 *
 * @param stepSeconds   the simulation step
 * @param bucketSteps   steps per point (1: one point per step)
 * @param connectors    per connector, sorted by name
 * @param subnets       per Direct VPC subnet, sorted by network then name
 */
public record TimeSeries(long stepSeconds, int bucketSteps, List<ConnectorSeries> connectors,
                         List<SubnetSeries> subnets) implements Serializable {
    public TimeSeries {
        connectors = List.copyOf(connectors);
        subnets = List.copyOf(subnets);
    }

    /** Seconds each point stands for. */
    public long bucketSeconds() {
        return stepSeconds * bucketSteps;
    }

    /** No series at all. */
    public static TimeSeries empty(long stepSeconds) {
        return new TimeSeries(stepSeconds, 1, List.of(), List.of());
    }
}
