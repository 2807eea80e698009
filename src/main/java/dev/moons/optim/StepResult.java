package dev.moons.optim;

import java.util.Arrays;

/**
 * What one optimizer step did. A line search moves along d = −g, so θ ← θ − α·g and φ(α) = L(θ − α·g); a
 * momentum or Adam step moves along its own direction d (the buffer, or m̂/(√v̂ + ε)) as θ ← θ − lr·d, and its
 * stepSize is the learning rate lr, not the length of the move.
 *
 * @param stepSize        the step size α used: the accepted α of a line search (for a step not taken, the last α
 *                        tried), the learning rate lr of a fixed, momentum or Adam step
 * @param lossEvaluations loss evaluations the step itself spent (line-search trials; 0 for a fixed step).
 *                        The forward pass that produced the gradient is counted by the caller.
 * @param gradientNorm    ‖g‖₂ of the gradient the step was given
 * @param lossBefore      L(θ) before the step
 * @param lossAfter       L(θ) after the step, or NaN when the step did not evaluate it (fixed step)
 * @param stepTaken       whether θ was changed
 * @param triedSteps      every α tried, in order (empty for a fixed step)
 * @param triedLosses     φ(α) = L(θ − α·g) for each tried α, in the same order
 * @param triedSlopes     φ′(α) = ∇L(θ − α·g)·(−g) for each tried α where the search computed it, NaN where it
 *                        did not; the same length as triedSteps
 * @param initialSlope    φ′(0) = ∇L(θ)·(−d) along the step's direction d: −‖g‖² for gradient descent and every
 *                        line search; NaN when not known
 * @param trace           the search's own account: the index of the trial taken, how it ended, trials by kind
 */
public record StepResult(double stepSize, int lossEvaluations, double gradientNorm, double lossBefore,
        double lossAfter, boolean stepTaken, double[] triedSteps, double[] triedLosses, double[] triedSlopes,
        double initialSlope, SearchTrace trace) {

    /** Checks that every tried α has a slope entry (NaN when not computed) and the accepted trial exists. */
    public StepResult {
        if (triedSlopes.length != triedSteps.length) {
            throw new IllegalArgumentException("triedSlopes must have one entry per tried step (" + triedSteps.length
                    + "), had " + triedSlopes.length);
        }
        if (trace.acceptedTrial() >= triedSteps.length) {
            throw new IllegalArgumentException("accepted trial must be < " + triedSteps.length + " tried steps, was "
                    + trace.acceptedTrial());
        }
    }

    /**
     * As the canonical constructor, with the trace known only from the record: the accepted trial is the last
     * tried α equal to stepSize when the step was taken ({@link SearchTrace#fromStepSize}), the outcome unknown.
     */
    public StepResult(double stepSize, int lossEvaluations, double gradientNorm, double lossBefore, double lossAfter,
            boolean stepTaken, double[] triedSteps, double[] triedLosses, double[] triedSlopes, double initialSlope) {
        this(stepSize, lossEvaluations, gradientNorm, lossBefore, lossAfter, stepTaken, triedSteps, triedLosses,
                triedSlopes, initialSlope, SearchTrace.fromStepSize(stepTaken, stepSize, triedSteps));
    }

    /**
     * A step along −g whose trials' slopes were not computed: triedSlopes all NaN, initialSlope −‖g‖² from
     * {@code gradientNorm} (the slope of every search along −g; fixed and backtracking steps use this).
     */
    public StepResult(double stepSize, int lossEvaluations, double gradientNorm, double lossBefore, double lossAfter,
            boolean stepTaken, double[] triedSteps, double[] triedLosses) {
        this(stepSize, lossEvaluations, gradientNorm, lossBefore, lossAfter, stepTaken, triedSteps, triedLosses,
                nanLike(triedSteps), -gradientNorm * gradientNorm);
    }

    /** As the 8-argument constructor, with the search's own {@code trace}. */
    public StepResult(double stepSize, int lossEvaluations, double gradientNorm, double lossBefore, double lossAfter,
            boolean stepTaken, double[] triedSteps, double[] triedLosses, SearchTrace trace) {
        this(stepSize, lossEvaluations, gradientNorm, lossBefore, lossAfter, stepTaken, triedSteps, triedLosses,
                nanLike(triedSteps), -gradientNorm * gradientNorm, trace);
    }

    /** This result with {@code next} as its trace. */
    public StepResult withTrace(SearchTrace next) {
        return new StepResult(stepSize, lossEvaluations, gradientNorm, lossBefore, lossAfter, stepTaken, triedSteps,
                triedLosses, triedSlopes, initialSlope, next);
    }

    private static double[] nanLike(double[] steps) {
        double[] slopes = new double[steps.length];
        Arrays.fill(slopes, Double.NaN);
        return slopes;
    }
}
