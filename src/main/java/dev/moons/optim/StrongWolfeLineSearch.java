package dev.moons.optim;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gradient descent with a strong Wolfe line search along −g (Nocedal &amp; Wright, Numerical Optimization, 2nd
 * ed., Alg. 3.5 and 3.6): accepts α with φ(α) ≤ φ(0) + c1·α·φ′(0) (sufficient decrease) and |φ′(α)| ≤
 * c2·|φ′(0)| (curvature), where φ(α) = L(θ − α·g) and φ′(0) = −‖g‖². Bracketing tries α₀, 2α₀, 4α₀, … up to
 * {@value #MAX_DOUBLINGS} doublings; once an interval holds an acceptable step, zoom narrows it by the cubic
 * through φ and φ′ at its ends (the quadratic, then bisection, when the cubic has no minimizer), kept at least
 * {@value #SAFEGUARD} of the width from either end. Every trial evaluates L and ∇L, so the objective must be a
 * {@link DifferentiableObjective}. Bounded: at most {@value BacktrackingLineSearch#MAX_TRIALS} trials, and zoom
 * stops when its interval is narrower than {@value BacktrackingLineSearch#MIN_STEP}. What a step returns is in
 * {@link #lastOutcome()}: {@link Outcome#STRONG_WOLFE}; at a bound, {@link Outcome#ARMIJO_ONLY} (the tried α
 * with the lowest loss among those meeting sufficient decrease is taken, or the largest α when bracketing
 * reached its cap still descending); or {@link Outcome#NOT_TAKEN} (no trial met sufficient decrease: θ stays,
 * the caller marks the run stalled). Keeps its trial buffers, so use one instance per run.
 */
public final class StrongWolfeLineSearch implements LineSearch {
    /** The name used in tables and files. */
    public static final String NAME = "wolfe";
    /** Default curvature constant c2 (N&amp;W's value for quasi-Newton and steepest descent); the one owner. */
    public static final double DEFAULT_C2 = 0.9;
    /** Bracketing doubles α at most this many times: the largest α tried is α₀·2^10. */
    public static final int MAX_DOUBLINGS = 10;
    /** Zoom keeps each new α at least this fraction of the interval's width away from both of its ends. */
    public static final double SAFEGUARD = 0.1;
    /** The outcome of a step that took an α meeting both strong Wolfe conditions. */
    public static final String STRONG_WOLFE_MET = "strong Wolfe met";
    private static final String TRIAL_BOUND = "trial bound " + BacktrackingLineSearch.MAX_TRIALS + " reached";

    /** What the last step returned. */
    public enum Outcome {
        /** An α meeting both strong Wolfe conditions was taken. */
        STRONG_WOLFE,
        /** A bound was hit; the best trial meeting sufficient decrease only was taken. */
        ARMIJO_ONLY,
        /** No step: no trial met sufficient decrease, or the loss or gradient was not finite. */
        NOT_TAKEN,
        /** g = 0: θ is stationary and stays, without evaluations. */
        STATIONARY
    }

    private final double alpha0;
    private final ArmijoCondition armijo;
    private final double c2;
    private Outcome lastOutcome;
    private INDArray point;
    private final BoundReduction norm2 = BoundReduction.norm2();
    private INDArray trialGradient;
    // the current search: its trials, the start point and its slope
    private double[] steps;
    private double[] losses;
    private double[] slopes;
    private int trials;
    private double loss0;
    private double slope0;
    private double[] direction;
    // the current search's trials by kind, and why it stopped short of strong Wolfe ("" when it did not)
    private int bracketingTrials;
    private int zoomTrials;
    private String bound;

    /** The defaults: α₀ and c1 are backtracking's ({@value BacktrackingLineSearch#DEFAULT_ALPHA0}, 1e-4), c2 0.9. */
    public StrongWolfeLineSearch() {
        this(BacktrackingLineSearch.DEFAULT_ALPHA0, BacktrackingLineSearch.DEFAULT_C, DEFAULT_C2);
    }

    /**
     * First trial {@code alpha0} (finite, &gt; 0), sufficient-decrease constant {@code c1} in (0, 1) and curvature
     * constant {@code c2} in (c1, 1) (smaller c2 demands a point nearer a minimizer of φ).
     */
    public StrongWolfeLineSearch(double alpha0, double c1, double c2) {
        if (!(alpha0 > 0 && Double.isFinite(alpha0))) {
            throw new IllegalArgumentException("alpha0 must be finite and > 0, was " + alpha0);
        }
        this.armijo = new ArmijoCondition(c1);
        if (!(c2 > c1 && c2 < 1)) {
            throw new IllegalArgumentException("c2 must be in (c1, 1) = (" + c1 + ", 1), was " + c2);
        }
        this.alpha0 = alpha0;
        this.c2 = c2;
    }

    /** The first trial α₀ of every search. */
    @Override
    public double alpha0() {
        return alpha0;
    }

    /** The sufficient-decrease constant c1. */
    public double c1() {
        return armijo.c();
    }

    /** c1, as the Armijo constant of every line search. */
    @Override
    public double c() {
        return armijo.c();
    }

    /** The curvature constant c2. */
    public double c2() {
        return c2;
    }

    /** The largest α bracketing tries, α₀·2^{@value #MAX_DOUBLINGS}. */
    public double maxStep() {
        return alpha0 * (1 << MAX_DOUBLINGS);
    }

    /** What the last step returned (null before the first). */
    public Outcome lastOutcome() {
        return lastOutcome;
    }

    /**
     * One search on θ [p] with gradient g [p] and L(θ) = {@code loss}; each trial is one
     * {@code valueAndGradient} call of {@code objective}, which must be a {@link DifferentiableObjective}. A
     * non-finite loss or gradient takes no step and g = 0 takes a step of length 0, both without evaluations.
     */
    @Override
    public StepResult step(INDArray theta, INDArray gradient, double loss, Objective objective) {
        if (!(objective instanceof DifferentiableObjective differentiable)) {
            throw new IllegalArgumentException("wolfe needs the gradient at trial points: the objective must be a "
                    + "DifferentiableObjective, was " + objective.getClass().getName());
        }
        Vectors.requireSameLength(theta, gradient);
        double gradientNorm = norm2.of(gradient);
        loss0 = loss;
        slope0 = -gradientNorm * gradientNorm;
        trials = 0;
        bracketingTrials = 0;
        zoomTrials = 0;
        bound = "";
        if (!Double.isFinite(loss) || !Double.isFinite(slope0)) {
            lastOutcome = Outcome.NOT_TAKEN;
            return result(alpha0, gradientNorm, false, loss, -1, SearchTrace.NOT_FINITE);
        }
        if (slope0 == 0) {
            lastOutcome = Outcome.STATIONARY;
            return result(alpha0, gradientNorm, true, loss, -1, SearchTrace.STATIONARY);
        }
        allocate(theta);
        direction = Vectors.read(gradient);
        int accepted = bracket(theta, gradient, differentiable);
        if (accepted < 0) {
            accepted = bestArmijoTrial();
            lastOutcome = accepted < 0 ? Outcome.NOT_TAKEN : Outcome.ARMIJO_ONLY;
        }
        if (accepted < 0) {
            return result(steps[trials - 1], gradientNorm, false, loss, -1,
                    "stalled: no trial met sufficient decrease (" + bound + ")");
        }
        Vectors.trialPoint(theta, gradient, steps[accepted], point);
        Vectors.copy(point, theta);
        String outcome = lastOutcome == Outcome.STRONG_WOLFE ? STRONG_WOLFE_MET : "Armijo only: " + bound;
        return result(steps[accepted], gradientNorm, true, losses[accepted], accepted, outcome);
    }

    // Alg. 3.5: grow α until [previous, α] brackets an acceptable step, or α itself is one; the accepted trial or -1
    private int bracket(INDArray theta, INDArray gradient, DifferentiableObjective objective) {
        double previous = 0;
        double previousLoss = loss0;
        double previousSlope = slope0;
        double alpha = alpha0;
        while (trials < BacktrackingLineSearch.MAX_TRIALS) {
            int k = evaluate(alpha, theta, gradient, objective);
            bracketingTrials++;
            double f = losses[k];
            double d = slopes[k];
            if (!sufficientDecrease(alpha, f) || !Double.isFinite(d) || (k > 0 && f >= previousLoss)) {
                return zoom(previous, previousLoss, previousSlope, alpha, f, d, theta, gradient, objective);
            }
            if (flatEnough(d)) {
                lastOutcome = Outcome.STRONG_WOLFE;
                return k;
            }
            if (d >= 0) {
                return zoom(alpha, f, d, previous, previousLoss, previousSlope, theta, gradient, objective);
            }
            if (alpha >= maxStep()) {
                lastOutcome = Outcome.ARMIJO_ONLY;
                bound = "largest α α₀·2^" + MAX_DOUBLINGS + " reached";
                return k;
            }
            previous = alpha;
            previousLoss = f;
            previousSlope = d;
            alpha = Math.min(2 * alpha, maxStep());
        }
        bound = TRIAL_BOUND;
        return -1;
    }

    // Alg. 3.6: lo meets sufficient decrease with the lowest loss so far, the interval (lo, hi) holds an acceptable α
    private int zoom(double lo, double loLoss, double loSlope, double hi, double hiLoss, double hiSlope,
            INDArray theta, INDArray gradient, DifferentiableObjective objective) {
        while (trials < BacktrackingLineSearch.MAX_TRIALS && Math.abs(hi - lo) >= BacktrackingLineSearch.MIN_STEP) {
            double alpha = interpolate(lo, loLoss, loSlope, hi, hiLoss, hiSlope);
            int k = evaluate(alpha, theta, gradient, objective);
            zoomTrials++;
            double f = losses[k];
            double d = slopes[k];
            if (!sufficientDecrease(alpha, f) || f >= loLoss || !Double.isFinite(d)) {
                hi = alpha;
                hiLoss = f;
                hiSlope = d;
                continue;
            }
            if (flatEnough(d)) {
                lastOutcome = Outcome.STRONG_WOLFE;
                return k;
            }
            if (d * (hi - lo) >= 0) {
                hi = lo;
                hiLoss = loLoss;
                hiSlope = loSlope;
            }
            lo = alpha;
            loLoss = f;
            loSlope = d;
        }
        bound = trials >= BacktrackingLineSearch.MAX_TRIALS ? TRIAL_BOUND
                : "zoom interval below " + BacktrackingLineSearch.MIN_STEP;
        return -1;
    }

    // cubic, else quadratic from lo, else bisection; kept SAFEGUARD of the width inside (lo, hi)
    private static double interpolate(double lo, double loLoss, double loSlope, double hi, double hiLoss,
            double hiSlope) {
        double alpha = Interpolation.cubic(lo, loLoss, loSlope, hi, hiLoss, hiSlope);
        if (Double.isNaN(alpha)) {
            alpha = Interpolation.quadratic(lo, loLoss, loSlope, hi, hiLoss);
        }
        if (Double.isNaN(alpha)) {
            alpha = 0.5 * (lo + hi);
        }
        double margin = SAFEGUARD * Math.abs(hi - lo);
        return Interpolation.clamp(alpha, Math.min(lo, hi) + margin, Math.max(lo, hi) - margin);
    }

    // one trial: φ(α) and φ′(α) = ∇L(θ − α·g)·(−g), recorded in order
    private int evaluate(double alpha, INDArray theta, INDArray gradient, DifferentiableObjective objective) {
        Vectors.trialPoint(theta, gradient, alpha, point);
        double f = objective.valueAndGradient(point, trialGradient);
        double d = Double.isFinite(f) ? -Vectors.dot(Vectors.read(trialGradient), direction) : Double.NaN;
        steps[trials] = alpha;
        losses[trials] = f;
        slopes[trials] = d;
        return trials++;
    }

    private boolean sufficientDecrease(double alpha, double f) {
        return Double.isFinite(f) && f <= loss0 + armijo.c() * alpha * slope0;
    }

    private boolean flatEnough(double slope) {
        return Math.abs(slope) <= c2 * Math.abs(slope0);
    }

    // the trial meeting sufficient decrease with the lowest loss, or -1
    private int bestArmijoTrial() {
        int best = -1;
        for (int k = 0; k < trials; k++) {
            if (sufficientDecrease(steps[k], losses[k]) && (best < 0 || losses[k] < losses[best])) {
                best = k;
            }
        }
        return best;
    }

    private StepResult result(double stepSize, double gradientNorm, boolean taken, double lossAfter, int accepted,
            String outcome) {
        int n = trials;
        return new StepResult(stepSize, n, gradientNorm, loss0, lossAfter, taken,
                n == 0 ? new double[0] : Arrays.copyOf(steps, n), n == 0 ? new double[0] : Arrays.copyOf(losses, n),
                n == 0 ? new double[0] : Arrays.copyOf(slopes, n), slope0,
                new SearchTrace(accepted, outcome, bracketingTrials, zoomTrials, 0));
    }

    // the trial point, its gradient and the trial records, reallocated only when θ's shape or type changes
    private void allocate(INDArray theta) {
        if (point == null || point.dataType() != theta.dataType() || !Arrays.equals(point.shape(), theta.shape())) {
            point = theta.dup();
            trialGradient = theta.dup();
        }
        int max = BacktrackingLineSearch.MAX_TRIALS;
        steps = new double[max];
        losses = new double[max];
        slopes = new double[max];
    }

    /** "wolfe". */
    @Override
    public String name() {
        return NAME;
    }
}
