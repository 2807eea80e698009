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
 * A learning-rate sweep: each fixed-step method of the config ({@link #swept()}: fixed, momentum, nesterov,
 * adam) at every learning rate × every seed, and its one line-search method ({@link #band()}, backtracking by
 * default) once per seed, on a fixed pool of worker threads, one task per run. Every run of seed s uses exactly
 * the data, split, initial weights and batch order that {@code compare} uses for seed s, so the line-search runs
 * are {@code compare}'s. Runs share nothing: each builds its own problem and ND4J arrays.
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
    private final List<Method> swept;
    private final Method band;
    private final Set<TrainingRun> active = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;
    private boolean started;

    /**
     * A sweep of {@code config} (its methods, epochs, batch, line search, seed and seeds; its lr is ignored) over
     * {@code lrs} (1 … 50 values, finite, &gt; 0), on {@code data} or, when it is null, on moons generated
     * from each seed, with {@code threads} workers (1 … 256). The config's methods must be fixed-step ones and
     * exactly one line search.
     */
    public Sweep(Config config, double[] lrs, Dataset data, int threads) {
        this.config = config;
        this.lrs = LearningRates.checked(lrs);
        this.data = data;
        this.swept = sweptOf(config);
        this.band = bandOf(config);
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be in [1, " + MAX_THREADS + "], was " + threads);
        }
        this.threads = threads;
    }

    /** The fixed-step methods of {@code config}, lane order: those a sweep sweeps over lr. */
    public static List<Method> sweptOf(Config config) {
        return config.methods().stream().filter(Method::isFixedStep).toList();
    }

    /** The one line-search method of {@code config}, whose band a sweep draws; refuses none or several. */
    public static Method bandOf(Config config) {
        List<Method> searches = config.methods().stream().filter(m -> !m.isFixedStep()).toList();
        if (searches.size() != 1) {
            throw new IllegalArgumentException("a sweep compares with exactly one line search, had "
                    + (searches.isEmpty() ? "none" : String.join(", ", searches.stream().map(Method::id).toList())));
        }
        return searches.get(0);
    }

    /** The methods swept over the learning rates, lane order. */
    public List<Method> swept() {
        return swept;
    }

    /** The line-search method run once per seed. */
    public Method band() {
        return band;
    }

    /** Runs in the sweep: (swept methods × learning rates + 1) × seeds. */
    public int totalRuns() {
        return (swept.size() * lrs.length + 1) * config.seeds();
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
        for (Method m : swept) {
            for (double lr : lrs) {
                for (int s = 0; s < k; s++) {
                    tasks.add(new Task(tasks.size(), m, lr, config.seed() + s));
                }
            }
        }
        int fixedRuns = tasks.size();
        for (int s = 0; s < k; s++) {
            tasks.add(new Task(tasks.size(), band, Double.NaN, config.seed() + s));
        }
        SweepRun[] results = new SweepRun[tasks.size()];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, workerFactory());
        try {
            List<Future<?>> futures = new ArrayList<>();
            // the line search first: its runs cost the most loss evaluations, so the pool ends evenly
            List<Task> order = new ArrayList<>(tasks.subList(fixedRuns, tasks.size()));
            order.addAll(tasks.subList(0, fixedRuns));
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

    // one run: a fixed-step method at lr, or the line search (lr NaN)
    private record Task(int index, Method method, double lr, long seed) {
    }

    private SweepRun train(Task task) {
        TrainingRun run = newRun(task.method, task.lr, task.seed);
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
     * {@link Comparison#create} / {@link Comparison#on}, with the first swept method at step {@code lr}, or the
     * line search when {@code lr} is NaN.
     */
    TrainingRun newRun(double lr, long seed) {
        return newRun(Double.isNaN(lr) ? band : swept.get(0), lr, seed);
    }

    /** As {@link #newRun(double, long)} for {@code method}: a swept one at step {@code lr}, or the line search. */
    TrainingRun newRun(Method method, double lr, long seed) {
        Seeds seeds = Seeds.of(seed);
        Problem problem = data == null ? Problem.generate(config, seeds)
                : Problem.of(data, config.trainRatio(), config.hidden(), config.activation(), seeds)
                        .withWeightDecay(config.weightDecay());
        return new TrainingRun(method, problem, problem.initialParameters(seeds),
                method.isFixedStep() ? method.optimizerAt(config, lr) : method.optimizer(config, problem),
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
