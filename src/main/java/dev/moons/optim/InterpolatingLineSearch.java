package dev.moons.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gradient descent with an Armijo line search that shrinks α by interpolation instead of ×ρ (Nocedal &amp;
 * Wright §3.5): after the first failed trial, the minimizer of the quadratic through φ(0), φ′(0) = −‖g‖² and
 * φ(α₀); after later failures, the minimizer of the cubic through φ(0), φ′(0) and the last two trials.
 * Safeguarded: each new α is kept in [0.1·α, 0.5·α] of the last tried α, and a model without a minimizer (a
 * non-finite trial loss, a cubic with none) falls back to the quadratic, then to 0.1·α. Same bounds as
 * {@link BacktrackingLineSearch}: at most {@value BacktrackingLineSearch#MAX_TRIALS} trials, α ≥
 * {@value BacktrackingLineSearch#MIN_STEP}, else θ stays and the caller marks the run stalled. Defaults are
 * backtracking's α₀ and c. Keeps a trial buffer and the last accepted α, so use one instance per run.
 */
public final class InterpolatingLineSearch implements LineSearch {
    /** The name used in tables and files. */
    public static final String NAME = "armijo-interp";
    /** Smallest fraction of the last tried α the next trial may take. */
    public static final double MIN_SHRINK = 0.1;
    /** Largest fraction of the last tried α the next trial may take. */
    public static final double MAX_SHRINK = 0.5;

    private final double alpha0;
    private final ArmijoCondition armijo;
    private final WarmStart warm;
    private final ArmijoSearch search;
    private final BoundReduction norm2 = BoundReduction.norm2();

    /** Backtracking's defaults: α₀ {@value BacktrackingLineSearch#DEFAULT_ALPHA0}, c 1e-4, no warm start. */
    public InterpolatingLineSearch() {
        this(BacktrackingLineSearch.DEFAULT_ALPHA0, BacktrackingLineSearch.DEFAULT_C, false);
    }

    /**
     * First step {@code alpha0} (finite, &gt; 0), Armijo constant {@code c} in (0, 1); with {@code warmStart} each
     * search after an accepted step starts at min(α₀, 2 × last accepted α), as backtracking's warm start.
     */
    public InterpolatingLineSearch(double alpha0, double c, boolean warmStart) {
        if (!(alpha0 > 0 && Double.isFinite(alpha0))) {
            throw new IllegalArgumentException("alpha0 must be finite and > 0, was " + alpha0);
        }
        this.alpha0 = alpha0;
        this.armijo = new ArmijoCondition(c);
        this.warm = new WarmStart(alpha0, warmStart);
        this.search = new ArmijoSearch(armijo);
    }

    /** The first step size α₀ of every search (the cap of the warm start). */
    @Override
    public double alpha0() {
        return alpha0;
    }

    /** The Armijo sufficient-decrease constant c. */
    @Override
    public double c() {
        return armijo.c();
    }

    /** Whether searches start from twice the last accepted α (capped at α₀). */
    public boolean warmStart() {
        return warm.isOn();
    }

    /** The α the next search tries first: α₀, or with warm start min(α₀, 2 × last accepted α) once one exists. */
    public double initialStep() {
        return warm.initialStep();
    }

    /** The last accepted α (what a warm start builds on), or NaN before the first accepted step. */
    public double lastAccepted() {
        return warm.lastAccepted();
    }

    /** Continues a saved run: the next warm-started search builds on {@code alpha} (NaN: none; else finite &gt; 0). */
    public void resumeAfter(double alpha) {
        warm.resumeAfter(alpha);
    }

    /**
     * One search on θ [p] with gradient g [p] and L(θ) = {@code loss}; each trial is one {@code objective.value}
     * call; the special cases (non-finite loss or gradient, g = 0) are backtracking's.
     */
    @Override
    public StepResult step(INDArray theta, INDArray gradient, double loss, Objective objective) {
        double gradientNorm = norm2.of(gradient);
        double slope = -gradientNorm * gradientNorm;
        StepResult result = search.search(theta, gradient, loss, objective, initialStep(),
                (steps, losses, trials) -> nextStep(loss, slope, steps, losses, trials));
        if (result.stepTaken() && result.lossEvaluations() > 0) {
            warm.accepted(result.stepSize());
        }
        // every trial after the first sits at an interpolating model's minimiser
        return result.withTrace(result.trace().withInterpolation(Math.max(0, result.triedSteps().length - 1)));
    }

    /** The safeguarded interpolated α after trial {@code trials − 1} failed, from φ(0) = f0 and φ′(0) = d0. */
    static double nextStep(double f0, double d0, double[] steps, double[] losses, int trials) {
        int last = trials - 1;
        double alpha = steps[last];
        double next = Double.NaN;
        if (trials >= 2 && Double.isFinite(losses[last - 1]) && Double.isFinite(losses[last])) {
            next = Interpolation.cubicThroughZero(f0, d0, steps[last - 1], losses[last - 1], alpha, losses[last]);
        }
        if (Double.isNaN(next)) {
            next = Interpolation.quadratic(0, f0, d0, alpha, losses[last]);
        }
        if (Double.isNaN(next)) {
            next = MIN_SHRINK * alpha;
        }
        return Interpolation.clamp(next, MIN_SHRINK * alpha, MAX_SHRINK * alpha);
    }

    /** "armijo-interp". */
    @Override
    public String name() {
        return NAME;
    }

    /** [last accepted α] when warm start is on and a step was accepted, else empty (no state). */
    @Override
    public double[] state() {
        double last = warm.lastAccepted();
        return warm.isOn() && !Double.isNaN(last) ? new double[] {last} : new double[0];
    }

    /** Continues from {@link #state()}: empty (no last accepted α) or [α] with α finite &gt; 0. */
    @Override
    public void restore(double[] state) {
        if (state.length > 1) {
            throw new IllegalArgumentException("armijo-interp state must have 0 or 1 values, had " + state.length);
        }
        resumeAfter(state.length == 0 ? Double.NaN : state[0]);
    }
}
