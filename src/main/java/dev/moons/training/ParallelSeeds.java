package dev.moons.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Independent tasks 0 … k−1 on a fixed pool of daemon workers, results in task order. With one thread the tasks
 * run on the caller's thread. A task's exception is rethrown (unchecked) after the pool is stopped.
 */
final class ParallelSeeds {
    private final int threads;

    /** A pool of {@code threads} workers (≥ 1). */
    ParallelSeeds(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
    }

    /** task(0) … task(count−1), at most {@code threads} at once, as a list in task order. */
    <T> List<T> map(int count, IntFunction<T> task) {
        List<T> results = new ArrayList<>(count);
        if (threads == 1 || count == 1) {
            for (int k = 0; k < count; k++) {
                results.add(task.apply(k));
            }
            return results;
        }
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), r -> {
            Thread t = new Thread(r, "seed-worker-" + named.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                int index = k;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training seeds", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
