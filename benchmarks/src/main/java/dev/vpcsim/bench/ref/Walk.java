package dev.vpcsim.bench.ref;

import dev.vpcsim.trace.AbortCause;
import dev.vpcsim.trace.DeliverTarget;
import dev.vpcsim.trace.DropCause;
import dev.vpcsim.trace.ForwardTarget;
import dev.vpcsim.trace.Result;
import dev.vpcsim.trace.StepState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps taken so far (state and resource only) and the ways a walk ends. Copied for each ECMP branch.
 * A trace has at most {@link #MAX_STEPS} non-final steps; the next one ends the walk with ABORT TRACE_TOO_LONG [CT].
 */
final class Walk {
    static final int MAX_STEPS = 64;

    private final List<StepState> states;
    private final List<String> resources;

    Walk() {
        this.states = new ArrayList<>();
        this.resources = new ArrayList<>();
    }

    private Walk(Walk other) {
        this.states = new ArrayList<>(other.states);
        this.resources = new ArrayList<>(other.resources);
    }

    Walk copy() {
        return new Walk(this);
    }

    /** The walk already has {@link #MAX_STEPS} non-final steps: the next one aborts the trace. */
    static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("more than " + MAX_STEPS + " steps", null, false, false);
        }
    }

    /** Records a non-final step; the 65th throws {@link TooLong}, which ends the walk with TRACE_TOO_LONG. */
    void step(StepState state, String resource) {
        if (states.size() >= MAX_STEPS) {
            throw new TooLong();
        }
        states.add(state);
        resources.add(resource);
    }

    int size() {
        return states.size();
    }

    /** A trace of one final step (an unknown workload): that step is its own deciding step. */
    static Verdict lone(AbortCause cause, String resource) {
        return new Verdict(Result.UNDETERMINED, Optional.empty(), Optional.of(cause), Optional.empty(),
                Optional.empty(), resource, List.of(StepState.ABORT + " " + resource));
    }

    Verdict drop(DropCause cause) {
        return end(Result.UNREACHABLE, StepState.DROP, Optional.of(cause), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    Verdict abort(AbortCause cause) {
        return end(Result.UNDETERMINED, StepState.ABORT, Optional.empty(), Optional.of(cause), Optional.empty(),
                Optional.empty());
    }

    Verdict deliver(DeliverTarget target) {
        return end(Result.REACHABLE, StepState.DELIVER, Optional.empty(), Optional.empty(), Optional.of(target),
                Optional.empty());
    }

    Verdict forward(ForwardTarget target) {
        return end(Result.REACHABLE, StepState.FORWARD, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(target));
    }

    private Verdict end(Result result, StepState last, Optional<DropCause> drop, Optional<AbortCause> abort,
                        Optional<DeliverTarget> deliver, Optional<ForwardTarget> forward) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            path.add(states.get(i) + " " + resources.get(i));
        }
        String deciding = resources.get(resources.size() - 1);
        path.add(last + " " + deciding);
        return new Verdict(result, drop, abort, deliver, forward, deciding, path);
    }
}
