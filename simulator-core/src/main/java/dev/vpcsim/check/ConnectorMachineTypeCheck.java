package dev.vpcsim.check;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;

import java.util.ArrayList;
import java.util.List;

/** {@code connector-machine-type}: not f1-micro, e2-micro or e2-standard-4 [SVA]. */
public final class ConnectorMachineTypeCheck implements Check {
    public static final String ID = "connector-machine-type";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Connector c : design.connectors()) {
            if (c.knownMachineType().isPresent()) {
                continue;
            }
            out.add(new Finding(ID, Severity.ERROR, c.resource(),
                    "connector " + c.name() + " asks for machine type '" + c.machineType()
                            + "', but connectors run only f1-micro, e2-micro or e2-standard-4, so creating it fails"
                            + " (vpcsim uses e2-micro figures for it meanwhile).",
                    "set machineType to e2-micro (the default, 100 Mbps per instance), f1-micro (50 Mbps) or"
                            + " e2-standard-4 (1600 Mbps)."));
        }
        return out;
    }
}
