package dev.vpcsim.cli;

import dev.vpcsim.exec.WorkExecutor;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on stderr for long sweeps: shown only when stderr is a terminal and only once the work has
 * run for {@value #DELAY_MILLIS} ms; silent otherwise (pipes, files, CI, tests).
 */
final class Progress implements WorkExecutor.Progress, AutoCloseable {
    static final long DELAY_MILLIS = 2000;
    private final AtomicLong done = new AtomicLong();
    private final long total;
    private final String task;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private ProgressBar bar;

    private Progress(String task, long total, boolean enabled) {
        this.task = task;
        this.total = total;
        this.enabled = enabled;
    }

    /** A progress reporter that draws on the process's stderr, only if that is a terminal. */
    static Progress onTerminal(String task, long total) {
        return new Progress(task, total, stderrIsTerminal());
    }

    @Override
    public void unitDone() {
        long n = done.incrementAndGet();
        if (!enabled) {
            return;
        }
        synchronized (this) {
            if (bar == null && (System.nanoTime() - start) / 1_000_000 >= DELAY_MILLIS && n < total) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(
                                new me.tongfei.progressbar.ConsoleProgressBarConsumer(new PrintStream(
                                        new java.io.FileOutputStream(java.io.FileDescriptor.err), true)))
                        .build();
            }
            if (bar != null) {
                bar.stepTo(n);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.stepTo(done.get());
            bar.close();
        }
    }

    /** True when file descriptor 2 is a terminal (Linux: /proc/self/fd/2 points at a tty). */
    private static boolean stderrIsTerminal() {
        if (System.getenv("CI") != null) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
