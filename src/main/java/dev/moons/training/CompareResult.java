package dev.moons.training;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.model.Nd4jRuntime;
import dev.moons.model.SameDiffGradient;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A comparison repeated over seeds {@code seed … seed+k−1}: the first seed's comparison (with full history)
 * and every seed's final results per method, plus the manual-vs-SameDiff gradient check.
 *
 * @param config           the settings, {@code seeds} included
 * @param first            the first seed's comparison, trained to the end
 * @param results          per method in lane order, one result per seed in order
 * @param gradcheckMaxDiff max |manual − SameDiff| over the gradient at the first seed's initial weights
 */
public record CompareResult(Config config, Comparison first, Map<Method, List<SeedResult>> results,
        double gradcheckMaxDiff) {

    /** Trains both methods on generated moons for every seed; {@code listener} sees every record. */
    public static CompareResult run(Config config, EpochListener listener) {
        return run(config, null, listener);
    }

    /**
     * Trains both methods for every seed, in lockstep per seed, on {@code data} (the split, weights and batch
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
        Parameter.THREADS.check(threads);
        Nd4jRuntime.ensureConfigured();
        EpochListener shared = threads == 1 ? listener : synchronizedListener(listener);
        // only the first seed's comparison is kept whole; the others are reduced to their results on the worker
        List<SeedRuns> seeds = new ParallelSeeds(threads).map(config.seeds(), k -> {
            long seed = config.seed() + k;
            Comparison c = train(config, data, seed, shared, k == 0 ? firstArchive : null);
            Map<Method, SeedResult> ends = new EnumMap<>(Method.class);
            for (TrainingRun run : c.runs()) {
                ends.put(run.method(), SeedResult.of(seed, run));
            }
            return new SeedRuns(k == 0 ? c : null, ends);
        });
        Map<Method, List<SeedResult>> results = new EnumMap<>(Method.class);
        for (Method m : Method.all()) {
            results.put(m, new ArrayList<>());
        }
        for (SeedRuns s : seeds) {
            s.results().forEach((method, r) -> results.get(method).add(r));
        }
        Comparison first = seeds.get(0).comparison();
        Problem p = first.problem();
        double gradcheck = SameDiffGradient.maxAbsDiff(p.model(), first.initialParameters(), p.xTrain(), p.yTrain());
        return new CompareResult(config, first, java.util.Collections.unmodifiableMap(results), gradcheck);
    }

    private record SeedRuns(Comparison comparison, Map<Method, SeedResult> results) {
    }

    // one seed's comparison trained to the end; the archive, when given, keeps its parameters every k epochs
    private static Comparison train(Config config, Dataset data, long seed, EpochListener listener,
            EpochArchive archive) {
        Comparison comparison = data == null ? Comparison.create(config, Seeds.of(seed))
                : Comparison.on(config, Seeds.of(seed), data);
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
