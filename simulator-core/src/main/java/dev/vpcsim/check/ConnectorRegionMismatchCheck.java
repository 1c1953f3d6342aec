package dev.vpcsim.check;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code connector-region-mismatch}: a workload uses a connector of another region; the deploy fails (seed 000,
 * "Common mistakes": creating the connector in the wrong region) [SVA].
 */
public final class ConnectorRegionMismatchCheck implements Check {
    public static final String ID = "connector-region-mismatch";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Workload w : design.workloads()) {
            Optional<Connector> c = design.connectorOf(w);
            if (c.isEmpty() || c.get().region().equals(w.region())) {
                continue;
            }
            Connector conn = c.get();
            out.add(new Finding(ID, Severity.ERROR, w.resource(),
                    "workload " + w.name() + " runs in " + w.region() + " but uses connector " + conn.name()
                            + " of " + conn.region() + ": a connector serves only workloads of its own region,"
                            + " so the deploy fails with a configuration error.",
                    "create a connector in " + w.region() + " on network " + conn.network()
                            + " and set vpcConnector to it, or deploy " + w.name() + " in " + conn.region() + "."));
        }
        return out;
    }
}
