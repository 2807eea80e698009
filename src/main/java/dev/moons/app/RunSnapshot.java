package dev.moons.app;

import dev.moons.metrics.ClassificationReport;
import dev.moons.training.BoundaryContour;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;

/**
 * The latest state of one run, as the UI shows it; the settings it trains with are in its {@link Snapshot}'s Config.
 *
 * @param method        the run's method
 * @param last          the latest epoch record
 * @param epochs        epochs scheduled in all
 * @param divergedAt    the epoch the run diverged at, or -1
 * @param probabilities P(class 1) on the boundary grid, row-major from the top-left (the last finite one
 *                      after a divergence)
 * @param contour       the p = 0.5 contour of {@code probabilities} in grid-index coordinates (traced on the
 *                      training thread)
 * @param testReport    test-set metrics at threshold 0.5
 * @param theta         a copy of the run's parameters θ [4H+1] at {@code last.epoch()} (layout of {@code Mlp})
 */
public record RunSnapshot(Method method, EpochRecord last, int epochs, int divergedAt, double[] probabilities,
        BoundaryContour contour, ClassificationReport testReport, double[] theta) {
}
