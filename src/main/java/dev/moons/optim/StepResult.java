package dev.moons.optim;

/**
 * What one optimizer step did.
 *
 * @param stepSize        the step size α used (for a step not taken, the last α tried)
 * @param lossEvaluations loss evaluations the step itself spent (line-search trials; 0 for a fixed step).
 *                        The forward pass that produced the gradient is counted by the caller.
 * @param gradientNorm    ‖g‖₂ of the gradient the step was given
 * @param lossBefore      L(θ) before the step
 * @param lossAfter       L(θ) after the step, or NaN when the step did not evaluate it (fixed step)
 * @param stepTaken       whether θ was changed
 * @param triedSteps      every α tried, in order (empty for a fixed step)
 * @param triedLosses     L(θ − α·g) for each tried α, in the same order
 */
public record StepResult(double stepSize, int lossEvaluations, double gradientNorm, double lossBefore,
        double lossAfter, boolean stepTaken, double[] triedSteps, double[] triedLosses) {
}
