package dev.vpcsim.model.traffic;

import java.io.Serializable;
import java.util.Objects;

/**
 * A new revision of a workload takes over at once at {@code atSeconds}; the old revision's addresses stay
 * held for the retention window.
 *
 * @param workload  workload name
 * @param atSeconds when
 */
public record Rollout(String workload, long atSeconds) implements Serializable {
    public Rollout {
        Objects.requireNonNull(workload, "workload");
    }
}
