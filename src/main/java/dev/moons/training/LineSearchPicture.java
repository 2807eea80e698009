package dev.moons.training;

import dev.moons.curvature.QuadraticModel;

/**
 * What the line-search view draws for one backtracking step: φ(α) = L(θ − α·g) sampled from α = 0, the
 * Armijo line L(θ) − c·α·‖g‖², every tried α with its loss (the last one accepted when the step was taken),
 * the fixed run's learning rate with φ there, and the quadratic model of φ from the exact Hessian.
 *
 * @param epoch           the epoch whose step this is
 * @param alphas          sample points α, ascending from 0
 * @param phis            φ at each sample point
 * @param lossBefore      L(θ) = φ(0)
 * @param c               the Armijo constant
 * @param gradNormSquared ‖g‖²
 * @param triedSteps      every α the search tried, in order
 * @param triedLosses     φ at each tried α
 * @param accepted        whether the last tried α was accepted (false: the search stalled)
 * @param lr              the fixed run's learning rate
 * @param phiAtLr         φ(lr): where a fixed step of that size lands
 * @param model           the quadratic model φ(0) − α‖g‖² + ½α²·gᵀHg with the exact Hessian at θ, or null when
 *                        unknown (a live mini-batch step: its batch's Hessian is not at hand)
 * @param conditions      where along the samples sufficient decrease and the strong Wolfe curvature test hold,
 *                        or null when not computed (an objective without gradients)
 */
public record LineSearchPicture(int epoch, double[] alphas, double[] phis, double lossBefore, double c,
        double gradNormSquared, double[] triedSteps, double[] triedLosses, boolean accepted, double lr,
        double phiAtLr, QuadraticModel model, LineSearchConditions conditions) {

    /** A picture without the quadratic model and the conditions' intervals. */
    public LineSearchPicture(int epoch, double[] alphas, double[] phis, double lossBefore, double c,
            double gradNormSquared, double[] triedSteps, double[] triedLosses, boolean accepted, double lr,
            double phiAtLr) {
        this(epoch, alphas, phis, lossBefore, c, gradNormSquared, triedSteps, triedLosses, accepted, lr, phiAtLr,
                null);
    }

    /** A picture with φ's quadratic {@code model} (null: none) and without the conditions' intervals. */
    public LineSearchPicture(int epoch, double[] alphas, double[] phis, double lossBefore, double c,
            double gradNormSquared, double[] triedSteps, double[] triedLosses, boolean accepted, double lr,
            double phiAtLr, QuadraticModel model) {
        this(epoch, alphas, phis, lossBefore, c, gradNormSquared, triedSteps, triedLosses, accepted, lr, phiAtLr,
                model, null);
    }

    /** This picture with {@code next} as its conditions. */
    public LineSearchPicture withConditions(LineSearchConditions next) {
        return new LineSearchPicture(epoch, alphas, phis, lossBefore, c, gradNormSquared, triedSteps, triedLosses,
                accepted, lr, phiAtLr, model, next);
    }

    /** The Armijo line L(θ) − c·α·‖g‖² at {@code alpha}. */
    public double armijo(double alpha) {
        return lossBefore - c * alpha * gradNormSquared;
    }

    /** Index of the accepted trial in {@link #triedSteps}, or -1 when none was accepted. */
    public int acceptedIndex() {
        return accepted && triedSteps.length > 0 ? triedSteps.length - 1 : -1;
    }

    /** The largest α sampled. */
    public double alphaMax() {
        return alphas[alphas.length - 1];
    }
}
