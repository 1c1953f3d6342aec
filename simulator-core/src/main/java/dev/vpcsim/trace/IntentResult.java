package dev.vpcsim.trace;

import dev.vpcsim.model.Intent;

import java.util.Objects;

/**
 * An intent and what its trace says.
 *
 * @param intent the intent as written
 * @param trace  the trace of its flow (with near misses when it failed)
 * @param passed true when the verdict is what the intent expects (REACHABLE for reachable, UNREACHABLE for
 *               unreachable); AMBIGUOUS and UNDETERMINED never pass
 */
public record IntentResult(Intent intent, Trace trace, boolean passed) implements java.io.Serializable {
    public IntentResult {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(trace, "trace");
    }
}
