package dev.moons.optim;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Adam, PyTorch's {@code torch.optim.Adam(lr, betas=(β1, β2), eps=ε)} rule (no weight decay, no AMSGrad):
 * t ← t + 1, m ← β1·m + (1 − β1)·g, v ← β2·v + (1 − β2)·g², m̂ = m/(1 − β1ᵗ), v̂ = v/(1 − β2ᵗ),
 * θ ← θ − lr·m̂/(√v̂ + ε). Never evaluates the loss. Keeps m [p], v [p] and t between steps, so use one instance
 * per run; {@link #state()} saves them.
 */
public final class Adam implements Optimizer {
    /** The name used in tables and files. */
    public static final String NAME = "adam";
    /** Default decay β1 of the first moment; the one owner of this default (the settings table refers to it). */
    public static final double DEFAULT_BETA1 = 0.9;
    /** Default decay β2 of the second moment; the one owner of this default (the settings table refers to it). */
    public static final double DEFAULT_BETA2 = 0.999;
    /** Default ε added to √v̂; the one owner of this default (the settings table refers to it). */
    public static final double DEFAULT_EPS = 1e-8;

    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private double[] m;
    private double[] v;
    private long t;

    /**
     * Learning rate {@code lr} (finite, &gt; 0), moment decays {@code beta1}, {@code beta2} in [0, 1) (the weight of
     * the old average), and {@code eps} (finite, &gt; 0) added to √v̂ so the division stays bounded.
     */
    public Adam(double lr, double beta1, double beta2, double eps) {
        if (!(lr > 0 && Double.isFinite(lr))) {
            throw new IllegalArgumentException("lr must be finite and > 0, was " + lr);
        }
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), was " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), was " + beta2);
        }
        if (!(eps > 0 && Double.isFinite(eps))) {
            throw new IllegalArgumentException("eps must be finite and > 0, was " + eps);
        }
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    /** The learning rate lr. */
    public double lr() {
        return lr;
    }

    /** The first-moment decay β1. */
    public double beta1() {
        return beta1;
    }

    /** The second-moment decay β2. */
    public double beta2() {
        return beta2;
    }

    /** The ε added to √v̂. */
    public double eps() {
        return eps;
    }

    /** Steps taken so far, t. */
    public long steps() {
        return t;
    }

    /**
     * One Adam update of θ [p] in place, in PyTorch's order of operations; no loss evaluation, so lossAfter is NaN;
     * stepSize is lr and initialSlope is φ′(0) = −g·d along d = m̂/(√v̂ + ε).
     */
    @Override
    public StepResult step(INDArray theta, INDArray gradient, double loss, Objective objective) {
        Vectors.requireSameLength(theta, gradient);
        double[] g = Vectors.read(gradient);
        double[] th = Vectors.read(theta);
        if (m == null) {
            m = new double[g.length];
            v = new double[g.length];
        } else if (m.length != g.length) {
            throw new IllegalArgumentException("adam state has " + m.length + " parameters, theta has " + g.length);
        }
        // moments
        t++;
        for (int i = 0; i < g.length; i++) {
            m[i] = m[i] * beta1 + (1 - beta1) * g[i];
            v[i] = v[i] * beta2 + (1 - beta2) * g[i] * g[i];
        }
        // bias-corrected step: θ ← θ − (lr / (1 − β1ᵗ))·m / (√v / √(1 − β2ᵗ) + ε)
        double correction1 = 1 - Math.pow(beta1, t);
        double stepScale = lr / correction1;
        double rootCorrection2 = Math.sqrt(1 - Math.pow(beta2, t));
        double slope = 0;
        for (int i = 0; i < g.length; i++) {
            double ratio = m[i] / (Math.sqrt(v[i]) / rootCorrection2 + eps);
            th[i] += -stepScale * ratio;
            slope -= g[i] * ratio / correction1;
        }
        Vectors.write(th, theta);
        double gradientNorm = Math.sqrt(Vectors.dot(g, g));
        return new StepResult(lr, 0, gradientNorm, loss, Double.NaN, true, new double[0], new double[0],
                new double[0], slope);
    }

    /** "adam". */
    @Override
    public String name() {
        return NAME;
    }

    /** [m (p), v (p), t] after the last step; empty before the first step. */
    @Override
    public double[] state() {
        if (m == null) {
            return new double[0];
        }
        double[] state = new double[2 * m.length + 1];
        System.arraycopy(m, 0, state, 0, m.length);
        System.arraycopy(v, 0, state, m.length, v.length);
        state[2 * m.length] = t;
        return state;
    }

    /** Continues from [m (p), v (p), t] (finite, v ≥ 0, t a whole number ≥ 1; empty: a fresh start). */
    @Override
    public void restore(double[] state) {
        if (state.length == 0) {
            m = null;
            v = null;
            t = 0;
            return;
        }
        if (state.length % 2 == 0) {
            throw new IllegalArgumentException("adam state must have 2p + 1 values (m, v, t), had " + state.length);
        }
        int p = state.length / 2;
        double steps = state[2 * p];
        if (!(steps >= 1 && steps == Math.rint(steps) && steps < 1e15)) {
            throw new IllegalArgumentException("adam step count must be a whole number >= 1, was " + steps);
        }
        for (int i = 0; i < 2 * p; i++) {
            if (!Double.isFinite(state[i]) || (i >= p && state[i] < 0)) {
                throw new IllegalArgumentException("adam moments must be finite (v >= 0), had " + state[i]);
            }
        }
        m = Arrays.copyOfRange(state, 0, p);
        v = Arrays.copyOfRange(state, p, 2 * p);
        t = (long) steps;
    }
}
