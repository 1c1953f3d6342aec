package dev.vpcsim.cli;

import dev.vpcsim.exec.LocalExecutor;
import picocli.CommandLine.Option;

/** The shared {@code --threads} option of sweeps. */
public final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: one per core). Results do not depend on it.")
    Integer threads;

    LocalExecutor executor() {
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new UserInputException("vpcsim: --threads " + threads + " is not between 1 and 1024");
        }
        return threads == null ? LocalExecutor.allCores() : new LocalExecutor(threads);
    }
}
