package dev.vpcsim.trace;

import dev.vpcsim.model.Protocol;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WalkTest {

    @Test
    void theSixtyFifthStepAbortsWithTraceTooLong() {
        DesignIndex ix = new DesignIndex(Fixture.basic().build());
        Ctx ctx = new Ctx(ix, ix.sources.get("my-service"), 1, "0.0.0.1", Protocol.TCP, 80, Relax.NONE);
        Walk w = new Walk(ctx, 0);
        StepInfo info = new StepInfo.FinalInfo("x");
        for (int i = 0; i < 64; i++) {
            assertTrue(w.add(StepState.APPLY_ROUTE, "routes/r" + i, "step", info));
        }
        assertFalse(w.add(StepState.APPLY_ROUTE, "routes/r64", "step", info));
        assertEquals(65, w.steps.size());
        assertEquals(AbortCause.TRACE_TOO_LONG, w.abort);
        assertEquals("routes/r63", w.steps.get(64).resource(), "the final step repeats the deciding step's resource");
        Walk child = new Walk(ctx, 60);
        for (int i = 0; i < 4; i++) {
            assertTrue(child.add(StepState.APPLY_ROUTE, "routes/c" + i, "step", info));
        }
        assertFalse(child.add(StepState.APPLY_ROUTE, "routes/c4", "step", info), "branches count their parents' steps");
    }

    @Test
    void sideBranchesCountStepsWithoutRecordingThem() {
        DesignIndex ix = new DesignIndex(Fixture.basic().build());
        Ctx ctx = new Ctx(ix, ix.sources.get("my-service"), 1, "0.0.0.1", Protocol.TCP, 80, Relax.NONE);
        StepInfo info = new StepInfo.FinalInfo("x");
        Walk root = new Walk(ctx, 0);
        for (int i = 0; i < 60; i++) {
            assertTrue(root.add(StepState.APPLY_ROUTE, "routes/r" + i, "step", info));
        }
        Walk side = root.sideBranch();
        for (int i = 0; i < 4; i++) {
            assertTrue(side.add(StepState.APPLY_ROUTE, "routes/s" + i, "step", info));
        }
        assertFalse(side.add(StepState.NAT, "nats/n", "step", info), "a side branch aborts at the same depth");
        assertEquals(AbortCause.TRACE_TOO_LONG, side.abort);
        assertTrue(side.steps.isEmpty(), "a side branch records no steps");
        assertFalse(side.natStep, "the aborted step was not taken");
        Walk next = side.sideBranch();
        assertEquals(65, next.depth(), "it still counts the steps it took, the final one included");
        Walk kept = root.branch();
        assertTrue(kept.add(StepState.NAT, "nats/n", "step", info));
        kept.deliver(DeliverTarget.INTERNET, "delivered");
        root.absorb(kept);
        assertEquals(62, root.steps.size());
        assertTrue(root.natStep);
        assertEquals("nats/n", root.steps.get(61).resource());
        assertThrows(IllegalStateException.class, () -> new Walk(ctx, 0).absorb(side),
                "a recording walk never takes a side branch's (missing) steps");
    }

    @Test
    void endsOfBranchesAreComparedByStateAndCause() {
        DesignIndex ix = new DesignIndex(Fixture.basic().build());
        Ctx ctx = new Ctx(ix, ix.sources.get("my-service"), 1, "0.0.0.1", Protocol.TCP, 80, Relax.NONE);
        Walk a = new Walk(ctx, 0);
        a.forward(ForwardTarget.VPN_GATEWAY, "x");
        Walk b = new Walk(ctx, 0);
        b.forward(ForwardTarget.VPN_GATEWAY, "y");
        Walk c = new Walk(ctx, 0);
        c.drop(DropCause.NO_ROUTE, "z", "fix");
        assertFalse(Ends.several(a.ends | b.ends));
        assertTrue(Ends.several(a.ends | c.ends));
        assertEquals("DROP NO_ROUTE, FORWARD VPN_GATEWAY", Ends.describe(a.ends | c.ends));
    }
}
