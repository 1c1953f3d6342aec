package dev.vpcsim.capacity;

import dev.vpcsim.capacity.report.ConnectorReport;
import dev.vpcsim.capacity.report.Percentiles;
import dev.vpcsim.capacity.report.Probabilities;
import dev.vpcsim.capacity.report.SimulationReport;
import dev.vpcsim.capacity.report.SubnetReport;
import dev.vpcsim.model.Connector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Turns run outcomes into the report: the baseline's figures per connector and subnet, percentiles and
 * probabilities over the Monte Carlo runs, and recommendations ({@link Advisor}).
 */
final class ReportBuilder {
    private final SimulationPlan plan;
    private final RunOutcome baseline;
    private final List<RunOutcome> runs;

    /**
     * @param plan     the compiled design
     * @param baseline the noise-free run
     * @param runs     the Monte Carlo runs (the baseline alone when there is one run)
     */
    ReportBuilder(SimulationPlan plan, RunOutcome baseline, List<RunOutcome> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        this.plan = plan;
        this.baseline = baseline;
        this.runs = List.copyOf(runs);
    }

    SimulationReport build() {
        SimulationOptions o = plan.options;
        return new SimulationReport(o.durationSeconds(), o.stepSeconds(), o.runs(), o.seed(), connectors(), subnets(),
                new Percentiles(level(50), level(95), level(99)), probabilities(),
                new Advisor(plan, baseline, this::peakDemandPercentile, this::peakRequestedPercentile).recommend(),
                Assumptions.ALL);
    }

    private List<ConnectorReport> connectors() {
        List<ConnectorReport> out = new ArrayList<>();
        for (int c = 0; c < plan.connectors.size(); c++) {
            Connector conn = plan.connectors.get(c);
            ConnectorScaling sc = plan.scalings.get(c);
            ConnectorOutcome r = baseline.connectors().get(c);
            double price = conn.effectivePricePerHourUsd();
            out.add(new ConnectorReport(conn.name(), conn.machineType(), Round.of(r.peakDemandMbps()),
                    r.peakInstances(), r.finalInstances(), Round.of(sc.capacityMbps(r.finalInstances())),
                    r.saturatedSeconds(), Round.of(r.undeliveredMegabits()),
                    Round.of(CostModel.instanceHours(r.instanceSeconds())),
                    Round.of(CostModel.costUsd(r.instanceSeconds(), price)),
                    Round.of(CostModel.monthlyCostUsd(r.finalInstances(), price)),
                    sc.minInstances(), sc.maxInstances(), sc.throughputPerInstanceMbps(), r.peakNeededInstances()));
        }
        return out;
    }

    private List<SubnetReport> subnets() {
        List<SubnetReport> out = new ArrayList<>();
        for (int s = 0; s < plan.subnets.size(); s++) {
            SimulationPlan.SubnetPlan sp = plan.subnets.get(s);
            SubnetOutcome r = baseline.subnets().get(s);
            out.add(new SubnetReport(sp.network(), sp.subnet().name(), sp.subnet().range().prefixLength(),
                    sp.subnet().usableAddresses(), r.peakReservedIps(), r.failedInstanceStarts(), r.exhaustedSeconds(),
                    DirectVpcAddresses.recommendedPrefixLength(r.peakRequestedReservedIps()), r.peakHeldIps(),
                    r.unservedInstanceSeconds(), r.peakRequestedReservedIps()));
        }
        return out;
    }

    private Percentiles.Level level(double percent) {
        List<Percentiles.ConnectorPeaks> cs = new ArrayList<>();
        for (int c = 0; c < plan.connectors.size(); c++) {
            cs.add(new Percentiles.ConnectorPeaks(plan.connectors.get(c).name(),
                    Round.of(connectorPercentile(c, ConnectorOutcome::peakDemandMbps, percent)),
                    (int) connectorPercentile(c, ConnectorOutcome::peakInstances, percent)));
        }
        List<Percentiles.SubnetPeaks> ss = new ArrayList<>();
        for (int s = 0; s < plan.subnets.size(); s++) {
            SimulationPlan.SubnetPlan sp = plan.subnets.get(s);
            ss.add(new Percentiles.SubnetPeaks(sp.network(), sp.subnet().name(),
                    (long) subnetPercentile(s, SubnetOutcome::peakReservedIps, percent),
                    (long) subnetPercentile(s, SubnetOutcome::peakRequestedReservedIps, percent)));
        }
        return new Percentiles.Level(cs, ss);
    }

    private Probabilities probabilities() {
        List<Probabilities.ConnectorRisk> cs = new ArrayList<>();
        for (int c = 0; c < plan.connectors.size(); c++) {
            int index = c;
            int max = plan.scalings.get(c).maxInstances();
            cs.add(new Probabilities.ConnectorRisk(plan.connectors.get(c).name(),
                    share(r -> r.connectors().get(index).saturatedSeconds() > 0),
                    share(r -> r.connectors().get(index).peakNeededInstances() > max)));
        }
        List<Probabilities.SubnetRisk> ss = new ArrayList<>();
        for (int s = 0; s < plan.subnets.size(); s++) {
            int index = s;
            SimulationPlan.SubnetPlan sp = plan.subnets.get(s);
            ss.add(new Probabilities.SubnetRisk(sp.network(), sp.subnet().name(),
                    share(r -> r.subnets().get(index).failedInstanceStarts() > 0)));
        }
        return new Probabilities(cs, ss);
    }

    private double share(Predicate<RunOutcome> test) {
        long n = runs.stream().filter(test).count();
        return Round.of((double) n / runs.size());
    }

    double connectorPercentile(int connector, ToDoubleFunction<ConnectorOutcome> value, double percent) {
        return NearestRank.of(runs.stream().mapToDouble(r -> value.applyAsDouble(r.connectors().get(connector)))
                .toArray(), percent);
    }

    double subnetPercentile(int subnet, ToDoubleFunction<SubnetOutcome> value, double percent) {
        return NearestRank.of(runs.stream().mapToDouble(r -> value.applyAsDouble(r.subnets().get(subnet))).toArray(),
                percent);
    }

    private double peakRequestedPercentile(int subnet, double percent) {
        return subnetPercentile(subnet, SubnetOutcome::peakRequestedReservedIps, percent);
    }

    private double peakDemandPercentile(int connector, double percent) {
        return connectorPercentile(connector, ConnectorOutcome::peakDemandMbps, percent);
    }
}
