package dev.vpcsim.cli.render;

import dev.vpcsim.capacity.report.ConnectorReport;
import dev.vpcsim.capacity.report.Percentiles;
import dev.vpcsim.capacity.report.Probabilities;
import dev.vpcsim.capacity.report.Recommendations;
import dev.vpcsim.capacity.report.SimulationReport;
import dev.vpcsim.capacity.report.SubnetReport;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Durations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders {@code vpcsim simulate}: tables with units for people, the cli.md object for scripts. */
public final class SimulateRender {
    private SimulateRender() {
    }

    /** cli.md's object; fields beyond cli.md's come after them (docs/capacity.md). */
    public static Map<String, Object> json(SimulationReport r) {
        Map<String, Object> o = Json.object();
        o.put("durationSeconds", r.durationSeconds());
        o.put("stepSeconds", r.stepSeconds());
        o.put("runs", r.runs());
        o.put("seed", r.seed());
        List<Object> connectors = new ArrayList<>();
        for (ConnectorReport c : r.connectors()) {
            Map<String, Object> m = Json.object();
            m.put("name", c.name());
            m.put("machineType", c.machineType());
            m.put("peakDemandMbps", Json.round(c.peakDemandMbps(), 1));
            m.put("peakInstances", c.peakInstances());
            m.put("finalInstances", c.finalInstances());
            m.put("capacityMbps", Json.round(c.capacityMbps(), 1));
            m.put("saturatedSeconds", c.saturatedSeconds());
            m.put("undeliveredMegabits", Json.round(c.undeliveredMegabits(), 1));
            m.put("instanceHours", Json.round(c.instanceHours(), 1));
            m.put("costUsd", Json.round(c.costUsd(), 2));
            m.put("monthlyCostUsd", Json.round(c.monthlyCostUsd(), 2));
            m.put("minInstances", c.minInstances());
            m.put("maxInstances", c.maxInstances());
            m.put("throughputPerInstanceMbps", Json.round(c.throughputPerInstanceMbps(), 1));
            m.put("peakNeededInstances", c.peakNeededInstances());
            connectors.add(m);
        }
        o.put("connectors", connectors);
        List<Object> subnets = new ArrayList<>();
        for (SubnetReport s : r.subnets()) {
            Map<String, Object> m = Json.object();
            m.put("network", s.network());
            m.put("name", s.name());
            m.put("prefixLength", s.prefixLength());
            m.put("usableIps", s.usableIps());
            m.put("peakReservedIps", s.peakReservedIps());
            m.put("failedInstanceStarts", s.failedInstanceStarts());
            m.put("exhaustedSeconds", s.exhaustedSeconds());
            m.put("recommendedPrefixLength", s.recommendedPrefixLength());
            m.put("peakHeldIps", s.peakHeldIps());
            m.put("peakRequestedReservedIps", s.peakRequestedReservedIps());
            m.put("unservedInstanceSeconds", s.unservedInstanceSeconds());
            subnets.add(m);
        }
        o.put("subnets", subnets);
        Map<String, Object> p = Json.object();
        p.put("p50", level(r.percentiles().p50()));
        p.put("p95", level(r.percentiles().p95()));
        p.put("p99", level(r.percentiles().p99()));
        o.put("percentiles", p);
        o.put("probabilities", probabilities(r.probabilities()));
        o.put("recommendations", recommendations(r.recommendations()));
        o.put("assumptions", r.assumptions());
        return o;
    }

    private static Map<String, Object> level(Percentiles.Level l) {
        Map<String, Object> m = Json.object();
        List<Object> cs = new ArrayList<>();
        for (Percentiles.ConnectorPeaks c : l.connectors()) {
            Map<String, Object> x = Json.object();
            x.put("name", c.name());
            x.put("peakDemandMbps", Json.round(c.peakDemandMbps(), 1));
            x.put("peakInstances", c.peakInstances());
            cs.add(x);
        }
        List<Object> ss = new ArrayList<>();
        for (Percentiles.SubnetPeaks s : l.subnets()) {
            Map<String, Object> x = Json.object();
            x.put("network", s.network());
            x.put("name", s.name());
            x.put("peakReservedIps", s.peakReservedIps());
            x.put("peakRequestedReservedIps", s.peakRequestedReservedIps());
            ss.add(x);
        }
        m.put("connectors", cs);
        m.put("subnets", ss);
        return m;
    }

