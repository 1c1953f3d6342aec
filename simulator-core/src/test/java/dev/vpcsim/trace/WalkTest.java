package dev.vpcsim.trace;

import dev.vpcsim.model.Protocol;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
