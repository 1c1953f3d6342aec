package dev.vpcsim.capacity;

import dev.vpcsim.capacity.report.TimeSeries;

import java.io.Serializable;
import java.util.List;

/**
 * What one run produced, in plan order (connectors by name, subnets by network then name).
 *
 * @param run        run index (0: the baseline)
 * @param connectors per connector
 * @param subnets    per Direct VPC subnet
 * @param series     its time series, or an empty one when not recorded
 */
record RunOutcome(int run, List<ConnectorOutcome> connectors, List<SubnetOutcome> subnets, TimeSeries series)
        implements Serializable {
    RunOutcome {
        connectors = List.copyOf(connectors);
        subnets = List.copyOf(subnets);
    }

    boolean anyFailedStart() {
        return subnets.stream().anyMatch(s -> s.failedInstanceStarts() > 0);
    }
}
