package dev.vpcsim.trace;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole trace. The constructor enforces that the last step, and only the last, is final, and that the
 * result, causes and targets agree with it.
 *
 * @param flow          the flow as resolved (names, addresses, protocol, port)
 * @param result        the verdict
 * @param steps         ordered steps
 * @param dropCause     for a final DROP
 * @param abortCause    for a final ABORT
 * @param deliverTarget for a final DELIVER
 * @param forwardTarget for a final FORWARD
 * @param symptom       what the client observes (empty for a reachable flow)
 * @param fix           what to change (empty for a reachable flow)
 * @param assumptions   every ASSUMPTION of semantics.md the trace relied on, in order of first use
 * @param nearMisses    for a drop: every setting that would have to change for the flow to pass (filled
 *                      when explanations are asked for; empty otherwise)
 */
public record Trace(ResolvedFlow flow, Result result, List<Step> steps, Optional<DropCause> dropCause,
                    Optional<AbortCause> abortCause, Optional<DeliverTarget> deliverTarget,
                    Optional<ForwardTarget> forwardTarget, String symptom, String fix, List<String> assumptions,
                    List<String> nearMisses) implements Serializable {

    public Trace {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(symptom, "symptom");
        Objects.requireNonNull(fix, "fix");
        steps = List.copyOf(steps);
        assumptions = List.copyOf(assumptions);
        nearMisses = List.copyOf(nearMisses);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a trace has at least one step");
        }
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).state().isFinal()) {
                throw new IllegalArgumentException("only the last step may be final, step " + i + " is " + steps.get(i).state());
            }
        }
        StepState last = finalState(steps);
        if (!last.isFinal()) {
            throw new IllegalArgumentException("the last step must be final, not " + last);
        }
        if (result != Result.AMBIGUOUS && Result.of(last) != result) {
            throw new IllegalArgumentException("result " + result + " disagrees with final state " + last);
        }
        check(dropCause.isPresent() == (last == StepState.DROP), "dropCause goes with DROP");
        check(abortCause.isPresent() == (last == StepState.ABORT), "abortCause goes with ABORT");
        check(deliverTarget.isPresent() == (last == StepState.DELIVER), "deliverTarget goes with DELIVER");
        check(forwardTarget.isPresent() == (last == StepState.FORWARD), "forwardTarget goes with FORWARD");
    }

    @java.io.Serial
    private Object writeReplace() {
        return new SerialForm(flow, result, new java.util.ArrayList<>(steps), dropCause.orElse(null),
                abortCause.orElse(null), deliverTarget.orElse(null), forwardTarget.orElse(null), symptom, fix,
                new java.util.ArrayList<>(assumptions), new java.util.ArrayList<>(nearMisses));
    }

    @java.io.Serial
    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("serialized through its serial form");
    }

    /** Serialized form of a trace (Optional is not serializable); read back through the checking constructor. */
    private record SerialForm(ResolvedFlow flow, Result result, java.util.ArrayList<Step> steps, DropCause dropCause,
                              AbortCause abortCause, DeliverTarget deliverTarget, ForwardTarget forwardTarget,
                              String symptom, String fix, java.util.ArrayList<String> assumptions,
                              java.util.ArrayList<String> nearMisses) implements Serializable {
        @java.io.Serial
        private Object readResolve() {
            return new Trace(flow, result, steps, Optional.ofNullable(dropCause), Optional.ofNullable(abortCause),
                    Optional.ofNullable(deliverTarget), Optional.ofNullable(forwardTarget), symptom, fix, assumptions,
                    nearMisses);
        }
    }

    private static StepState finalState(List<Step> steps) {
        return steps.get(steps.size() - 1).state();
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    /** DELIVER, DROP, FORWARD or ABORT. */
    public StepState finalState() {
        return finalState(steps);
    }

    /** The last non-final step: the resource that decided the outcome (the blocking rule, the chosen route...). */
    public Step decidingStep() {
        return steps.size() >= 2 ? steps.get(steps.size() - 2) : steps.get(0);
    }

    /**
     * The flow as the trace resolved it.
     *
     * @param source        workload name
     * @param sourceIp      the address the packet leaves with ({@code -} when not fixed: Google's pool)
     * @param destination   endpoint name, or the address when none holds it
     * @param destinationIp destination address
     * @param protocol      tcp, udp or icmp
     * @param port          destination port (0 for icmp)
     */
    public record ResolvedFlow(String source, String sourceIp, String destination, String destinationIp,
                               String protocol, int port) implements Serializable { }
}
