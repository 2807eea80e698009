package dev.moons.app;

import dev.moons.training.EpochRecord;
import dev.moons.training.LineSearchPicture;

/**
 * A past epoch re-evaluated on the training thread for the epoch scrubber.
 *
 * @param generation                the comparison it belongs to
 * @param requested                 the epoch asked for
 * @param epoch                     the nearest kept epoch, the one shown
 * @param stride                    the spacing k of kept epochs when it was taken
 * @param fixedProbabilities        P(class 1) on the boundary grid for the fixed run, or null if not finite
 * @param backtrackingProbabilities the same for the backtracking run
 * @param fixed                     the fixed run's record at that epoch
 * @param backtracking              the backtracking run's record at that epoch
 * @param lineSearch                the backtracking step of that epoch, or null at epoch 0
 * @param fixedTheta                the fixed run's parameters θ [4H+1] at that epoch (layout of {@code Mlp})
 * @param backtrackingTheta         the backtracking run's parameters θ at that epoch
 */
public record EpochView(long generation, int requested, int epoch, int stride, double[] fixedProbabilities,
        double[] backtrackingProbabilities, EpochRecord fixed, EpochRecord backtracking,
        LineSearchPicture lineSearch, double[] fixedTheta, double[] backtrackingTheta) {
}
