package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code connector-range-size}: a connector's range, or the range of the subnet it is given, is not a /28
 * [SVA][RUNCONN].
 */
public final class ConnectorRangeSizeCheck implements Check {
    public static final String ID = "connector-range-size";
    static final int CONNECTOR_PREFIX = 28;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Connector c : design.connectors()) {
            Cidr range = design.connectorRange(c);
            if (range.prefixLength() == CONNECTOR_PREFIX) {
                continue;
            }
            String what = c.range().isPresent() ? "range " + range
                    : "subnet " + c.subnet().orElseThrow() + " (" + range + ")";
            String suggestion = c.range().isPresent()
                    ? "set range to an unused /28" + OverlapChecks.suchAs(design, range, CONNECTOR_PREFIX)
                    : "give the connector a subnet whose range is a /28, or a range: an unused /28"
                    + OverlapChecks.suchAs(design, range, CONNECTOR_PREFIX);
            out.add(new Finding(ID, Severity.ERROR, c.resource(),
                    "connector " + c.name() + " uses " + what + ", a /" + range.prefixLength()
                            + ": a connector needs exactly a /28 (16 addresses), so creating it fails.",
                    suggestion + "."));
        }
        return out;
    }
}
