package dev.vpcsim.capacity.report;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A Direct VPC subnet over time.
 *
 * @param network      network name
 * @param name         subnet name
 * @param prefixLength of its primary range
 * @param usableIps    size - 4
 * @param points       in time order
 */
public record SubnetSeries(String network, String name, int prefixLength, long usableIps, List<SubnetPoint> points)
        implements Serializable {
    public SubnetSeries {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }
}
