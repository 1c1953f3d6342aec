package dev.vpcsim.check;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import dev.vpcsim.model.Design;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code connector-not-ready}: the connector's state is not READY (seed 000, "Troubleshooting checklist": confirm
 * the state shows READY). ERROR for the ERROR state, WARNING for the others. CREATING, DELETING and ERROR do not
 * forward [CT]; UPDATING keeps forwarding (ASSUMPTION, semantics.md section 2).
 */
public final class ConnectorNotReadyCheck implements Check {
    public static final String ID = "connector-not-ready";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Connector c : design.connectors()) {
            if (c.state() == ConnectorState.READY) {
                continue;
            }
            List<String> users = Usage.names(Usage.workloadsOf(design, c));
            String who = users.isEmpty() ? "no workload uses it yet"
                    : "used by " + Texts.and(users);
            String effect = c.state().forwards()
                    ? "an in-place update keeps forwarding (ASSUMPTION), but the connector is not confirmed healthy"
                    : "it does not forward traffic, so every packet through it is dropped (VPC_CONNECTOR_NOT_RUNNING)";
            Severity severity = c.state() == ConnectorState.ERROR ? Severity.ERROR : Severity.WARNING;
            out.add(new Finding(ID, severity, c.resource(),
                    "connector " + c.name() + " is " + c.state() + " (" + who + "): " + effect + ".",
                    fix(c)));
        }
        return out;
    }

    private static String fix(Connector c) {
        return switch (c.state()) {
            case ERROR -> "inspect it (gcloud compute networks vpc-access connectors describe " + c.name()
                    + " --region=" + c.region() + "), then delete and recreate it; check its range and firewall rules.";
            case CREATING, UPDATING -> "wait until describe shows READY before relying on it.";
            case DELETING -> "create a replacement connector and point the workloads at it.";
            case READY -> "nothing.";
        };
    }
}
