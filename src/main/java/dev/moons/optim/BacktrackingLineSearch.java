package dev.moons.optim;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gradient descent with a backtracking (Armijo) line search: tries θ − α·g for α = α₀, ρα₀, ρ²α₀, … and takes
 * the first step that passes {@link ArmijoCondition}. Gives up without moving θ after {@value #MAX_TRIALS} trials
 * or once α &lt; {@value #MIN_STEP}; the caller then marks the run stalled. Keeps a trial buffer and, with warm
 * start, the last accepted α between steps, so use one instance per run.
 */
public final class BacktrackingLineSearch implements LineSearch {
    /** The name used in tables and files. */
    public static final String NAME = "backtracking";
    /** Default first step size α₀; the one owner of this default (the settings table refers to it). */
    public static final double DEFAULT_ALPHA0 = 1.0;
    /** Default shrink factor ρ; the one owner of this default (the settings table refers to it). */
    public static final double DEFAULT_RHO = 0.5;
    /** Default Armijo constant c; the one owner of this default (the settings table refers to it). */
    public static final double DEFAULT_C = 1e-4;
    /** Most trial points one step evaluates. */
    public static final int MAX_TRIALS = 50;
    /** Smallest step size tried; below it the search gives up. */
    public static final double MIN_STEP = 1e-10;

    private final double alpha0;
    private final double rho;
    private final ArmijoCondition armijo;
    private final WarmStart warm;
    private INDArray trial;
    private final BoundReduction norm2 = BoundReduction.norm2();

    /** The defaults: α₀ {@value #DEFAULT_ALPHA0}, ρ {@value #DEFAULT_RHO}, c {@value #DEFAULT_C}, no warm start. */
    public BacktrackingLineSearch() {
        this(DEFAULT_ALPHA0, DEFAULT_RHO, DEFAULT_C, false);
    }

    /**
     * First step {@code alpha0} (finite, &gt; 0), shrink factor {@code rho} in (0, 1), Armijo constant {@code c}
     * in (0, 1); with {@code warmStart} each search after an accepted step starts at min(α₀, 2 × last accepted α).
     */
    public BacktrackingLineSearch(double alpha0, double rho, double c, boolean warmStart) {
        if (!(alpha0 > 0 && Double.isFinite(alpha0))) {
            throw new IllegalArgumentException("alpha0 must be finite and > 0, was " + alpha0);
        }
        if (!(rho > 0 && rho < 1)) {
            throw new IllegalArgumentException("rho must be in (0, 1), was " + rho);
        }
        this.alpha0 = alpha0;
        this.rho = rho;
        this.armijo = new ArmijoCondition(c);
        this.warm = new WarmStart(alpha0, warmStart);
    }

    /** The first step size α₀ of every search (the cap of the warm start). */
    @Override
    public double alpha0() {
        return alpha0;
    }

    /** The factor ρ that shrinks α after a failed trial. */
    public double rho() {
        return rho;
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

    /** Most trials per step, {@value #MAX_TRIALS}. */
    public int maxTrials() {
        return MAX_TRIALS;
    }

    /** Smallest α tried, {@value #MIN_STEP}. */
    public double minStep() {
        return MIN_STEP;
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

    /** Forgets the last accepted α, so the next search starts at α₀ again (for a new run). */
    public void reset() {
        warm.resumeAfter(Double.NaN);
    }

    /**
     * One backtracking step on θ [p] with gradient g [p] and L(θ) = {@code loss}; each trial costs one
     * {@code objective.value} call. Special cases, both without evaluations: a non-finite loss or gradient gives
     * stepTaken false (nothing to descend from; the caller reports divergence), and g = 0 gives stepTaken true at
     * the initial α with θ unchanged, because θ − α·0 = θ meets the Armijo condition with equality, so a
     * stationary point is not reported as a stalled search.
     */
    @Override
    public StepResult step(INDArray theta, INDArray gradient, double loss, Objective objective) {
        Vectors.requireSameLength(theta, gradient);
        double gradientNorm = norm2.of(gradient);
        double gradNormSquared = gradientNorm * gradientNorm;
        double start = initialStep();
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
        double[] steps = new double[MAX_TRIALS];
        double[] losses = new double[MAX_TRIALS];
        int trials = 0;
        double alpha = start;
        while (trials < MAX_TRIALS && alpha >= MIN_STEP) {
            Vectors.trialPoint(theta, gradient, alpha, point);
            double trialLoss = objective.value(point);
            steps[trials] = alpha;
            losses[trials] = trialLoss;
            trials++;
            if (armijo.isSatisfied(loss, trialLoss, alpha, gradNormSquared)) {
                Vectors.copy(point, theta);
                warm.accepted(alpha);
                return new StepResult(alpha, trials, gradientNorm, loss, trialLoss, true,
                        Arrays.copyOf(steps, trials), Arrays.copyOf(losses, trials),
                        SearchTrace.of(trials - 1, SearchTrace.ARMIJO_MET));
            }
            alpha *= rho;
        }

        // stalled: no acceptable step, θ unchanged
        double lastTried = trials > 0 ? steps[trials - 1] : start;
        return new StepResult(lastTried, trials, gradientNorm, loss, loss, false,
                Arrays.copyOf(steps, trials), Arrays.copyOf(losses, trials),
                SearchTrace.of(-1, SearchTrace.stalled(trials)));
    }

    /** "backtracking". */
    @Override
    public String name() {
        return NAME;
    }

    /** The reusable trial point θ − α·g, reallocated only when θ's shape or type changes. */
    private INDArray trialBuffer(INDArray theta) {
        if (trial == null || trial.dataType() != theta.dataType() || !Arrays.equals(trial.shape(), theta.shape())) {
            trial = theta.dup();
        }
        return trial;
    }
}
