package dev.vpcsim.capacity.report;

import java.io.Serializable;
import java.util.List;

/**
 * What would carry the design peak, and what each choice costs per month (730 h). The design peak is the
 * larger of the baseline's peak and the p99 of the Monte Carlo runs' peaks.
 *
 * @param connectors per connector, sorted by name
 * @param subnets    per Direct VPC subnet, sorted by network then name
 */
public record Recommendations(List<ConnectorRecommendation> connectors, List<SubnetRecommendation> subnets)
        implements Serializable {
    public Recommendations {
        connectors = List.copyOf(connectors);
        subnets = List.copyOf(subnets);
    }

    /**
     * @param name                      connector name
     * @param designPeakDemandMbps      the demand to carry
     * @param currentMonthlyCostUsd     the connector as configured, at the instances it reaches for that demand
     * @param directVpcMonthlyVmCostUsd Direct VPC egress instead: no connector VMs, so 0 (egress traffic bills
     *                                  the same on both paths and is left out)
     * @param options                   one per machine type, in {@code f1-micro, e2-micro, e2-standard-4} order
     */
    public record ConnectorRecommendation(String name, double designPeakDemandMbps, double currentMonthlyCostUsd,
                                          double directVpcMonthlyVmCostUsd, List<ConnectorOption> options)
            implements Serializable {
        public ConnectorRecommendation {
            options = List.copyOf(options);
        }
    }

    /**
     * A machine type for a connector.
     *
     * @param machineType               the type
     * @param throughputPerInstanceMbps its throughput per instance
     * @param pricePerHourUsd           its price per instance-hour
     * @param instancesAtPeak           instances the design peak needs (at least 2, at most 10)
     * @param minInstances              suggested min (2)
     * @param maxInstances              suggested max: instances at peak, at least 3, at most 10
     * @param carriesPeak               whether 10 instances or fewer carry the design peak
     * @param monthlyCostUsd            instances at peak x price x 730 h (connectors do not scale in)
     * @param idleMonthlyCostUsd        2 instances x price x 730 h (the floor)
     * @param recommended               the cheapest option that carries the peak (at most one)
     */
    public record ConnectorOption(String machineType, double throughputPerInstanceMbps, double pricePerHourUsd,
                                  int instancesAtPeak, int minInstances, int maxInstances, boolean carriesPeak,
                                  double monthlyCostUsd, double idleMonthlyCostUsd, boolean recommended)
            implements Serializable {
    }

    /**
     * @param network                  network name
     * @param name                     subnet name
     * @param prefixLength             current prefix length
     * @param designPeakReservedIps    the reservation to hold (every wanted instance started)
     * @param recommendedPrefixLength  the longest prefix (at most /26) holding it
     * @param recommendedUsableIps     usable addresses of that prefix
     * @param rolloutAtMaxIps          headroom advice: a rollout with every workload at max instances,
     *                                 16 x ceil(2 x 2 x sum(maxInstances) / 16) over the subnet's services,
     *                                 worker pools and functions (the {@code direct-vpc-ip-headroom} figure;
     *                                 jobs not included), reported apart from the recommendation
     * @param rolloutAtMaxPrefixLength the longest prefix (at most /26) holding {@code rolloutAtMaxIps}
     * @param monthlyCostUsd           subnet addresses used by Direct VPC cost nothing: 0
     */
    public record SubnetRecommendation(String network, String name, int prefixLength, long designPeakReservedIps,
                                       int recommendedPrefixLength, long recommendedUsableIps, long rolloutAtMaxIps,
                                       int rolloutAtMaxPrefixLength, double monthlyCostUsd) implements Serializable {
    }
}
