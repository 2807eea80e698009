package dev.moons.training;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.io.StartupTrace;
import dev.moons.model.Nd4jRuntime;
import dev.moons.model.SameDiffGradient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * A comparison repeated over seeds {@code seed … seed+k−1}: the first seed's comparison (with full history)
 * and every seed's final results per method, plus the manual-vs-SameDiff gradient check. The check (building a
 * SameDiff graph, the slowest part of a short run's start-up) runs on its own thread from the start of
 * {@link #run}, on its own copy of the first seed's problem, and is waited for only when
 * {@link #gradcheckMaxDiff()} is first asked.
 */
public final class CompareResult {
    private final Config config;
    private final Comparison first;
    private final Map<Method, List<SeedResult>> results;
    private final Future<Double> gradcheck;

    private CompareResult(Config config, Comparison first, Map<Method, List<SeedResult>> results,
            Future<Double> gradcheck) {
        this.config = config;
        this.first = first;
        this.results = results;
        this.gradcheck = gradcheck;
    }

    /** The settings, {@code seeds} included. */
    public Config config() {
        return config;
    }

    /** The first seed's comparison, trained to the end. */
    public Comparison first() {
        return first;
    }

    /** Per method in lane order, one result per seed in order. */
    public Map<Method, List<SeedResult>> results() {
        return results;
    }

    /** Max |manual − SameDiff| over the gradient at the first seed's initial weights (waits for the check). */
    public double gradcheckMaxDiff() {
        try {
            return gradcheck.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the gradient check", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("gradient check failed: " + e.getCause(), e.getCause());
        }
    }

    /** Trains every method on generated moons for every seed; {@code listener} sees every record. */
    public static CompareResult run(Config config, EpochListener listener) {
        return run(config, null, listener);
    }

    /**
     * Trains every method of the config for every seed, in lockstep per seed, on {@code data} (the split, weights and batch
     * order still follow each seed) or, when it is null, on moons generated from each seed.
     */
    public static CompareResult run(Config config, Dataset data, EpochListener listener) {
        return run(config, data, listener, null);
    }

    /**
     * As {@link #run(Config, Dataset, EpochListener)}; when {@code firstArchive} is not null, it keeps the first
     * seed's parameters every k epochs (for a session file).
     */
    public static CompareResult run(Config config, Dataset data, EpochListener listener, EpochArchive firstArchive) {
        return run(config, data, listener, firstArchive, 1);
    }

    /**
     * As {@link #run(Config, Dataset, EpochListener, EpochArchive)} with the seeds spread over {@code threads}
     * workers (1 … 256), each seed's comparison on one worker with its own ND4J arrays; the results are those of
     * one thread, bit for bit. {@code listener} is called by one worker at a time, each seed's records in order.
     */
    public static CompareResult run(Config config, Dataset data, EpochListener listener, EpochArchive firstArchive,
            int threads) {
        return run(config, data, listener, firstArchive, threads, 0);
    }

    /**
     * As {@link #run(Config, Dataset, EpochListener, EpochArchive, int)}, every run also recording λ_max every
     * {@code sharpnessEvery} epochs (0 = off).
     */
    public static CompareResult run(Config config, Dataset data, EpochListener listener, EpochArchive firstArchive,
            int threads, int sharpnessEvery) {
        return run(config, data, listener, firstArchive, threads, sharpnessEvery, first -> { });
    }

    /**
     * As {@link #run(Config, Dataset, EpochListener, EpochArchive, int, int)}; {@code firstDone} gets the first
     * seed's comparison as soon as it is trained to the end (on the worker that trained it, while the other seeds
     * may still train), e.g. to render its pictures meanwhile. It must not change the comparison.
     */
    public static CompareResult run(Config config, Dataset data, EpochListener listener, EpochArchive firstArchive,
            int threads, int sharpnessEvery, Consumer<Comparison> firstDone) {
        Parameter.THREADS.check(threads);
        Nd4jRuntime.ensureConfigured();
        FutureTask<Double> gradcheck = new FutureTask<>(() -> gradientCheck(config, data));
        Thread checker = new Thread(gradcheck, "gradient-check");
        checker.setDaemon(true);
        checker.start();
        EpochListener shared = threads == 1 ? listener : synchronizedListener(listener);
        // only the first seed's comparison is kept whole; the others are reduced to their results on the worker
        List<SeedRuns> seeds = new ParallelSeeds(threads).map(config.seeds(), k -> {
            long seed = config.seed() + k;
            Comparison c = train(config, data, seed, shared, k == 0 ? firstArchive : null,
                    sharpnessEvery);
            Map<Method, SeedResult> ends = new LinkedHashMap<>();
            for (TrainingRun run : c.runs()) {
                ends.put(run.method(), SeedResult.of(seed, run));
            }
            if (k == 0) {
                firstDone.accept(c);
            }
            return new SeedRuns(k == 0 ? c : null, ends);
        });
        Map<Method, List<SeedResult>> results = new LinkedHashMap<>();
        for (Method m : config.methods()) {
            results.put(m, new ArrayList<>());
        }
        for (SeedRuns s : seeds) {
            s.results().forEach((method, r) -> results.get(method).add(r));
        }
        return new CompareResult(config, seeds.get(0).comparison(), java.util.Collections.unmodifiableMap(results),
                gradcheck);
    }

    // manual vs SameDiff gradient at the first seed's initial weights, on a problem built afresh for this thread
    private static double gradientCheck(Config config, Dataset data) {
        Seeds seeds = Seeds.of(config.seed());
        Problem p = data == null ? Problem.generate(config, seeds)
                : Problem.of(data, config.trainRatio(), config.hidden(), config.activation(), seeds);
        StartupTrace.mark("samediff start");
        double diff = SameDiffGradient.maxAbsDiff(p.model(), p.initialParameters(seeds), p.xTrain(), p.yTrain());
        StartupTrace.mark("samediff done");
        return diff;
    }

    private record SeedRuns(Comparison comparison, Map<Method, SeedResult> results) {
    }

    // one seed's comparison trained to the end; the archive, when given, keeps its parameters every k epochs
    private static Comparison train(Config config, Dataset data, long seed, EpochListener listener,
            EpochArchive archive, int sharpnessEvery) {
        Comparison comparison = data == null ? Comparison.create(config, Seeds.of(seed))
                : Comparison.on(config, Seeds.of(seed), data);
        comparison.setSharpnessEvery(sharpnessEvery);
        if (archive != null) {
            archive.keep(comparison);
            while (!comparison.isDone()) {
                comparison.stepBoth(listener);
                archive.keep(comparison);
            }
        } else {
            comparison.runToEnd(listener);
        }
        return comparison;
    }

    private static EpochListener synchronizedListener(EpochListener listener) {
        return (method, record) -> {
            synchronized (listener) {
                listener.onEpoch(method, record);
            }
        };
    }

    /** Statistics over seeds of one field of one method's final records. */
    public Summary summary(Method method, ToDoubleFunction<EpochRecord> field) {
        return Summary.of(results.get(method).stream().mapToDouble(r -> field.applyAsDouble(r.last())).toArray());
    }

    /** How many of one method's runs ended in each status, in enum order, zero counts left out. */
    public Map<RunStatus, Integer> statusCounts(Method method) {
        Map<RunStatus, Integer> counts = new LinkedHashMap<>();
        for (RunStatus s : RunStatus.values()) {
            int n = (int) results.get(method).stream().filter(r -> r.status() == s).count();
            if (n > 0) {
                counts.put(s, n);
            }
        }
        return counts;
    }
}
