package dev.vpcsim.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of one branch of a trace and how it ended. The root walk holds the whole trace; an equal-cost
 * route choice explores each route in a child walk and the root keeps the first branch's steps. Only the ends of
 * the other branches count ({@link Ends}), so they do not record steps ({@link #recording}); they still count
 * them, make the same decisions and record the same assumptions.
 */
final class Walk {
    /** A trace has at most this many non-final steps; one more aborts with TRACE_TOO_LONG [CT]. */
    static final int MAX_STEPS = 64;

    final Ctx ctx;
    final int base;
    /** False for equal-cost branches after the first: {@link #steps} stays empty. */
    final boolean recording;
    final List<Step> steps;
    /** How many steps the walk took (recorded or not). */
    private int size;
    String src = "-";
    long srcIp = -1;
    /** True when the packet's source address is fixed (an internal address or a manual NAT address). */
    boolean srcFixed;
    /** True when this walk (not counting the steps before it branched off) has a NAT step. */
    boolean natStep;

    long ends;
    StepState finalState;
    DropCause drop;
    AbortCause abort;
    DeliverTarget deliver;
    ForwardTarget forward;
    String fix = "";
    Blocker blocker;

    Walk(Ctx ctx, int base) {
        this(ctx, base, true);
    }

    private Walk(Ctx ctx, int base, boolean recording) {
        this.ctx = ctx;
        this.base = base;
        this.recording = recording;
        this.steps = recording ? new ArrayList<>(12) : List.of();
    }

    boolean done() {
        return finalState != null;
    }

    int depth() {
        return base + size;
    }

    /** A child walk continuing from here with the same packet, recording when this walk records. */
    Walk branch() {
        return branch(recording);
    }

    /** A child walk continuing from here with the same packet that records no steps (only its end counts). */
    Walk sideBranch() {
        return branch(false);
    }

    private Walk branch(boolean record) {
        Walk b = new Walk(ctx, depth(), record);
        b.src = src;
        b.srcIp = srcIp;
        b.srcFixed = srcFixed;
        return b;
    }

    /** Appends the child's steps and outcome. */
    void absorb(Walk child) {
        if (recording && !child.recording) {
            throw new IllegalStateException("a recording walk cannot take the steps of a walk that did not record");
        }
        if (recording) {
            steps.addAll(child.steps);
        }
        size += child.size;
        natStep |= child.natStep;
        src = child.src;
        srcIp = child.srcIp;
        srcFixed = child.srcFixed;
        ends = child.ends;
        finalState = child.finalState;
        drop = child.drop;
        abort = child.abort;
        deliver = child.deliver;
        forward = child.forward;
        fix = child.fix;
        blocker = child.blocker;
    }

    /**
     * Appends a non-final step; when the trace already has {@link #MAX_STEPS} steps it aborts with TRACE_TOO_LONG
     * instead and returns false.
     */
    boolean add(StepState state, String resource, String description, StepInfo info) {
        if (!room()) {
            return false;
        }
        size++;
        natStep |= state == StepState.NAT;
        if (recording) {
            steps.add(new Step(state, resource, false, description, src, ctx.dstText, info));
        }
        return true;
    }

    /** A firewall step of a rule; its description is built only when the walk records. */
    boolean add(StepState state, RuleText rule) {
        return add(state, rule.resource, recording ? rule.description(this) : "", rule.info);
    }

    /** A route step; its description is built only when the walk records. */
    boolean add(RouteText route) {
        return add(StepState.APPLY_ROUTE, route.resource, recording ? route.description(ctx) : "", route.info);
    }

    private boolean room() {
        if (depth() < MAX_STEPS) {
            return true;
        }
        abort = AbortCause.TRACE_TOO_LONG;
        end(StepState.ABORT, "The trace passed " + MAX_STEPS + " steps: the packet loops.");
        fix = "break the routing loop: look at the routes and peerings the steps repeat";
        return false;
    }

    /** Marks the last step as the one that drops the packet and appends the final DROP. */
    void drop(DropCause cause, String reason, String fixText) {
        int last = steps.size() - 1;
        if (last >= 0) {
            Step s = steps.get(last);
            steps.set(last, new Step(s.state(), s.resource(), true, s.description(), s.sourceIp(), s.destinationIp(),
                    s.info()));
        }
        drop = cause;
        end(StepState.DROP, reason);
        fix = fixText;
    }

    void abort(AbortCause cause, String reason, String fixText) {
        abort = cause;
        end(StepState.ABORT, reason);
        fix = fixText;
    }

    void deliver(DeliverTarget target, String reason) {
        deliver = target;
        end(StepState.DELIVER, reason);
    }

    void forward(ForwardTarget target, String reason) {
        forward = target;
        end(StepState.FORWARD, reason);
    }

    /** The final step, on the resource of the last step (the deciding one). */
    private void end(StepState state, String reason) {
        if (recording) {
            steps.add(new Step(state, lastResource(), state == StepState.DROP, reason, src, ctx.dstText,
                    new StepInfo.FinalInfo(reason)));
        }
        size++;
        finalState = state;
        ends = Ends.bit(this);
    }

    /** The resource of the last step (the deciding one, once the final step is appended). */
    String lastResource() {
        return steps.isEmpty() ? ctx.src.resource : steps.get(steps.size() - 1).resource();
    }

    /** Sets the packet's source address (entry into a VPC, NAT). */
    void source(String text, long ip, boolean fixed) {
        src = text;
        srcIp = ip;
        srcFixed = fixed;
    }
}
