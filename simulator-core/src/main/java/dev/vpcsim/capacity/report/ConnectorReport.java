package dev.vpcsim.capacity.report;

import java.io.Serializable;
import java.util.Objects;

/**
 * One connector in the baseline run. The first eleven fields are cli.md's; the last four are additions.
 *
 * @param name                      connector name
 * @param machineType               as written
 * @param peakDemandMbps            highest demand (sum of the attached workloads' throughput)
 * @param peakInstances             highest instance count
 * @param finalInstances            instance count at the end (connectors never scale in)
 * @param capacityMbps              throughput the final instances carry
 * @param saturatedSeconds          time the demand exceeded capacity
 * @param undeliveredMegabits       integral of (demand - capacity)+ over time
 * @param instanceHours             integral of the instance count, in hours
 * @param costUsd                   instance-hours x price per hour
 * @param monthlyCostUsd            final instances x price x 730 h (what the connector costs from now on)
 * @param minInstances              min instances used (clamped to 2..9)
 * @param maxInstances              max instances used (clamped to min+1..10)
 * @param throughputPerInstanceMbps throughput of one instance
 * @param peakNeededInstances       highest ceil(demand / throughput per instance), not capped at max
 */
public record ConnectorReport(String name, String machineType, double peakDemandMbps, int peakInstances,
                              int finalInstances, double capacityMbps, long saturatedSeconds,
                              double undeliveredMegabits, double instanceHours, double costUsd,
                              double monthlyCostUsd, int minInstances, int maxInstances,
                              double throughputPerInstanceMbps, int peakNeededInstances) implements Serializable {
    public ConnectorReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(machineType, "machineType");
    }
}
