package dev.moons.training;

import dev.moons.curvature.QuadraticModel;
import dev.moons.optim.SearchTrace;

/**
 * What the line-search view draws for one backtracking step: φ(α) = L(θ − α·g) sampled from α = 0, the
 * Armijo line L(θ) − c·α·‖g‖², every tried α with its loss, which of them the search took (its own record, not
 * necessarily the last: wolfe at a bound takes its best Armijo trial), how the search ended, the fixed run's
 * learning rate with φ there, and the quadratic model of φ from the exact Hessian.
 *
 * @param epoch           the epoch whose step this is
 * @param alphas          sample points α, ascending from 0
 * @param phis            φ at each sample point
 * @param lossBefore      L(θ) = φ(0)
 * @param c               the Armijo constant
 * @param gradNormSquared ‖g‖²
 * @param triedSteps      every α the search tried, in order
 * @param triedLosses     φ at each tried α
 * @param accepted        whether the step was taken (false: the search stalled)
 * @param lr              the fixed run's learning rate
 * @param phiAtLr         φ(lr): where a fixed step of that size lands
 * @param model           the quadratic model φ(0) − α‖g‖² + ½α²·gᵀHg with the exact Hessian at θ, or null when
 *                        unknown (a live mini-batch step: its batch's Hessian is not at hand)
 * @param conditions      where along the samples sufficient decrease and the strong Wolfe curvature test hold,
 *                        or null when not computed (an objective without gradients)
 * @param trace           the search's own account of the step: the trial taken, the outcome, trials by kind
 * @param batchPhi        whether φ is the loss of the step's mini-batch (what the search saw), not of the whole
 *                        training set
 * @param method          the line-search method whose step this is (its colour draws φ)
 */
public record LineSearchPicture(int epoch, double[] alphas, double[] phis, double lossBefore, double c,
        double gradNormSquared, double[] triedSteps, double[] triedLosses, boolean accepted, double lr,
        double phiAtLr, QuadraticModel model, LineSearchConditions conditions, SearchTrace trace,
        boolean batchPhi, Method method) {

    /** Checks that the trace's accepted trial is one of the tried α's. */
    public LineSearchPicture {
        if (trace.acceptedTrial() >= triedSteps.length) {
            throw new IllegalArgumentException("accepted trial must be < " + triedSteps.length + " tried steps, was "
                    + trace.acceptedTrial());
        }
    }

    /**
     * A full-batch picture of a backtracking search (its last trial is the one taken when {@code accepted}), with
     * φ's {@code model} (null: none) and {@code conditions} (null: none); the outcome is not recorded.
     */
    public LineSearchPicture(int epoch, double[] alphas, double[] phis, double lossBefore, double c,
            double gradNormSquared, double[] triedSteps, double[] triedLosses, boolean accepted, double lr,
            double phiAtLr, QuadraticModel model, LineSearchConditions conditions) {
        this(epoch, alphas, phis, lossBefore, c, gradNormSquared, triedSteps, triedLosses, accepted, lr, phiAtLr,
                model, conditions, SearchTrace.of(accepted ? triedSteps.length - 1 : -1, ""), false,
                Method.BACKTRACKING);
    }

    /** As the 13-argument constructor, without the quadratic model and the conditions' intervals. */
    public LineSearchPicture(int epoch, double[] alphas, double[] phis, double lossBefore, double c,
            double gradNormSquared, double[] triedSteps, double[] triedLosses, boolean accepted, double lr,
            double phiAtLr) {
        this(epoch, alphas, phis, lossBefore, c, gradNormSquared, triedSteps, triedLosses, accepted, lr, phiAtLr,
                null);
    }

    /** As the 13-argument constructor, with φ's quadratic {@code model} (null: none), without the conditions. */
    public LineSearchPicture(int epoch, double[] alphas, double[] phis, double lossBefore, double c,
            double gradNormSquared, double[] triedSteps, double[] triedLosses, boolean accepted, double lr,
            double phiAtLr, QuadraticModel model) {
        this(epoch, alphas, phis, lossBefore, c, gradNormSquared, triedSteps, triedLosses, accepted, lr, phiAtLr,
                model, null);
    }

    /** This picture with {@code next} as its conditions. */
    public LineSearchPicture withConditions(LineSearchConditions next) {
        return new LineSearchPicture(epoch, alphas, phis, lossBefore, c, gradNormSquared, triedSteps, triedLosses,
                accepted, lr, phiAtLr, model, next, trace, batchPhi, method);
    }

    /** This picture as a step of {@code next}'s search. */
    public LineSearchPicture withMethod(Method next) {
        return new LineSearchPicture(epoch, alphas, phis, lossBefore, c, gradNormSquared, triedSteps, triedLosses,
                accepted, lr, phiAtLr, model, conditions, trace, batchPhi, next);
    }

    /** The Armijo line L(θ) − c·α·‖g‖² at {@code alpha}. */
    public double armijo(double alpha) {
        return lossBefore - c * alpha * gradNormSquared;
    }

    /** Index of the accepted trial in {@link #triedSteps} as the search recorded it, or -1 when none was taken. */
    public int acceptedIndex() {
        return trace.acceptedTrial();
    }

    /** The largest α sampled. */
    public double alphaMax() {
        return alphas[alphas.length - 1];
    }
}
