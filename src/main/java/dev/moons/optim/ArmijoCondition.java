package dev.moons.optim;

/**
 * The Armijo sufficient-decrease test for a step θ − α·g along the negative gradient:
 * L(θ − α·g) ≤ L(θ) − c·α·‖g‖², with a finite trial loss. Kept apart from the search that shrinks α, as
 * Apache Commons Math separates line searches from their checkers.
 */
public final class ArmijoCondition {
    private final double c;

    /** The condition with sufficient-decrease constant {@code c} in (0, 1). */
    public ArmijoCondition(double c) {
        if (!(c > 0 && c < 1)) {
            throw new IllegalArgumentException("c must be in (0, 1), was " + c);
        }
        this.c = c;
    }

    /** The sufficient-decrease constant c. */
    public double c() {
        return c;
    }

    /** The largest acceptable trial loss L(θ) − c·α·‖g‖² for step size α. */
    public double threshold(double lossBefore, double alpha, double gradNormSquared) {
        return lossBefore - c * alpha * gradNormSquared;
    }

    /** Whether {@code trialLoss} = L(θ − α·g) is finite and at most {@link #threshold}. */
    public boolean isSatisfied(double lossBefore, double trialLoss, double alpha, double gradNormSquared) {
        return Double.isFinite(trialLoss) && trialLoss <= threshold(lossBefore, alpha, gradNormSquared);
    }
}
