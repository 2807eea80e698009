package dev.moons.app;

import dev.moons.training.BoundaryContour;
import dev.moons.training.BoundaryGrid;
import dev.moons.training.EpochArchive;
import dev.moons.training.Method;
import dev.moons.training.TrainingRun;
import java.util.EnumMap;
import java.util.Map;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Each run's boundary (probabilities and their p = 0.5 contour), recomputed only when the run moved, and the last
 * finite one kept once a run has diverged: a diverged run goes on showing the boundary it had before. Confined to
 * the training thread, which also traces the contours, so the UI thread only recolours the map.
 */
final class BoundaryCache {
    private final Map<Method, Boundary> last = new EnumMap<>(Method.class);
    private final Map<Method, Integer> lastEpoch = new EnumMap<>(Method.class);
    private final BoundaryContour.Tracer tracer = new BoundaryContour.Tracer();

    /**
     * A run's boundary on the grid.
     *
     * @param probabilities P(class 1) per grid pixel [gridSize²], row-major from the top-left
     * @param contour       their p = 0.5 contour in grid-index coordinates
     */
    record Boundary(double[] probabilities, BoundaryContour contour) {
    }

    /** Forgets every run's boundary (a new comparison). */
    void clear() {
        last.clear();
        lastEpoch.clear();
    }

    /** The boundary of {@code run} on {@code grid} now, or the last finite one after a divergence. */
    Boundary boundary(TrainingRun run, BoundaryGrid grid) {
        Integer at = lastEpoch.get(run.method());
        Boundary cached = last.get(run.method());
        if (cached != null && at != null && (at == run.epoch() || run.divergedAt() >= 0)) {
            return cached;
        }
        double[] p = grid.probabilities(run.problem().model(), run.parameters());
        if (cached != null && !allFinite(p)) {
            return cached;
        }
        return keep(run, grid, p);
    }

    private Boundary keep(TrainingRun run, BoundaryGrid grid, double[] p) {
        Boundary b = new Boundary(p, BoundaryContour.of(p, grid.width(), grid.height(), tracer));
        last.put(run.method(), b);
        lastEpoch.put(run.method(), run.epoch());
        return b;
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
                keep(run, grid, p);
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
