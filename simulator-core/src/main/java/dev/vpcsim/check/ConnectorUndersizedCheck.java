package dev.vpcsim.check;

import dev.vpcsim.capacity.report.ConnectorReport;
import dev.vpcsim.capacity.report.Recommendations.ConnectorOption;
import dev.vpcsim.capacity.report.Recommendations.ConnectorRecommendation;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Durations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code connector-undersized} [SVA][RUNCONN] (semantics.md section 6), only when the scenario has
 * {@code traffic}: the capacity simulator's noise-free run says the connector's demand needs more instances
 * than {@code maxInstances} at some time (peakNeededInstances > maxInstances), so it saturates even once
 * scaled out and the excess is not delivered. The message carries the simulated figures; the fix names the
 * maxInstances (or the machine type) that carries the peak.
 * <p>
 * ASSUMPTION (docs/checks.md): saturation during the scale-out delay alone, with the demand within the
 * capacity at max instances, does not fire: every connector that scales out saturates for up to
 * {@code scaleOutDelay} per scale-out in the model, which is not a sizing error.
 */
public final class ConnectorUndersizedCheck implements CapacityCheck {
    public static final String ID = "connector-undersized";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design, CapacityFacts facts) {
        if (design.scenario().traffic().isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Connector c : design.connectors()) {
            Optional<ConnectorReport> report = facts.connector(c.name());
            if (report.isEmpty() || report.get().peakNeededInstances() <= report.get().maxInstances()) {
                continue;
            }
            ConnectorReport r = report.get();
            out.add(new Finding(ID, Severity.WARNING, c.resource(), message(design, c, r,
                    facts.durationSeconds().orElse(0L)), fix(r, facts.recommendation(c.name()))));
        }
        return out;
    }

    private static String message(Design design, Connector c, ConnectorReport r, long durationSeconds) {
        double capacityMbps = r.maxInstances() * r.throughputPerInstanceMbps();
        return "connector " + c.name() + " saturates under the simulated traffic (without noise): the demand of "
                + Texts.and(Usage.names(Usage.workloadsOf(design, c))) + " peaks at " + Texts.num(r.peakDemandMbps())
                + " Mbps and needs " + r.peakNeededInstances() + " instances of " + Texts.num(r.throughputPerInstanceMbps())
                + " Mbps (" + r.machineType() + "), but at most " + r.maxInstances() + " instances carry "
                + Texts.num(capacityMbps) + " Mbps; over the " + Durations.format(durationSeconds) + " run it saturates for "
                + r.saturatedSeconds() + " s and " + megabits(r.undeliveredMegabits())
                + " megabits are not delivered (requests slow down or time out).";
    }

    private static String fix(ConnectorReport r, Optional<ConnectorRecommendation> recommendation) {
        Optional<ConnectorOption> best = recommendation.flatMap(rec -> rec.options().stream()
                .filter(ConnectorOption::recommended).findFirst());
        int needed = r.peakNeededInstances();
        if (needed <= ConnectorInstancesCheck.MAX_HIGH) {
            String own = "raise maxInstances to " + needed + ": " + needed + " x "
                    + Texts.num(r.throughputPerInstanceMbps()) + " Mbps = "
                    + Texts.num(needed * r.throughputPerInstanceMbps()) + " Mbps carries the "
                    + Texts.num(r.peakDemandMbps()) + " Mbps peak";
            if (best.isPresent() && !best.get().machineType().equals(r.machineType())) {
                return own + "; cheaper at the peak: machine type " + option(best.get()) + ".";
            }
            return own + ".";
        }
        if (best.isPresent()) {
            return "use machine type " + option(best.get()) + ", or move the heaviest workloads to Direct VPC egress.";
        }
        return "split the workloads over several connectors, or move them to Direct VPC egress (no connector"
                + " bottleneck): even " + ConnectorInstancesCheck.MAX_HIGH + " instances of the largest machine type"
                + " do not carry " + Texts.num(r.peakDemandMbps()) + " Mbps.";
    }

    /** {@code e2-standard-4 (1600 Mbps per instance) with maxInstances 3 (USD 195.66 per month at the peak)}. */
    private static String option(ConnectorOption o) {
        return o.machineType() + " (" + Texts.num(o.throughputPerInstanceMbps()) + " Mbps per instance) with maxInstances "
                + o.maxInstances() + " (USD " + Texts.usd(o.monthlyCostUsd()) + " per month at the peak)";
    }

    /** One decimal, without a useless {@code .0}: {@code 840173.4}, {@code 276000}. */
    static String megabits(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
