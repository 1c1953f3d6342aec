package dev.vpcsim.trace;

import dev.vpcsim.model.Intent;

import java.io.Serializable;
import java.util.Objects;

/**
 * An intent and the trace that checked it.
 *
 * @param intent the intent
 * @param trace  its trace
 * @param passed whether the trace's result agrees with {@link Intent#expect()}
 */
public record IntentResult(Intent intent, Trace trace, boolean passed) implements Serializable {
    public IntentResult {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(trace, "trace");
    }
}
