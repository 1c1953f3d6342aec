package dev.vpcsim.capacity;

import java.io.Serializable;

/**
 * One Direct VPC subnet's totals in one run.
 *
 * @param peakHeldIps              highest held(t)
 * @param peakReservedIps          highest reserved(t)
 * @param failedInstanceStarts     instances and tasks turned away, once per scale-up
 * @param exhaustedSeconds         time during which something wanted could not start
 * @param unservedInstanceSeconds  integral of the wanted instances and tasks that could not start
 * @param peakRequestedReservedIps highest reserved(t) had every wanted instance started (uncapped)
 */
record SubnetOutcome(long peakHeldIps, long peakReservedIps, long failedInstanceStarts, long exhaustedSeconds,
                     long unservedInstanceSeconds, long peakRequestedReservedIps) implements Serializable {

    SubnetOutcome withPeakRequestedReservedIps(long requested) {
        return new SubnetOutcome(peakHeldIps, peakReservedIps, failedInstanceStarts, exhaustedSeconds,
                unservedInstanceSeconds, requested);
    }
}
