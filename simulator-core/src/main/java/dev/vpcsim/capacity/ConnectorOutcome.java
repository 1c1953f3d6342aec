package dev.vpcsim.capacity;

import java.io.Serializable;

/**
 * One connector's totals in one run.
 *
 * @param peakDemandMbps      highest demand
 * @param peakNeededInstances highest need, not capped at max
 * @param peakInstances       highest instance count (the final one: connectors do not scale in)
 * @param finalInstances      count at the end
 * @param saturatedSeconds    time the demand exceeded capacity
 * @param undeliveredMegabits integral of (demand - capacity)+
 * @param instanceSeconds     integral of the instance count
 */
record ConnectorOutcome(double peakDemandMbps, int peakNeededInstances, int peakInstances, int finalInstances,
                        long saturatedSeconds, double undeliveredMegabits, long instanceSeconds)
        implements Serializable {
}
