package dev.moons.training;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
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
        return run(config, data, listener, firstArchive, 0);
    }

    /**
     * As {@link #run(Config, Dataset, EpochListener, EpochArchive)}, every run also recording λ_max every
     * {@code sharpnessEvery} epochs (0 = off).
     */
    public static CompareResult run(Config config, Dataset data, EpochListener listener, EpochArchive firstArchive,
            int sharpnessEvery) {
        Map<Method, List<SeedResult>> results = new EnumMap<>(Method.class);
        for (Method m : Method.all()) {
            results.put(m, new ArrayList<>());
        }
        Comparison first = null;
        double gradcheck = Double.NaN;
        for (int k = 0; k < config.seeds(); k++) {
            long seed = config.seed() + k;
            Comparison comparison = data == null ? Comparison.create(config, Seeds.of(seed))
                    : Comparison.on(config, Seeds.of(seed), data);
            comparison.setSharpnessEvery(sharpnessEvery);
            if (first == null) {
                first = comparison;
                Problem p = comparison.problem();
                gradcheck = SameDiffGradient.maxAbsDiff(p.model(), comparison.initialParameters(),
                        p.xTrain(), p.yTrain());
            }
            if (k == 0 && firstArchive != null) {
                firstArchive.keep(comparison);
                while (!comparison.isDone()) {
                    comparison.stepBoth(listener);
                    firstArchive.keep(comparison);
                }
            } else {
                comparison.runToEnd(listener);
            }
            for (TrainingRun run : comparison.runs()) {
                results.get(run.method()).add(SeedResult.of(seed, run));
            }
        }
        return new CompareResult(config, first, java.util.Collections.unmodifiableMap(results), gradcheck);
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
