package dev.vpcsim.trace;

/** Follows flows through one design. Implementations are immutable and thread-safe. */
public interface Tracer {

    /** Traces one flow; never throws for a modelled outcome (an unknown workload is an ABORT INVALID_ARGUMENT). */
    Trace trace(Flow flow);

    /** Traces one flow and fills {@link Trace#nearMisses()} for a drop. */
    Trace explain(Flow flow);
}
