package dev.vpcsim.check;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.MachineType;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code connector-undersized} [SVA][RUNCONN] (semantics.md section 6), only when the scenario has
 * {@code traffic}: a first, static peak-versus-capacity test until the capacity simulator replaces it. Demand is
 * the sum, over the connector's workloads, of the peaks of their {@code throughputMbps} shapes (noise ignored;
 * a conservative sum, since peaks may not coincide); capacity is maxInstances x throughput per instance.
 */
public final class ConnectorUndersizedCheck implements Check {
    public static final String ID = "connector-undersized";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        Optional<Traffic> traffic = design.scenario().traffic();
        if (traffic.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Connector c : design.connectors()) {
            double demandMbps = 0;
            List<String> parts = new ArrayList<>();
            for (Workload w : Usage.workloadsOf(design, c)) {
                double peak = peakMbps(traffic.get(), w.name());
                if (peak > 0) {
                    demandMbps += peak;
                    parts.add(w.name() + " " + Texts.num(peak) + " Mbps");
                }
            }
            double perInstanceMbps = c.effectiveThroughputPerInstanceMbps();
            double capacityMbps = c.maxInstances() * perInstanceMbps;
            if (demandMbps <= capacityMbps) {
                continue;
            }
            out.add(new Finding(ID, Severity.WARNING, c.resource(),
                    "connector " + c.name() + " would saturate: peak demand " + Texts.num(demandMbps) + " Mbps ("
                            + String.join(", ", parts) + ") exceeds its capacity of " + c.maxInstances() + " x "
                            + Texts.num(perInstanceMbps) + " Mbps = " + Texts.num(capacityMbps)
                            + " Mbps; the excess is not delivered (requests slow down or time out).",
                    fix(c, demandMbps, perInstanceMbps)));
        }
        return out;
    }

    /** The sum of the peaks of the workload's throughput profiles (one per workload in practice). */
    static double peakMbps(Traffic traffic, String workload) {
        double sum = 0;
        for (Profile p : traffic.profiles()) {
            if (p.workload().equals(workload) && p.throughputMbps().isPresent()) {
                sum += p.throughputMbps().get().shape().maxValue();
            }
        }
        return sum;
    }

    private static String fix(Connector c, double demandMbps, double perInstanceMbps) {
        long needed = (long) Math.ceil(demandMbps / perInstanceMbps);
        if (needed <= ConnectorInstancesCheck.MAX_HIGH) {
            return "raise maxInstances to " + needed + " (ceil(" + Texts.num(demandMbps) + " / "
                    + Texts.num(perInstanceMbps) + ")).";
        }
        for (MachineType m : MachineType.values()) {
            long n = (long) Math.ceil(demandMbps / m.throughputMbps());
            if (m.throughputMbps() > perInstanceMbps && n <= ConnectorInstancesCheck.MAX_HIGH) {
                return "use machine type " + m.id() + " (" + Texts.num(m.throughputMbps()) + " Mbps per instance)"
                        + " with maxInstances " + Math.max(n, ConnectorInstancesCheck.MAX_LOW)
                        + ", or move the heaviest workloads to Direct VPC egress.";
            }
        }
        return "split the workloads over several connectors, or move them to Direct VPC egress (no connector"
                + " bottleneck): even 10 e2-standard-4 instances carry only 16000 Mbps.";
    }
}
