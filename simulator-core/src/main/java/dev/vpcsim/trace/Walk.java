package dev.vpcsim.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of one branch of a trace and how it ended. The root walk holds the whole trace; an equal-cost
 * route choice explores each route in a child walk and the root keeps the first branch's steps.
 */
final class Walk {
    /** A trace has at most this many non-final steps; one more aborts with TRACE_TOO_LONG [CT]. */
    static final int MAX_STEPS = 64;

    final Ctx ctx;
    final int base;
    final List<Step> steps = new ArrayList<>(12);
    String src = "-";
    long srcIp = -1;
    /** True when the packet's source address is fixed (an internal address or a manual NAT address). */
    boolean srcFixed;

    long ends;
    StepState finalState;
    DropCause drop;
    AbortCause abort;
    DeliverTarget deliver;
    ForwardTarget forward;
    String fix = "";
    Blocker blocker;

    Walk(Ctx ctx, int base) {
        this.ctx = ctx;
        this.base = base;
    }

    boolean done() {
        return finalState != null;
    }

    int depth() {
        return base + steps.size();
    }

    /** A child walk continuing from here with the same packet. */
    Walk branch() {
        Walk b = new Walk(ctx, depth());
        b.src = src;
        b.srcIp = srcIp;
        b.srcFixed = srcFixed;
        return b;
    }

    /** Appends the child's steps and outcome. */
    void absorb(Walk child) {
        steps.addAll(child.steps);
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
        if (depth() >= MAX_STEPS) {
            abort = AbortCause.TRACE_TOO_LONG;
            end(StepState.ABORT, lastResource(), "The trace passed " + MAX_STEPS + " steps: the packet loops.");
            fix = "break the routing loop: look at the routes and peerings the steps repeat";
            return false;
        }
        steps.add(new Step(state, resource, false, description, src, ctx.dstText, info));
        return true;
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
        end(StepState.DROP, lastResource(), reason);
        fix = fixText;
    }

    void abort(AbortCause cause, String reason, String fixText) {
        abort = cause;
        end(StepState.ABORT, lastResource(), reason);
        fix = fixText;
    }

    void deliver(DeliverTarget target, String reason) {
        deliver = target;
        end(StepState.DELIVER, lastResource(), reason);
    }

    void forward(ForwardTarget target, String reason) {
        forward = target;
        end(StepState.FORWARD, lastResource(), reason);
    }

    private void end(StepState state, String resource, String reason) {
        steps.add(new Step(state, resource, state == StepState.DROP, reason, src, ctx.dstText,
                new StepInfo.FinalInfo(reason)));
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
