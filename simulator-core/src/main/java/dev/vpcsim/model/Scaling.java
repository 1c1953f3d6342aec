package dev.vpcsim.model;

import java.io.Serializable;

/**
 * Instance scaling of a workload.
 *
 * @param minInstances floor (default 0)
 * @param maxInstances ceiling (default 100)
 * @param concurrency  requests per instance (default 80; 1st gen functions 1)
 */
public record Scaling(int minInstances, int maxInstances, int concurrency) implements Serializable {
    public static final Scaling DEFAULT = new Scaling(0, 100, 80);

    public Scaling {
        if (minInstances < 0 || maxInstances < 0 || concurrency < 1) {
            throw new IllegalArgumentException("scaling values out of range");
        }
    }
}
