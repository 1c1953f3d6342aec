package dev.vpcsim.exec;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs work units on a fixed pool of daemon threads on this machine. */
public final class LocalExecutor implements WorkExecutor {
    private final int threads;
    private final ExecutorService pool;

    /** A pool of {@code threads} threads (at least 1). */
    public LocalExecutor(int threads) {
        this.threads = Math.max(1, threads);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "vpcsim-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A pool with one thread per available core. */
    public static LocalExecutor allCores() {
        return new LocalExecutor(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public <R extends Serializable> List<R> runAll(List<? extends WorkUnit<R>> units, Progress progress) {
        if (threads == 1 || units.size() <= 1) {
            List<R> out = new ArrayList<>(units.size());
            for (WorkUnit<R> u : units) {
                out.add(u.run());
                progress.unitDone();
            }
            return out;
        }
        List<Future<R>> futures = new ArrayList<>(units.size());
        for (WorkUnit<R> u : units) {
            futures.add(pool.submit(() -> {
                R r = u.run();
                progress.unitDone();
                return r;
            }));
        }
        List<R> out = new ArrayList<>(units.size());
        try {
            for (Future<R> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        return out;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
