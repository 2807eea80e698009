package dev.moons.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The stochastic Armijo line search, "sls" (Vaswani et al., Painless Stochastic Gradient, NeurIPS 2019,
 * Alg. 1 with the reset of Alg. 2, option η ← η·γ^(b/n)): on the current mini-batch's loss, backtracking ×ρ
 * ({@value #RHO}) from η_k = min(η_max, η_{k−1}·γ^(b/n)) (η_1 = η_max) until L_batch(θ − η·g) ≤ L_batch(θ) −
 * c·η·‖g‖². b/n is the batch size over the training-set size: give it with {@link #withBatchFraction} (the
 * 3-argument constructor assumes full batch, b/n = 1, where this is backtracking with warm start). Same bounds
 * as {@link BacktrackingLineSearch} ({@value BacktrackingLineSearch#MAX_TRIALS} trials, α ≥
 * {@value BacktrackingLineSearch#MIN_STEP}, else θ stays and η is kept). Keeps η between steps, so use one
 * instance per run; {@link #state()} saves it.
 */
public final class StochasticArmijo implements LineSearch {
    /** The name used in tables and files. */
    public static final String NAME = "sls";
    /** The backtracking factor ρ of the paper's experiments (β there). */
    public static final double RHO = 0.5;
    /** Default largest step η_max; the one owner of this default (the settings table refers to it). */
    public static final double DEFAULT_ETA_MAX = 10;
    /** Default Armijo constant c of the paper; the one owner of this default (the settings table refers to it). */
    public static final double DEFAULT_C = 0.1;
    /** Default reset growth γ; the one owner of this default (the settings table refers to it). */
    public static final double DEFAULT_GAMMA = 2;

    private final double etaMax;
    private final double gamma;
    private final double batchFraction;
    private final ArmijoCondition armijo;
    private final ArmijoSearch search;
    private double eta = Double.NaN;

    /** The paper's defaults: η_max {@value #DEFAULT_ETA_MAX}, c {@value #DEFAULT_C}, γ 2, full batch. */
    public StochasticArmijo() {
        this(DEFAULT_ETA_MAX, DEFAULT_C, DEFAULT_GAMMA);
    }

    /**
     * Largest step {@code etaMax} (finite, &gt; 0; also the first step), Armijo constant {@code c} in (0, 1), reset
     * growth {@code gamma} (finite, ≥ 1; per epoch the start may grow by γ); full batch (b/n = 1).
     */
    public StochasticArmijo(double etaMax, double c, double gamma) {
        this(etaMax, c, gamma, 1);
    }

    /** As the 3-argument constructor with batch fraction {@code batchFraction} = b/n in (0, 1]. */
    public StochasticArmijo(double etaMax, double c, double gamma, double batchFraction) {
        if (!(etaMax > 0 && Double.isFinite(etaMax))) {
            throw new IllegalArgumentException("etaMax must be finite and > 0, was " + etaMax);
        }
        if (!(gamma >= 1 && Double.isFinite(gamma))) {
            throw new IllegalArgumentException("gamma must be finite and >= 1, was " + gamma);
        }
        if (!(batchFraction > 0 && batchFraction <= 1)) {
            throw new IllegalArgumentException("batch fraction b/n must be in (0, 1], was " + batchFraction);
        }
        this.etaMax = etaMax;
        this.gamma = gamma;
        this.batchFraction = batchFraction;
        this.armijo = new ArmijoCondition(c);
        this.search = new ArmijoSearch(armijo);
    }

    /** A fresh search with these parameters for batches of b = {@code batchFraction}·n points, b/n in (0, 1]. */
    public StochasticArmijo withBatchFraction(double batchFraction) {
        return new StochasticArmijo(etaMax, armijo.c(), gamma, batchFraction);
    }

    /** The largest (and first) step η_max. */
    public double etaMax() {
        return etaMax;
    }

    /** The Armijo constant c. */
    @Override
    public double c() {
        return armijo.c();
    }

    /** η_max, the largest first trial of a search. */
    @Override
    public double alpha0() {
        return etaMax;
    }

    /** The reset growth γ. */
    public double gamma() {
        return gamma;
    }

    /** The batch fraction b/n the reset uses. */
    public double batchFraction() {
        return batchFraction;
    }

    /** The step the next search starts from: η_max first, then min(η_max, η·γ^(b/n)) after the last accepted η. */
    public double initialStep() {
        return Double.isNaN(eta) ? etaMax : Math.min(etaMax, eta * Math.pow(gamma, batchFraction));
    }

    /**
     * One search on the batch loss {@code objective} at θ [p] with its gradient g [p] and loss; each trial is one
     * {@code objective.value} call; the special cases (non-finite loss or gradient, g = 0) are backtracking's.
     */
    @Override
    public StepResult step(INDArray theta, INDArray gradient, double loss, Objective objective) {
        StepResult result = search.search(theta, gradient, loss, objective, initialStep(),
                (steps, losses, trials) -> steps[trials - 1] * RHO);
        if (result.stepTaken() && result.lossEvaluations() > 0) {
            eta = result.stepSize();
        }
        return result;
    }

    /** "sls". */
    @Override
    public String name() {
        return NAME;
    }

    /** [η] the last accepted step, empty before the first. */
    @Override
    public double[] state() {
        return Double.isNaN(eta) ? new double[0] : new double[] {eta};
    }

    /** Continues from {@link #state()}: empty (start at η_max) or [η] with η finite &gt; 0. */
    @Override
    public void restore(double[] state) {
        if (state.length > 1) {
            throw new IllegalArgumentException("sls state must have 0 or 1 values, had " + state.length);
        }
        if (state.length == 1 && !(state[0] > 0 && Double.isFinite(state[0]))) {
            throw new IllegalArgumentException("sls step size must be finite and > 0, was " + state[0]);
        }
        eta = state.length == 0 ? Double.NaN : state[0];
    }
}
