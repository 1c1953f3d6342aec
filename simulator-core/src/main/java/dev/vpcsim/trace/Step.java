package dev.vpcsim.trace;

import java.io.Serializable;
import java.util.Objects;

/**
 * One step of a trace.
 *
 * @param state         Connectivity Tests state
 * @param resource      the resource that decided the step ({@code firewall/NAME}, {@code routes/ID}, ...)
 * @param causesDrop    true on the step that drops the packet and on the final DROP
 * @param description   one plain sentence
 * @param sourceIp      the packet's source address after the step ({@code -} when not yet known)
 * @param destinationIp the packet's destination address after the step
 * @param info          the typed detail
 */
public record Step(StepState state, String resource, boolean causesDrop, String description, String sourceIp,
                   String destinationIp, StepInfo info) implements Serializable {
    public Step {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sourceIp, "sourceIp");
        Objects.requireNonNull(destinationIp, "destinationIp");
        Objects.requireNonNull(info, "info");
    }
}
