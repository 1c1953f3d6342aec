package dev.vpcsim.exec;

import java.io.Serializable;
import java.util.List;

/** Runs independent work units and returns their results in unit order. */
public interface WorkExecutor extends AutoCloseable {

    /**
     * Runs every unit and returns the results in the order of {@code units}.
     *
     * @param units    independent units
     * @param progress told after each finished unit (from any thread); use {@link Progress#NONE} for none
     */
    <R extends Serializable> List<R> runAll(List<? extends WorkUnit<R>> units, Progress progress);

    default <R extends Serializable> List<R> runAll(List<? extends WorkUnit<R>> units) {
        return runAll(units, Progress.NONE);
    }

    /** How many units can run at once. */
    int parallelism();

    @Override
    void close();

    /** Receives a tick per finished unit. Implementations must be thread-safe. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = () -> { };

        void unitDone();
    }
}
