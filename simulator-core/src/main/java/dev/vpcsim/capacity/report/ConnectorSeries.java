package dev.vpcsim.capacity.report;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A connector over time.
 *
 * @param name                      connector name
 * @param machineType               as written
 * @param maxInstances              max instances used
 * @param throughputPerInstanceMbps throughput of one instance
 * @param points                    in time order
 */
public record ConnectorSeries(String name, String machineType, int maxInstances, double throughputPerInstanceMbps,
                              List<ConnectorPoint> points) implements Serializable {
    public ConnectorSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(machineType, "machineType");
        points = List.copyOf(points);
    }
}
