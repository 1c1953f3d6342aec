package dev.vpcsim.check;

import dev.vpcsim.model.Design;

import java.util.List;

/** One lint rule (or a small family of rules sharing a computation). Stateless and thread-safe. */
public interface Check {

    /** The finding ids this check can raise. */
    List<String> ids();

    /** Every finding of this check on the design, in any order. */
    List<Finding> run(Design design);
}
