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
 * @param leftProbabilities  P(class 1) on the boundary grid for the left lane's run, or null if not finite
 * @param rightProbabilities the same for the right lane's run
 * @param left               the left lane's record at that epoch
 * @param right              the right lane's record at that epoch
 * @param lineSearch         the line-search step of that epoch (the first line-search lane's), or null at epoch 0
 * @param leftTheta          the left lane's parameters θ [4H+1] at that epoch (layout of {@code Mlp})
 * @param rightTheta         the right lane's parameters θ at that epoch
 */
public record EpochView(long generation, int requested, int epoch, int stride, double[] leftProbabilities,
        double[] rightProbabilities, EpochRecord left, EpochRecord right,
        LineSearchPicture lineSearch, double[] leftTheta, double[] rightTheta) {
}
