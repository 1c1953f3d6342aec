package dev.vpcsim.trace;

import java.io.Serializable;
import java.util.List;

/** The one typed detail of a step. */
public sealed interface StepInfo extends Serializable {

    /** The workload the trace starts from. */
    record WorkloadInfo(String name, String type, String region, String vpcAccess, String egress) implements StepInfo { }

    /** Entering the VPC through a connector or Direct VPC egress, or leaving through Google's own path. */
    record EntryInfo(String via, String network, String subnet, String sourceRange, List<String> networkTags)
            implements StepInfo { }

    /** A firewall rule that decided (or, for a drop, blocked) the packet. */
    record FirewallInfo(String rule, String network, String direction, String action, int priority, String origin,
                        String detail) implements StepInfo { }

    /** The chosen route. */
    record RouteInfo(String route, String network, String destRange, int priority, String nextHop, String kind)
            implements StepInfo { }

    /** A Cloud NAT translation. */
    record NatInfo(String nat, String network, String region, String natIp) implements StepInfo { }

    /** A resource the packet arrives at (instance, tunnel, managed service, internet). */
    record ArrivalInfo(String resource, String type, String ip) implements StepInfo { }

    /** A final step: what happened, in words. */
    record FinalInfo(String reason) implements StepInfo { }
}
