package dev.vpcsim.check;

import dev.vpcsim.model.Design;

import java.util.List;

/**
 * A lint rule that also reads the capacity simulator ({@link CapacityFacts}). {@link Linter} hands every such
 * rule the same facts, so one check run simulates at most once; run alone, the rule simulates for itself.
 */
interface CapacityCheck extends Check {

    /** Every finding of this check, reading the shared facts (which simulate only if the design has traffic). */
    List<Finding> run(Design design, CapacityFacts facts);

    @Override
    default List<Finding> run(Design design) {
        return run(design, CapacityFacts.of(design));
    }
}
