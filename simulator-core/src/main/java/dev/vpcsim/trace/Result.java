package dev.vpcsim.trace;

/** The verdict of a trace [CT]. */
public enum Result {
    /** Final DELIVER, or FORWARD out of the model. */
    REACHABLE,
    /** Final DROP. */
    UNREACHABLE,
    /** Several traces (ECMP branches) end differently. */
    AMBIGUOUS,
    /** Final ABORT: the model cannot answer. */
    UNDETERMINED;

    /** The result a final state implies. */
    public static Result of(StepState finalState) {
        return switch (finalState) {
            case DELIVER, FORWARD -> REACHABLE;
            case DROP -> UNREACHABLE;
            case ABORT -> UNDETERMINED;
            default -> throw new IllegalArgumentException("not a final state: " + finalState);
        };
    }
}
