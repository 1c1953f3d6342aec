package dev.vpcsim.exec;

import java.io.Serializable;

/**
 * One independent piece of a sweep: deterministic, side-effect free, serializable with everything it needs.
 *
 * @param <R> its result
 */
@FunctionalInterface
public interface WorkUnit<R extends Serializable> extends Serializable {
    R run();
}
