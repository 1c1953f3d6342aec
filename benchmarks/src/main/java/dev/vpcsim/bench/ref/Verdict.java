package dev.vpcsim.bench.ref;

import dev.vpcsim.trace.AbortCause;
import dev.vpcsim.trace.DeliverTarget;
import dev.vpcsim.trace.DropCause;
import dev.vpcsim.trace.ForwardTarget;
import dev.vpcsim.trace.Result;
import dev.vpcsim.trace.Step;
import dev.vpcsim.trace.StepState;
import dev.vpcsim.trace.Trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a trace reduced to what two evaluators must agree on.
 *
 * @param result           the verdict
 * @param dropCause        for a final DROP
 * @param abortCause       for a final ABORT
 * @param deliverTarget    for a final DELIVER
 * @param forwardTarget    for a final FORWARD
 * @param decidingResource the resource of the last non-final step (the rule that blocked, the chosen route...),
 *                         as {@link Trace#decidingStep()} defines it; for a trace with only a final step, that
 *                         step's resource
 * @param path             every step as {@code STATE resource}, for diagnostics (not compared)
 */
public record Verdict(Result result, Optional<DropCause> dropCause, Optional<AbortCause> abortCause,
                      Optional<DeliverTarget> deliverTarget, Optional<ForwardTarget> forwardTarget,
                      String decidingResource, List<String> path) {

    public Verdict {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(decidingResource, "decidingResource");
        path = List.copyOf(path);
    }

    /** The verdict an engine's trace states. */
    public static Verdict of(Trace t) {
        List<String> path = t.steps().stream().map(s -> s.state() + " " + s.resource()).toList();
        Step deciding = t.decidingStep();
        return new Verdict(t.result(), t.dropCause(), t.abortCause(), t.deliverTarget(), t.forwardTarget(),
                deciding.resource(), path);
    }

    /** The final state the causes and targets imply. */
    public StepState finalState() {
        if (dropCause.isPresent()) {
            return StepState.DROP;
        }
        if (abortCause.isPresent()) {
            return StepState.ABORT;
        }
        return deliverTarget.isPresent() ? StepState.DELIVER : StepState.FORWARD;
    }

    /** True when result, causes, targets and deciding resource are equal (the path is not compared). */
    public boolean agrees(Verdict other) {
        return result == other.result && dropCause.equals(other.dropCause) && abortCause.equals(other.abortCause)
                && deliverTarget.equals(other.deliverTarget) && forwardTarget.equals(other.forwardTarget)
                && decidingResource.equals(other.decidingResource);
    }

    /** How the trace ends, ignoring the steps: final state and cause or target ({@code DROP NO_ROUTE}). */
    public String end() {
        String what = dropCause.map(Enum::name).or(() -> abortCause.map(Enum::name))
                .or(() -> deliverTarget.map(Enum::name)).orElseGet(() -> forwardTarget.map(Enum::name).orElse("?"));
        return finalState() + " " + what;
    }

    /** The same verdict, marked AMBIGUOUS (equal-cost branches that end differently). */
    Verdict ambiguous() {
        return new Verdict(Result.AMBIGUOUS, dropCause, abortCause, deliverTarget, forwardTarget, decidingResource,
                path);
    }

    /** One line: {@code UNREACHABLE DROP FIREWALL_RULE at firewall/deny-all}. */
    public String summary() {
        return result + " " + end() + " at " + decidingResource;
    }

    @Override
    public String toString() {
        return summary() + " via " + path;
    }
}
