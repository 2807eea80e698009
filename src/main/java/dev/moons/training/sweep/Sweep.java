package dev.moons.training.sweep;

import dev.moons.training.Comparison;
import dev.moons.training.Method;
import dev.moons.training.Parameter;
import dev.moons.training.Problem;
import dev.moons.training.Config;
import dev.moons.training.TrainingRun;
import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.model.Nd4jRuntime;
import dev.moons.optim.FixedStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A learning-rate sweep: fixed-LR gradient descent at every learning rate × every seed, and backtracking once
 * per seed, on a fixed pool of worker threads, one task per run. Every run of seed s uses exactly the data,
 * split, initial weights and batch order that {@code compare} uses for seed s, so the backtracking runs are
 * {@code compare}'s backtracking runs. Runs share nothing: each builds its own problem and ND4J arrays.
 * {@link #run} blocks until every run has ended; {@link #cancel} may be called from any thread.
 */
public final class Sweep {
    /** Worker threads by default: one per available processor (the threads row's default). */
    public static final int DEFAULT_THREADS = Parameter.THREADS.defaultInt();
    /** The most worker threads a sweep takes (the threads row's upper end). */
    public static final int MAX_THREADS = (int) Parameter.THREADS.range().orElseThrow().max();

    private final Config config;
    private final double[] lrs;
    private final Dataset data;
    private final int threads;
    private final Set<TrainingRun> active = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;
    private boolean started;

    /**
     * A sweep of {@code config} (its epochs, batch, line search, seed and seeds; its lr is ignored) over
     * {@code lrs} (1 … 50 values, finite, &gt; 0), on {@code data} or, when it is null, on moons generated
     * from each seed, with {@code threads} workers (1 … 256).
     */
    public Sweep(Config config, double[] lrs, Dataset data, int threads) {
        this.config = config;
        this.lrs = LearningRates.checked(lrs);
        this.data = data;
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be in [1, " + MAX_THREADS + "], was " + threads);
        }
        this.threads = threads;
    }

    /** Runs in the sweep: (learning rates + 1) × seeds. */
    public int totalRuns() {
        return (lrs.length + 1) * config.seeds();
    }

    /** Asks every run to stop before its next epoch; runs not yet started end as cancelled at epoch 0. */
    public void cancel() {
        cancelled = true;
        for (TrainingRun run : active) {
            run.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Trains every run to its end (or to a cancel) and returns the results; callable once. */
    public SweepResult run(SweepListener listener) {
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("a sweep runs once");
            }
            started = true;
        }
        Nd4jRuntime.ensureConfigured();
        long start = System.nanoTime();
        int k = config.seeds();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < lrs.length; i++) {
            for (int s = 0; s < k; s++) {
                tasks.add(new Task(i * k + s, lrs[i], config.seed() + s));
            }
        }
        for (int s = 0; s < k; s++) {
            tasks.add(new Task(lrs.length * k + s, Double.NaN, config.seed() + s));
        }
        SweepRun[] results = new SweepRun[tasks.size()];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, workerFactory());
        try {
            List<Future<?>> futures = new ArrayList<>();
            // backtracking first: its runs cost the most loss evaluations, so the pool ends evenly
            List<Task> order = new ArrayList<>(tasks.subList(lrs.length * k, tasks.size()));
            order.addAll(tasks.subList(0, lrs.length * k));
            for (Task task : order) {
                futures.add(pool.submit(() -> {
                    SweepRun result = train(task);
                    results[task.index] = result;
                    synchronized (listener) {
                        int n = done.incrementAndGet();
                        listener.onRunEnded(result, SweepProgress.of(n, tasks.size(), (System.nanoTime() - start) / 1e6));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sweeping", e);
        } catch (ExecutionException e) {
            cancel();
            throw new IllegalStateException("sweep failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new SweepResult(config, lrs, Arrays.asList(results), cancelled, (System.nanoTime() - start) / 1e6);
    }

    // one run: fixed at lr, or backtracking when lr is NaN
    private record Task(int index, double lr, long seed) {
    }

    private SweepRun train(Task task) {
        TrainingRun run = newRun(task.lr, task.seed);
        active.add(run);
        try {
            if (cancelled) {
                run.cancel();
            }
            while (!run.isDone()) {
                run.nextEpoch();
            }
        } finally {
            active.remove(run);
        }
        return SweepRun.of(task.lr, task.seed, run);
    }

    /**
     * The run {@code compare} trains for {@code seed}: the same problem and initial weights as
     * {@link Comparison#create} / {@link Comparison#on}, with a fixed step {@code lr}, or the line search when
     * {@code lr} is NaN.
     */
    TrainingRun newRun(double lr, long seed) {
        Seeds seeds = Seeds.of(seed);
        Problem problem = data == null ? Problem.generate(config, seeds)
                : Problem.of(data, config.trainRatio(), config.hidden(), config.activation(), seeds)
                        .withWeightDecay(config.weightDecay());
        Method method = Double.isNaN(lr) ? Method.BACKTRACKING : Method.FIXED;
        return new TrainingRun(method, problem, problem.initialParameters(seeds),
                method == Method.FIXED ? new FixedStep(lr) : method.optimizer(config),
                config.epochs(), config.batch(), seeds.batchRandom());
    }

    private static ThreadFactory workerFactory() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sweep-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
