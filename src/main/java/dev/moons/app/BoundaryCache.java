package dev.moons.app;

import dev.moons.training.BoundaryGrid;
import dev.moons.training.EpochArchive;
import dev.moons.training.Method;
import dev.moons.training.TrainingRun;
import java.util.EnumMap;
import java.util.Map;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Each run's boundary probabilities, recomputed only when the run moved, and the last finite ones kept once a run
 * has diverged: a diverged run goes on showing the boundary it had before. Confined to the training thread.
 */
final class BoundaryCache {
    private final Map<Method, double[]> lastProbabilities = new EnumMap<>(Method.class);
    private final Map<Method, Integer> probabilitiesEpoch = new EnumMap<>(Method.class);

    /** Forgets every run's boundary (a new comparison). */
    void clear() {
        lastProbabilities.clear();
        probabilitiesEpoch.clear();
    }

    /** P(class 1) of {@code run} on {@code grid} [gridSize²] now, or the last finite one after a divergence. */
    double[] probabilities(TrainingRun run, BoundaryGrid grid) {
        Integer at = probabilitiesEpoch.get(run.method());
        double[] cached = lastProbabilities.get(run.method());
        if (cached != null && at != null && (at == run.epoch() || run.divergedAt() >= 0)) {
            return cached;
        }
        double[] p = grid.probabilities(run.problem().model(), run.parameters());
        if (cached != null && !allFinite(p)) {
            return cached;
        }
        lastProbabilities.put(run.method(), p);
        probabilitiesEpoch.put(run.method(), run.epoch());
        return p;
    }

    /**
     * For a restored run that had diverged: keeps the boundary of its latest epoch before the divergence in
     * {@code archive} that has a finite one, as live training would have.
     */
    void keepBeforeDivergence(TrainingRun run, EpochArchive archive, BoundaryGrid grid) {
        if (run.divergedAt() < 0) {
            return;
        }
        // the diverged epoch itself is past the range the views show, as live training treats it
        for (int e = Math.max(0, run.divergedAt() - 1); e >= 0; e--) {
            EpochArchive.Kept k = archive.nearest(e);
            if (k == null || k.epoch() > e) {
                continue;
            }
            double[] p = grid.probabilities(run.problem().model(),
                    Nd4j.createFromArray(k.theta(run.method())));
            if (allFinite(p)) {
                lastProbabilities.put(run.method(), p);
                probabilitiesEpoch.put(run.method(), run.epoch());
                return;
            }
            e = k.epoch();
        }
    }

    /** {@code p} when every value is finite, else null. */
    static double[] finiteOrNull(double[] p) {
        return allFinite(p) ? p : null;
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
