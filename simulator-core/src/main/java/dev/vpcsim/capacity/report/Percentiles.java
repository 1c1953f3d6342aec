package dev.vpcsim.capacity.report;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Percentiles of each run's peaks over the Monte Carlo runs, nearest-rank (the value at rank ceil(p x N) of
 * the sorted peaks: always a value some run produced).
 *
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 */
public record Percentiles(Level p50, Level p95, Level p99) implements Serializable {
    public Percentiles {
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p95, "p95");
        Objects.requireNonNull(p99, "p99");
    }

    /**
     * The peaks at one percentile.
     *
     * @param connectors per connector, sorted by name
     * @param subnets    per subnet, sorted by network then name
     */
    public record Level(List<ConnectorPeaks> connectors, List<SubnetPeaks> subnets) implements Serializable {
        public Level {
            connectors = List.copyOf(connectors);
            subnets = List.copyOf(subnets);
        }
    }

    /**
     * @param name           connector name
     * @param peakDemandMbps percentile of the runs' peak demand
     * @param peakInstances  percentile of the runs' peak instance count
     */
    public record ConnectorPeaks(String name, double peakDemandMbps, int peakInstances) implements Serializable {
    }

    /**
     * @param network                  network name
     * @param name                     subnet name
     * @param peakReservedIps          percentile of the runs' peak reservation
     * @param peakRequestedReservedIps percentile of the runs' peak reservation had every instance started
     */
    public record SubnetPeaks(String network, String name, long peakReservedIps, long peakRequestedReservedIps)
            implements Serializable {
    }
}
