package dev.vpcsim.model.traffic;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Traffic of one workload.
 *
 * @param workload          workload name
 * @param throughputMbps    traffic that takes the VPC path, in Mbps
 * @param instances         instance count given directly
 * @param requestsPerSecond request rate; instances = ceil(rps * requestSeconds / concurrency) when
 *                          {@code instances} is not given
 * @param requestSeconds    mean request duration in seconds
 */
public record Profile(String workload, Optional<Signal> throughputMbps, Optional<Signal> instances,
                      Optional<Signal> requestsPerSecond, double requestSeconds) implements Serializable {
    public static final double DEFAULT_REQUEST_SECONDS = 0.2;

    public Profile {
        Objects.requireNonNull(workload, "workload");
        if (requestSeconds <= 0 || Double.isNaN(requestSeconds)) {
            throw new IllegalArgumentException("requestSeconds must be positive");
        }
    }
}
