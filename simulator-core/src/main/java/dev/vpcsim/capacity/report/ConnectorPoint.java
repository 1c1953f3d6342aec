package dev.vpcsim.capacity.report;

import java.io.Serializable;

/**
 * A connector at one point of its series (maxima over the point's bucket).
 *
 * @param seconds       start of the bucket, from the start of the run
 * @param demandMbps    demand
 * @param capacityMbps  instances x throughput per instance
 * @param instances     instance count
 * @param deliveredMbps min(demand, capacity)
 */
public record ConnectorPoint(long seconds, double demandMbps, double capacityMbps, int instances,
                             double deliveredMbps) implements Serializable {
}
