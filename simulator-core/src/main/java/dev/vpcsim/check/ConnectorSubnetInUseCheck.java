package dev.vpcsim.check;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code connector-subnet-in-use}: a connector given by {@code subnet} shares it with endpoints (an address
 * inside the subnet's primary range), Direct VPC workloads, or another connector; a connector's subnet must
 * be dedicated to it [RUNCONN][CSVA].
 */
public final class ConnectorSubnetInUseCheck implements Check {
    public static final String ID = "connector-subnet-in-use";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Connector c : design.connectors()) {
            if (c.subnet().isEmpty()) {
                continue;
            }
            Subnet s = design.connectorSubnet(c);
            List<String> users = users(design, c, s);
            if (users.isEmpty()) {
                continue;
            }
            out.add(new Finding(ID, Severity.ERROR, c.resource(),
                    "connector " + c.name() + " is given subnet " + s.name() + " (" + s.range() + ") of network "
                            + c.network() + ", which also holds " + Texts.and(users)
                            + ": a connector's subnet must be used by nothing else, so the connector cannot be"
                            + " created there.",
                    "give the connector a dedicated /28 subnet (or a range, an unused /28"
                            + OverlapChecks.suchAs(design, s.range(), ConnectorRangeSizeCheck.CONNECTOR_PREFIX)
                            + "), or move " + Texts.and(users) + " out of subnet " + s.name() + "."));
        }
        return out;
    }

    private static List<String> users(Design design, Connector c, Subnet s) {
        List<String> users = new ArrayList<>();
        for (Endpoint e : design.endpoints()) {
            if (e.network().isPresent() && e.network().get().equals(c.network()) && s.range().contains(e.ip())) {
                users.add("endpoint " + e.name() + " (" + e.ip() + ")");
            }
        }
        for (Workload w : Usage.directVpcWorkloadsOn(design, c.network(), s)) {
            users.add("Direct VPC workload " + w.name());
        }
        for (Connector other : design.connectors()) {
            if (!other.name().equals(c.name()) && other.network().equals(c.network())
                    && other.subnet().isPresent() && other.subnet().get().equals(s.name())) {
                users.add("connector " + other.name());
            }
        }
        return users;
    }
}
