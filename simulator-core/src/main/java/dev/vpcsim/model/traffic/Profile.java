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

    /** Serialized through a proxy: {@link Optional} is not serializable. */
    private Object writeReplace() {
        return new SerialForm(workload, throughputMbps.orElse(null), instances.orElse(null),
                requestsPerSecond.orElse(null), requestSeconds);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("serialized through SerialForm");
    }

    private record SerialForm(String workload, Signal throughputMbps, Signal instances, Signal requestsPerSecond,
                              double requestSeconds) implements Serializable {
        private Object readResolve() {
            return new Profile(workload, Optional.ofNullable(throughputMbps), Optional.ofNullable(instances),
                    Optional.ofNullable(requestsPerSecond), requestSeconds);
        }
    }
}
