package dev.vpcsim.cli.render;

import dev.vpcsim.capacity.report.ConnectorReport;
import dev.vpcsim.capacity.report.Percentiles;
import dev.vpcsim.capacity.report.Probabilities;
import dev.vpcsim.capacity.report.Recommendations;
import dev.vpcsim.capacity.report.SimulationReport;
import dev.vpcsim.capacity.report.SubnetReport;

import java.util.List;

import static dev.vpcsim.cli.render.SimulateRender.num;

/** The text tables of {@code vpcsim simulate}; every numeric column names its unit. */
final class SimulateTables {
    private SimulateTables() {
    }

    static String connectors(SimulationReport r) {
        if (r.connectors().isEmpty()) {
            return "";
        }
        TextTable t = new TextTable("CONNECTOR", "MACHINE", "MIN-MAX", "PEAK DEMAND (Mbps)", "CAPACITY (Mbps)",
                "PEAK INST", "SATURATED (s)", "UNDELIVERED (Mb)").rightAlign(3, 4, 5, 6, 7);
        TextTable cost = new TextTable("CONNECTOR", "FINAL INST", "INSTANCE-HOURS (h)", "COST OF THE RUN (USD)",
                "MONTHLY AT FINAL SIZE (USD)").rightAlign(1, 2, 3, 4);
        for (ConnectorReport c : r.connectors()) {
            t.row(c.name(), c.machineType(), c.minInstances() + "-" + c.maxInstances(), num(c.peakDemandMbps(), 1),
                    num(c.capacityMbps(), 1), c.peakInstances(), c.saturatedSeconds(), num(c.undeliveredMegabits(), 1));
            cost.row(c.name(), c.finalInstances(), num(c.instanceHours(), 1), num(c.costUsd(), 2),
                    num(c.monthlyCostUsd(), 2));
        }
        StringBuilder sb = new StringBuilder("Connectors (capacity = final instances x throughput per instance)\n");
        sb.append(t.render("  "));
        for (ConnectorReport c : r.connectors()) {
            if (c.saturatedSeconds() > 0) {
                sb.append(Wrap.wrap("  ! ", c.name() + " saturates for " + c.saturatedSeconds() + " s: demand peaks at "
                        + num(c.peakDemandMbps(), 1) + " Mbps and needs " + c.peakNeededInstances() + " instances of "
                        + num(c.throughputPerInstanceMbps(), 0) + " Mbps; it has at most " + c.maxInstances() + ".",
                        "    "));
            }
        }
        return sb.append('\n').append(cost.render("  ")).append('\n').toString();
    }

    static String subnets(SimulationReport r) {
        if (r.subnets().isEmpty()) {
            return "";
        }
        TextTable t = new TextTable("SUBNET", "PREFIX", "USABLE (IPs)", "PEAK HELD (IPs)", "PEAK RESERVED (IPs)",
                "FAILED STARTS", "EXHAUSTED (s)", "RECOMMENDED").rightAlign(1, 2, 3, 4, 5, 6, 7);
        for (SubnetReport s : r.subnets()) {
            t.row(s.network() + "/" + s.name(), "/" + s.prefixLength(), s.usableIps(), s.peakHeldIps(),
                    s.peakReservedIps(), s.failedInstanceStarts(), s.exhaustedSeconds(), "/" + s.recommendedPrefixLength());
        }
        StringBuilder sb = new StringBuilder("Direct VPC subnets (2 addresses per instance, reserved in blocks of 16)\n");
        sb.append(t.render("  "));
        for (SubnetReport s : r.subnets()) {
            if (s.failedInstanceStarts() > 0) {
                sb.append(Wrap.wrap("  ! ", s.network() + "/" + s.name() + " runs out of addresses: "
                        + s.failedInstanceStarts() + " instance or task starts fail (\"insufficient free IP addresses"
                        + " in the subnetwork\") over " + s.exhaustedSeconds() + " s; at peak "
                        + s.peakRequestedReservedIps() + " addresses would be reserved against " + s.usableIps()
                        + " usable. A /" + s.recommendedPrefixLength() + " holds it.", "    "));
            }
        }
        return sb.append('\n').toString();
    }

