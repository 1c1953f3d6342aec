package dev.vpcsim.capacity;

import dev.vpcsim.capacity.report.Recommendations;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.MachineType;

import java.util.ArrayList;
import java.util.List;

/**
 * Recommendations: for each connector, every machine type with the instances that carry the design peak and
 * the monthly cost (the connector's own type with its overrides), the cheapest carrying one marked; for each
 * Direct VPC subnet, the prefix that holds the design peak and, apart, the headroom of a rollout at max
 * instances. The design peak is the larger of the baseline's and the Monte Carlo p99.
 */
final class Advisor {
    /** A percentile of the runs' peaks of one connector or subnet. */
    @FunctionalInterface
    interface PeakPercentile {
        double at(int index, double percent);
    }

    private final SimulationPlan plan;
    private final RunOutcome baseline;
    private final PeakPercentile connectorDemand;
    private final PeakPercentile subnetRequested;

    Advisor(SimulationPlan plan, RunOutcome baseline, PeakPercentile connectorDemand, PeakPercentile subnetRequested) {
        this.plan = plan;
        this.baseline = baseline;
        this.connectorDemand = connectorDemand;
        this.subnetRequested = subnetRequested;
    }

    Recommendations recommend() {
        List<Recommendations.ConnectorRecommendation> cs = new ArrayList<>();
        for (int c = 0; c < plan.connectors.size(); c++) {
            double peak = Math.max(baseline.connectors().get(c).peakDemandMbps(), connectorDemand.at(c, 99));
            cs.add(connector(plan.connectors.get(c), plan.scalings.get(c), peak));
        }
        List<Recommendations.SubnetRecommendation> ss = new ArrayList<>();
        for (int s = 0; s < plan.subnets.size(); s++) {
            SimulationPlan.SubnetPlan sp = plan.subnets.get(s);
            long peak = Math.max(baseline.subnets().get(s).peakRequestedReservedIps(), (long) subnetRequested.at(s, 99));
            int prefix = DirectVpcAddresses.recommendedPrefixLength(peak);
            long rollout = DirectVpcAddresses.rolloutAtMaxAddresses(sp.totalMaxInstances());
            ss.add(new Recommendations.SubnetRecommendation(sp.network(), sp.subnet().name(),
                    sp.subnet().range().prefixLength(), peak, prefix, DirectVpcAddresses.usableAddresses(prefix),
                    rollout, DirectVpcAddresses.recommendedPrefixLength(rollout), 0.0));
        }
        return new Recommendations(cs, ss);
    }

    static Recommendations.ConnectorRecommendation connector(Connector conn, ConnectorScaling own, double peakMbps) {
        List<Recommendations.ConnectorOption> options = new ArrayList<>();
        int cheapest = -1;
        double cheapestCost = Double.POSITIVE_INFINITY;
        for (MachineType type : MachineType.values()) {
            boolean isOwn = conn.knownMachineType().filter(type::equals).isPresent();
            double perInstance = isOwn ? own.throughputPerInstanceMbps() : type.throughputMbps();
            double price = isOwn ? conn.effectivePricePerHourUsd() : type.pricePerHourUsd();
            ConnectorScaling full = new ConnectorScaling(ConnectorScaling.LOWEST_MIN_INSTANCES,
                    ConnectorScaling.HIGHEST_MAX_INSTANCES, perInstance, 0);
            int needed = full.neededInstances(peakMbps);
            int atPeak = full.instancesFor(needed);
            boolean carries = needed <= ConnectorScaling.HIGHEST_MAX_INSTANCES;
            double monthly = CostModel.monthlyCostUsd(atPeak, price);
            if (carries && monthly < cheapestCost) {
                cheapestCost = monthly;
                cheapest = options.size();
            }
            options.add(new Recommendations.ConnectorOption(type.id(), perInstance, price, atPeak,
                    ConnectorScaling.LOWEST_MIN_INSTANCES, Math.max(ConnectorScaling.LOWEST_MIN_INSTANCES + 1, atPeak),
                    carries, Round.of(monthly),
                    Round.of(CostModel.monthlyCostUsd(ConnectorScaling.LOWEST_MIN_INSTANCES, price)), false));
        }
        if (cheapest >= 0) {
            Recommendations.ConnectorOption o = options.get(cheapest);
            options.set(cheapest, new Recommendations.ConnectorOption(o.machineType(), o.throughputPerInstanceMbps(),
                    o.pricePerHourUsd(), o.instancesAtPeak(), o.minInstances(), o.maxInstances(), o.carriesPeak(),
                    o.monthlyCostUsd(), o.idleMonthlyCostUsd(), true));
        }
        double current = CostModel.monthlyCostUsd(own.instancesFor(own.neededInstances(peakMbps)),
                conn.effectivePricePerHourUsd());
        return new Recommendations.ConnectorRecommendation(conn.name(), Round.of(peakMbps), Round.of(current),
                CostModel.DIRECT_VPC_VM_COST_USD, options);
    }
}
