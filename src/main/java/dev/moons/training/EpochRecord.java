package dev.moons.training;

/**
 * One epoch of one run, immutable. Epoch 0 is the state before any step.
 *
 * @param epoch      0, 1, 2, …
 * @param trainLoss  mean BCE on the training set after this epoch
 * @param testLoss   mean BCE on the test set after this epoch
 * @param trainAcc   training accuracy at threshold 0.5
 * @param testAcc    test accuracy at threshold 0.5
 * @param step       step size α used in this epoch (mean over its mini-batch steps; NaN for epoch 0)
 * @param lossEvals  cumulative loss evaluations since epoch 0 (gradient forward 1, each line-search trial 1)
 * @param gradNorm   ‖∇L‖₂ at the start of this epoch's last step (for epoch 0: at the initial weights)
 * @param timeMs     this method's own cumulative training time in milliseconds (not counting evaluation)
 * @param status     the run's status after this epoch
 * @param trainObjective the loss both methods minimise on the training set after this epoch: trainLoss plus the
 *                   weight-decay penalty λ/2·‖w‖² (equal to trainLoss when λ = 0)
 * @param sharpness  λ_max of the training-loss Hessian at θ after this epoch; NaN where it was not computed
 */
public record EpochRecord(int epoch, double trainLoss, double testLoss, double trainAcc, double testAcc,
        double step, long lossEvals, double gradNorm, double timeMs, RunStatus status, double trainObjective,
        double sharpness) {

    /** A record without weight decay (the training objective is the training loss) and without a sharpness. */
    public EpochRecord(int epoch, double trainLoss, double testLoss, double trainAcc, double testAcc, double step,
            long lossEvals, double gradNorm, double timeMs, RunStatus status) {
        this(epoch, trainLoss, testLoss, trainAcc, testAcc, step, lossEvals, gradNorm, timeMs, status, trainLoss);
    }

    /** A record with its training objective and without a sharpness (NaN). */
    public EpochRecord(int epoch, double trainLoss, double testLoss, double trainAcc, double testAcc, double step,
            long lossEvals, double gradNorm, double timeMs, RunStatus status, double trainObjective) {
        this(epoch, trainLoss, testLoss, trainAcc, testAcc, step, lossEvals, gradNorm, timeMs, status, trainObjective,
                Double.NaN);
    }

    /** This record with λ_max = {@code value}. */
    public EpochRecord withSharpness(double value) {
        return new EpochRecord(epoch, trainLoss, testLoss, trainAcc, testAcc, step, lossEvals, gradNorm, timeMs,
                status, trainObjective, value);
    }

    /** This record with the run's status {@code s}. */
    public EpochRecord withStatus(RunStatus s) {
        return new EpochRecord(epoch, trainLoss, testLoss, trainAcc, testAcc, step, lossEvals, gradNorm, timeMs, s,
                trainObjective, sharpness);
    }

    /** True when λ_max was computed for this epoch. */
    public boolean hasSharpness() {
        return !Double.isNaN(sharpness);
    }
}
