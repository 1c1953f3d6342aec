package dev.vpcsim.capacity;

import java.util.List;

/** The assumptions behind the capacity figures, as shown to the user (docs/capacity.md gives the sources). */
final class Assumptions {
    static final List<String> ALL = List.of(
            "connector: the instance count jumps straight to ceil(demand / throughput per instance), capped at max,"
                    + " scaleOutDelay after the need appears, and never scales in (semantics.md 6)",
            "connector: the run starts warm, already carrying the demand of its first step",
            "connector: invalid instance counts are clamped (min to 2..9, max to min+1..10)",
            "connector: prices are us-central1 on-demand list prices unless pricePerHourUsd overrides them; a month is 730 h",
            "direct vpc: addresses of instances that went away stay held exactly 20 minutes (the documented worst case)",
            "direct vpc: a revision that scales up again reuses the addresses it still retains before taking new ones",
            "direct vpc: a rollout moves all demand to the new revision at once; the old revision's addresses are"
                    + " retained 20 minutes",
            "direct vpc: a workload given only throughputMbps runs ceil(throughput / 1000 Mbps) instances"
                    + " (Cloud Run: up to 1 Gbps per instance), within its min..max",
            "direct vpc: a job task turned away for want of addresses retries every step",
            "direct vpc: 1st gen functions and App Engine hold no Direct VPC addresses (such a deploy fails)",
            "noise: a lognormal factor with mean 1 and the signal's cv, drawn independently per noise interval (60 s)",
            "time: values are sampled at the start of each step and hold for the step");

    private Assumptions() {
    }
}