    private static Map<String, Object> probabilities(Probabilities p) {
        List<Object> cs = new ArrayList<>();
        for (Probabilities.ConnectorRisk c : p.connectors()) {
            Map<String, Object> x = Json.object();
            x.put("name", c.name());
            x.put("saturationProbability", Json.round(c.saturationProbability(), 4));
            x.put("peakAboveMaxProbability", Json.round(c.peakAboveMaxProbability(), 4));
            cs.add(x);
        }
        List<Object> ss = new ArrayList<>();
        for (Probabilities.SubnetRisk s : p.subnets()) {
            Map<String, Object> x = Json.object();
            x.put("network", s.network());
            x.put("name", s.name());
            x.put("exhaustionProbability", Json.round(s.exhaustionProbability(), 4));
            ss.add(x);
        }
        Map<String, Object> m = Json.object();
        m.put("connectors", cs);
        m.put("subnets", ss);
        return m;
    }

    private static Map<String, Object> recommendations(Recommendations r) {
        List<Object> cs = new ArrayList<>();
        for (Recommendations.ConnectorRecommendation c : r.connectors()) {
            Map<String, Object> x = Json.object();
            x.put("name", c.name());
            x.put("designPeakDemandMbps", Json.round(c.designPeakDemandMbps(), 1));
            x.put("currentMonthlyCostUsd", Json.round(c.currentMonthlyCostUsd(), 2));
            x.put("directVpcMonthlyVmCostUsd", Json.round(c.directVpcMonthlyVmCostUsd(), 2));
            List<Object> options = new ArrayList<>();
            for (Recommendations.ConnectorOption op : c.options()) {
                Map<String, Object> y = Json.object();
                y.put("machineType", op.machineType());
                y.put("throughputPerInstanceMbps", Json.round(op.throughputPerInstanceMbps(), 1));
                y.put("pricePerHourUsd", op.pricePerHourUsd());
                y.put("instancesAtPeak", op.instancesAtPeak());
                y.put("minInstances", op.minInstances());
                y.put("maxInstances", op.maxInstances());
                y.put("carriesPeak", op.carriesPeak());
                y.put("monthlyCostUsd", Json.round(op.monthlyCostUsd(), 2));
                y.put("idleMonthlyCostUsd", Json.round(op.idleMonthlyCostUsd(), 2));
                y.put("recommended", op.recommended());
                options.add(y);
            }
            x.put("options", options);
            cs.add(x);
        }
        List<Object> ss = new ArrayList<>();
        for (Recommendations.SubnetRecommendation s : r.subnets()) {
            Map<String, Object> x = Json.object();
            x.put("network", s.network());
            x.put("name", s.name());
            x.put("prefixLength", s.prefixLength());
            x.put("designPeakReservedIps", s.designPeakReservedIps());
            x.put("recommendedPrefixLength", s.recommendedPrefixLength());
            x.put("recommendedUsableIps", s.recommendedUsableIps());
            x.put("rolloutAtMaxIps", s.rolloutAtMaxIps());
            x.put("rolloutAtMaxPrefixLength", s.rolloutAtMaxPrefixLength());
            x.put("monthlyCostUsd", Json.round(s.monthlyCostUsd(), 2));
            ss.add(x);
        }
        Map<String, Object> m = Json.object();
        m.put("connectors", cs);
        m.put("subnets", ss);
        return m;
    }

    /** Tables per connector and per subnet, Monte Carlo figures, recommendations, files written. */
    public static String text(Design design, SimulationReport r, List<Path> written) {
        StringBuilder sb = new StringBuilder();
        sb.append("Simulation: ").append(design.name()).append(", ").append(Durations.format(r.durationSeconds()))
                .append(" at ").append(Durations.format(r.stepSeconds())).append(" steps, ")
                .append(r.runs() == 1 ? "1 run (no noise)" : r.runs() + " Monte Carlo runs, seed " + r.seed())
                .append("\n\n");
        sb.append(SimulateTables.connectors(r)).append(SimulateTables.subnets(r));
        if (r.connectors().isEmpty() && r.subnets().isEmpty()) {
            sb.append("No connector and no Direct VPC subnet to simulate.\n\n");
        }
        if (r.runs() > 1) {
            sb.append(SimulateTables.monteCarlo(r));
        }
        sb.append(SimulateTables.recommendations(r));
        if (!written.isEmpty()) {
            sb.append("Files written:\n");
            written.forEach(p -> sb.append("  ").append(p).append('\n'));
            sb.append('\n');
        }
        if (!r.assumptions().isEmpty()) {
            sb.append("Assumptions:\n");
            r.assumptions().forEach(a -> sb.append(Wrap.wrap("  - ", a, "    ")));
        }
        return sb.toString();
    }

    static String num(double v, int digits) {
        return String.format(Locale.ROOT, "%,." + digits + "f", v);
    }
}
