package dev.vpcsim.trace;

import dev.vpcsim.model.Protocol;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on traces shared by the engine tests. */
final class Expect {
    private Expect() {
    }

    static Flow tcp(String from, String to) {
        return new Flow(from, to, Protocol.TCP, Flow.DEFAULT_PORT);
    }

    static Flow tcp(String from, String to, int port) {
        return new Flow(from, to, Protocol.TCP, port);
    }

    static void dropped(Trace t, DropCause cause, String decidingResource) {
        assertEquals(Result.UNREACHABLE, t.result(), () -> render(t));
        assertEquals(cause, t.dropCause().orElseThrow(), () -> render(t));
        assertEquals(decidingResource, t.decidingStep().resource(), () -> render(t));
        assertTrue(t.decidingStep().causesDrop(), () -> "deciding step marks causesDrop\n" + render(t));
        assertEquals(cause.symptom(), t.symptom());
        assertFalse(t.fix().isBlank(), "a drop has a fix");
        long marked = t.steps().stream().filter(Step::causesDrop).count();
        assertEquals(2, marked, () -> "exactly the deciding step and DROP cause the drop\n" + render(t));
    }

    static void aborted(Trace t, AbortCause cause, String decidingResource) {
        assertEquals(Result.UNDETERMINED, t.result(), () -> render(t));
        assertEquals(cause, t.abortCause().orElseThrow(), () -> render(t));
        assertEquals(decidingResource, t.decidingStep().resource(), () -> render(t));
        assertFalse(t.fix().isBlank());
    }

    static void delivered(Trace t, DeliverTarget target, String decidingResource) {
        assertEquals(Result.REACHABLE, t.result(), () -> render(t));
        assertEquals(target, t.deliverTarget().orElseThrow(), () -> render(t));
        assertEquals(decidingResource, t.decidingStep().resource(), () -> render(t));
        assertEquals("", t.fix());
        assertEquals("", t.symptom());
    }

    static void forwarded(Trace t, ForwardTarget target, String decidingResource) {
        assertEquals(Result.REACHABLE, t.result(), () -> render(t));
        assertEquals(target, t.forwardTarget().orElseThrow(), () -> render(t));
        assertEquals(decidingResource, t.decidingStep().resource(), () -> render(t));
    }

    static void states(Trace t, StepState... expected) {
        assertEquals(List.of(expected), t.steps().stream().map(Step::state).toList(), () -> render(t));
    }

    static void resources(Trace t, String... expected) {
        assertEquals(List.of(expected), t.steps().stream().map(Step::resource).toList(), () -> render(t));
    }

    static boolean assumes(Trace t, Assumption a) {
        return t.assumptions().contains(a.line());
    }

    static String render(Trace t) {
        StringBuilder sb = new StringBuilder(t.result() + " " + t.flow() + "\n");
        for (Step s : t.steps()) {
            sb.append("  ").append(s.state()).append(' ').append(s.resource()).append(s.causesDrop() ? " [drop]" : "")
                    .append(" src=").append(s.sourceIp()).append(" : ").append(s.description()).append('\n');
        }
        sb.append("  fix: ").append(t.fix()).append('\n');
        t.nearMisses().forEach(n -> sb.append("  near: ").append(n).append('\n'));
        return sb.toString();
    }
}
