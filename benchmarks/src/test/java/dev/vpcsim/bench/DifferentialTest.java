package dev.vpcsim.bench;

import dev.vpcsim.bench.gen.DesignGenerator;
import dev.vpcsim.bench.ref.ReferenceEvaluator;
import dev.vpcsim.bench.ref.Verdict;
import dev.vpcsim.model.Design;
import dev.vpcsim.trace.Flow;
import dev.vpcsim.trace.Trace;
import dev.vpcsim.trace.TraceEngine;
import dev.vpcsim.trace.Tracer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast engine against the plain reference evaluator on seeded random designs: result, drop cause, abort cause,
 * targets and deciding resource must agree on every flow. A disagreement prints the seed, the flow and both verdicts;
 * reproduce it with {@code DesignGenerator.small(seed)} and {@code DesignGenerator.flows(design, seed, FLOWS)}.
 */
class DifferentialTest {
    static final int DESIGNS = 2_000;
    static final int FLOWS = 12;

    /**
     * What docs/model.md promises of every trace, beyond the verdict: only the deciding step and the final DROP carry
     * {@code causesDrop}; the final step repeats the deciding step's resource; a trace without explanations has no
     * near misses; {@code explain} reaches the same verdict as {@code trace}. Empty when all hold.
     */
    static String invariants(Trace t, Flow f, Verdict explained) {
        List<dev.vpcsim.trace.Step> steps = t.steps();
        dev.vpcsim.trace.Step last = steps.get(steps.size() - 1);
        for (int i = 0; i < steps.size(); i++) {
            boolean expected = t.dropCause().isPresent() && i >= steps.size() - 2;
            if (steps.get(i).causesDrop() != expected) {
                return "step " + i + " causesDrop " + steps.get(i).causesDrop();
            }
        }
        if (steps.size() >= 2 && !last.resource().equals(t.decidingStep().resource())) {
            return "final step resource " + last.resource() + " differs from the deciding " + t.decidingStep().resource();
        }
        if (!t.nearMisses().isEmpty()) {
            return "near misses without explain: " + t.nearMisses();
        }
        Verdict traced = Verdict.of(t);
        if (!traced.agrees(explained)) {
            return "explain disagrees with trace: " + explained;
        }
        return "";
    }

    @Test
    void engineAgreesWithTheReference() {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        java.util.Map<String, Integer> ends = new java.util.TreeMap<>();
        for (long seed = 0; seed < DESIGNS; seed++) {
            Design d = DesignGenerator.small(seed);
            ReferenceEvaluator ref = new ReferenceEvaluator(d);
            Tracer tracer = new TraceEngine(d);
            for (Flow f : DesignGenerator.flows(d, seed, FLOWS)) {
                Verdict expected = ref.evaluate(f);
                Verdict actual;
                Trace t;
                try {
                    t = tracer.trace(f);
                    actual = Verdict.of(t);
                } catch (RuntimeException e) {
                    disagreements.add("seed " + seed + " " + f + "\n  reference " + expected + "\n  engine threw " + e);
                    continue;
                }
                compared++;
                String broken = invariants(t, f, compared % 4 == 0 ? Verdict.of(tracer.explain(f)) : actual);
                if (!broken.isEmpty()) {
                    disagreements.add("seed " + seed + " " + f + "\n  engine    " + actual + "\n  " + broken);
                }
                ends.merge(expected.result() + " " + expected.end(), 1, Integer::sum);
                if (!expected.agrees(actual)) {
                    disagreements.add("seed " + seed + " " + f + "\n  reference " + expected + "\n  engine    " + actual);
                }
            }
        }
        disagreements.stream().limit(30).forEach(System.out::println);
        System.out.println(compared + " flows compared, " + disagreements.size() + " disagreements; outcomes " + ends);
        assertEquals(List.of(), disagreements.stream().limit(5).toList(),
                disagreements.size() + " disagreements in " + compared + " flows");
    }
}
