package dev.vpcsim.check;

import dev.vpcsim.model.Design;
import dev.vpcsim.trace.IntentResult;
import dev.vpcsim.trace.Intents;
import dev.vpcsim.trace.TraceEngine;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code vpcsim check} does, in one call: the lint rules ({@link Linter}), every intent traced
 * (failed ones become {@code intent-failed} ERROR findings), and, when the scenario has traffic, the capacity
 * findings computed by the lint rules that use the simulator.
 */
public final class CheckRunner {
    private CheckRunner() {
    }

    public static CheckReport run(Design design) {
        List<Finding> findings = new ArrayList<>(Linter.run(design));
        List<IntentResult> intents = Intents.evaluate(design, new TraceEngine(design));
        findings.addAll(Intents.findings(intents));
        return new CheckReport(design.name(), findings, intents);
    }
}
