package dev.vpcsim.bench.gen;

import dev.vpcsim.bench.ref.ReferenceEvaluator;
import dev.vpcsim.bench.ref.Verdict;
import dev.vpcsim.model.Design;
import dev.vpcsim.trace.AbortCause;
import dev.vpcsim.trace.DeliverTarget;
import dev.vpcsim.trace.DropCause;
import dev.vpcsim.trace.ForwardTarget;
import dev.vpcsim.trace.Flow;
import dev.vpcsim.trace.Result;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator's designs, traced by the reference evaluator, reach every outcome of the vocabulary. */
class CoverageTest {

    @Test
    void everyCauseAndTargetAppearsAcrossSeeds() {
        Map<DropCause, Integer> drops = new EnumMap<>(DropCause.class);
        Map<AbortCause, Integer> aborts = new EnumMap<>(AbortCause.class);
        Set<DeliverTarget> delivers = EnumSet.noneOf(DeliverTarget.class);
        Set<ForwardTarget> forwards = EnumSet.noneOf(ForwardTarget.class);
        Map<Result, Integer> results = new EnumMap<>(Result.class);
        for (long seed = 0; seed < 1000; seed++) {
            Design d = DesignGenerator.small(seed);
            ReferenceEvaluator ref = new ReferenceEvaluator(d);
            for (Flow f : DesignGenerator.flows(d, seed, 8)) {
                Verdict v = ref.evaluate(f);
                v.dropCause().ifPresent(c -> drops.merge(c, 1, Integer::sum));
                v.abortCause().ifPresent(c -> aborts.merge(c, 1, Integer::sum));
                v.deliverTarget().ifPresent(delivers::add);
                v.forwardTarget().ifPresent(forwards::add);
                results.merge(v.result(), 1, Integer::sum);
            }
        }
        System.out.println("drops " + new TreeMap<>(drops));
        System.out.println("aborts " + new TreeMap<>(aborts));
        System.out.println("results " + results + " delivers " + delivers + " forwards " + forwards);
        assertEquals(EnumSet.allOf(DropCause.class), EnumSet.copyOf(drops.keySet()), "drop causes seen");
        assertTrue(aborts.keySet().containsAll(EnumSet.of(AbortCause.VPC_CONNECTOR_REGION_MISMATCH,
                AbortCause.UNSUPPORTED, AbortCause.INVALID_ARGUMENT)), "abort causes seen: " + aborts.keySet());
        assertEquals(EnumSet.allOf(DeliverTarget.class), delivers);
        assertEquals(EnumSet.allOf(ForwardTarget.class), forwards);
    }
}
