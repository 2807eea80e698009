package dev.moons.optim;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The loop shared by the Armijo searches along −g that differ only in how they shrink α (interpolation, the
 * stochastic line search's ×ρ): try θ − α·g from a start α, accept the first trial that passes
 * {@link ArmijoCondition}, give up without moving θ after {@link BacktrackingLineSearch#MAX_TRIALS} trials or
 * once α &lt; {@link BacktrackingLineSearch#MIN_STEP}. Keeps one trial buffer, so use one instance per run.
 */
final class ArmijoSearch {
    /** The next α to try after the trial {@code trials − 1} failed; {@code steps}, {@code losses} hold all trials. */
    @FunctionalInterface
    interface Shrink {
        /** The next α, below the last tried one. */
        double next(double[] steps, double[] losses, int trials);
    }

    private final ArmijoCondition armijo;
    private INDArray trial;
    private final BoundReduction norm2 = BoundReduction.norm2();

    /** A search with the sufficient-decrease test {@code armijo}. */
    ArmijoSearch(ArmijoCondition armijo) {
        this.armijo = armijo;
    }

    /**
     * One search on θ [p] with gradient g [p] and L(θ) = {@code loss}, starting at {@code start}; each trial costs
     * one {@code objective.value} call. As {@link BacktrackingLineSearch#step}: a non-finite loss or gradient
     * gives stepTaken false, and g = 0 gives stepTaken true at {@code start} with θ unchanged, both without
     * evaluations.
     */
    StepResult search(INDArray theta, INDArray gradient, double loss, Objective objective, double start,
            Shrink shrink) {
        Vectors.requireSameLength(theta, gradient);
        double gradientNorm = norm2.of(gradient);
        double gradNormSquared = gradientNorm * gradientNorm;
        if (!Double.isFinite(loss) || !Double.isFinite(gradNormSquared)) {
            return new StepResult(start, 0, gradientNorm, loss, loss, false, new double[0], new double[0],
                    SearchTrace.of(-1, SearchTrace.NOT_FINITE));
        }
        if (gradNormSquared == 0) {
            return new StepResult(start, 0, gradientNorm, loss, loss, true, new double[0], new double[0],
                    SearchTrace.of(-1, SearchTrace.STATIONARY));
        }

        // backtracking: shrink α until the Armijo condition holds or the budget runs out
        INDArray point = trialBuffer(theta);
        int maxTrials = BacktrackingLineSearch.MAX_TRIALS;
        double[] steps = new double[maxTrials];
        double[] losses = new double[maxTrials];
        int trials = 0;
        double alpha = start;
        while (trials < maxTrials && alpha >= BacktrackingLineSearch.MIN_STEP) {
            Vectors.trialPoint(theta, gradient, alpha, point);
            double trialLoss = objective.value(point);
            steps[trials] = alpha;
            losses[trials] = trialLoss;
            trials++;
            if (armijo.isSatisfied(loss, trialLoss, alpha, gradNormSquared)) {
                Vectors.copy(point, theta);
                return new StepResult(alpha, trials, gradientNorm, loss, trialLoss, true,
                        Arrays.copyOf(steps, trials), Arrays.copyOf(losses, trials),
                        SearchTrace.of(trials - 1, SearchTrace.ARMIJO_MET));
            }
            alpha = shrink.next(steps, losses, trials);
        }

        // stalled: no acceptable step, θ unchanged
        double lastTried = trials > 0 ? steps[trials - 1] : start;
        return new StepResult(lastTried, trials, gradientNorm, loss, loss, false,
                Arrays.copyOf(steps, trials), Arrays.copyOf(losses, trials),
                SearchTrace.of(-1, SearchTrace.stalled(trials)));
    }

    /** The reusable trial point θ − α·g, reallocated only when θ's shape or type changes. */
    private INDArray trialBuffer(INDArray theta) {
        if (trial == null || trial.dataType() != theta.dataType() || !Arrays.equals(trial.shape(), theta.shape())) {
            trial = theta.dup();
        }
        return trial;
    }
}
