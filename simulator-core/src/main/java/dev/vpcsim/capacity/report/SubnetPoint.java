package dev.vpcsim.capacity.report;

import java.io.Serializable;

/**
 * A subnet at one point of its series (maxima over the point's bucket; failed starts summed).
 *
 * @param seconds           start of the bucket, from the start of the run
 * @param heldIps           addresses held: 2 per instance, retained ones, job tasks
 * @param reservedIps       16 x ceil(held / 16)
 * @param usableIps         the subnet's usable addresses
 * @param failedStarts      instances and tasks newly turned away during the bucket
 * @param unservedInstances wanted instances and tasks that could not start
 */
public record SubnetPoint(long seconds, long heldIps, long reservedIps, long usableIps, int failedStarts,
                          long unservedInstances) implements Serializable {
}
