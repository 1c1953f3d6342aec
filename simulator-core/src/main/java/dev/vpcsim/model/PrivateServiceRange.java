package dev.vpcsim.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A range allocated to Google-managed services (private services access): Cloud SQL, Memorystore.
 *
 * @param name  allocation name
 * @param range the allocated range
 */
public record PrivateServiceRange(String name, Cidr range) implements Serializable {
    public PrivateServiceRange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(range, "range");
    }
}