    static String monteCarlo(SimulationReport r) {
        StringBuilder sb = new StringBuilder("Monte Carlo (" + r.runs() + " runs, seed " + r.seed() + ")\n");
        TextTable t = new TextTable("RESOURCE", "MEASURE", "P50", "P95", "P99", "P(OVER)").rightAlign(2, 3, 4, 5);
        Percentiles p = r.percentiles();
        for (int i = 0; i < p.p50().connectors().size(); i++) {
            String name = p.p50().connectors().get(i).name();
            double risk = r.probabilities().connectors().stream().filter(c -> c.name().equals(name))
                    .mapToDouble(Probabilities.ConnectorRisk::saturationProbability).findFirst().orElse(0);
            t.row(name, "peak demand (Mbps)", num(p.p50().connectors().get(i).peakDemandMbps(), 1),
                    num(p.p95().connectors().get(i).peakDemandMbps(), 1),
                    num(p.p99().connectors().get(i).peakDemandMbps(), 1), pct(risk) + " saturates");
            t.row(name, "peak instances", p.p50().connectors().get(i).peakInstances(),
                    p.p95().connectors().get(i).peakInstances(), p.p99().connectors().get(i).peakInstances(), "");
        }
        for (int i = 0; i < p.p50().subnets().size(); i++) {
            Percentiles.SubnetPeaks s = p.p50().subnets().get(i);
            double risk = r.probabilities().subnets().stream()
                    .filter(x -> x.network().equals(s.network()) && x.name().equals(s.name()))
                    .mapToDouble(Probabilities.SubnetRisk::exhaustionProbability).findFirst().orElse(0);
            t.row(s.network() + "/" + s.name(), "peak reserved (IPs)", s.peakReservedIps(),
                    p.p95().subnets().get(i).peakReservedIps(), p.p99().subnets().get(i).peakReservedIps(),
                    pct(risk) + " exhausted");
        }
        return sb.append(t.render("  ")).append('\n').toString();
    }

    static String recommendations(SimulationReport r) {
        Recommendations rec = r.recommendations();
        if (rec.connectors().isEmpty() && rec.subnets().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("Recommendations\n");
        for (Recommendations.ConnectorRecommendation c : rec.connectors()) {
            sb.append(Wrap.wrap("  ", "Connector " + c.name() + ": peak demand " + num(c.designPeakDemandMbps(), 1)
                    + " Mbps; today it costs " + num(c.currentMonthlyCostUsd(), 2) + " USD/month. Direct VPC egress would"
                    + " have no connector VMs (" + num(c.directVpcMonthlyVmCostUsd(), 2) + " USD/month).", "  "));
            TextTable t = new TextTable("", "MACHINE", "Mbps/INST", "INST AT PEAK", "MIN-MAX", "CARRIES PEAK",
                    "IDLE (USD/month)", "AT PEAK (USD/month)").rightAlign(2, 3, 6, 7);
            for (Recommendations.ConnectorOption o : c.options()) {
                t.row(o.recommended() ? "->" : "", o.machineType(), num(o.throughputPerInstanceMbps(), 0),
                        o.instancesAtPeak(), o.minInstances() + "-" + o.maxInstances(), o.carriesPeak() ? "yes" : "no",
                        num(o.idleMonthlyCostUsd(), 2), num(o.monthlyCostUsd(), 2));
            }
            sb.append(t.render("    "));
        }
        List<Recommendations.SubnetRecommendation> subnets = rec.subnets();
        for (Recommendations.SubnetRecommendation s : subnets) {
            String rollout = s.rolloutAtMaxIps() == 0
                    ? " Its workloads are jobs only, which the rollout-at-max figure does not count."
                    : " A rollout of every service on it at its max instances needs " + s.rolloutAtMaxIps()
                    + " addresses: a /" + s.rolloutAtMaxPrefixLength() + ".";
            sb.append(Wrap.wrap("  ", "Subnet " + s.network() + "/" + s.name() + " (/" + s.prefixLength() + "): the run"
                    + " peaks at " + s.designPeakReservedIps() + " reserved addresses; a /" + s.recommendedPrefixLength()
                    + " (" + s.recommendedUsableIps() + " usable) holds it." + rollout
                    + " Subnet addresses cost nothing (" + num(s.monthlyCostUsd(), 2) + " USD/month).", "    "));
        }
        return sb.append('\n').toString();
    }

    private static String pct(double p) {
        return num(100 * p, 1) + "%";
    }
}
