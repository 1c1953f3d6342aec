package dev.vpcsim.check;

import dev.vpcsim.model.Design;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code connector-range-overlap}: a connector's /28 overlaps a range of its own network (subnets, secondary
 * ranges, private services access, other connectors) or of a network peered with it (seed 000, "Common
 * mistakes": the range must be unique across the VPC and all peered networks) [SVA].
 */
public final class ConnectorRangeOverlapCheck implements Check {
    public static final String ID = "connector-range-overlap";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (RangeConflicts.Conflict c : RangeConflicts.of(design)) {
            if (!c.involvesConnector()) {
                continue;
            }
            boolean firstIsConnector = c.first().kind() == NamedRange.Kind.CONNECTOR;
            NamedRange conn = firstIsConnector ? c.first() : c.second();
            NamedRange other = firstIsConnector ? c.second() : c.first();
            out.add(new Finding(ID, Severity.ERROR, conn.resource(),
                    conn.description() + " overlaps " + other.description() + ", " + OverlapChecks.where(c)
                            + ": a connector's /28 must be unique across its network and every peered network,"
                            + " so creating the connector fails with an address conflict.",
                    "choose an unused /28" + OverlapChecks.suchAs(design, conn.range(), 28)
                            + " for the connector (check existing ranges with gcloud compute networks subnets list)."));
        }
        return out;
    }
}
