package dev.vpcsim.capacity.report;

import java.io.Serializable;
import java.util.Objects;

/**
 * One Direct VPC subnet in the baseline run. The first eight fields are cli.md's; the last three are additions.
 *
 * @param network                  network name
 * @param name                     subnet name
 * @param prefixLength             of the subnet's primary range
 * @param usableIps                size - 4
 * @param peakReservedIps          highest 16 x ceil(held / 16)
 * @param failedInstanceStarts     instances and tasks turned away for want of addresses, once per scale-up
 * @param exhaustedSeconds         time during which a wanted instance or task could not start
 * @param recommendedPrefixLength  the longest prefix (never above /26) covering {@code peakRequestedReservedIps}
 * @param peakHeldIps              highest held(t)
 * @param unservedInstanceSeconds  integral over time of the wanted instances and tasks that could not start
 * @param peakRequestedReservedIps highest reservation had every wanted instance started
 */
public record SubnetReport(String network, String name, int prefixLength, long usableIps, long peakReservedIps,
                           long failedInstanceStarts, long exhaustedSeconds, int recommendedPrefixLength,
                           long peakHeldIps, long unservedInstanceSeconds, long peakRequestedReservedIps)
        implements Serializable {
    public SubnetReport {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(name, "name");
    }
}
