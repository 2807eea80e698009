package dev.moons.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gradient descent with heavy-ball or Nesterov momentum, PyTorch's {@code torch.optim.SGD(lr, momentum=μ,
 * dampening=0, nesterov=…)} rule: b ← μ·b + g (b ← g on the first step), then θ ← θ − lr·b, or with Nesterov
 * θ ← θ − lr·(g + μ·b). Never evaluates the loss. Keeps the buffer b [p] between steps, so use one instance per
 * run; {@link #state()} saves it.
 */
public final class Momentum implements Optimizer {
    /** The name of the heavy-ball variant in tables and files. */
    public static final String NAME = "momentum";
    /** The name of the Nesterov variant in tables and files. */
    public static final String NESTEROV_NAME = "nesterov";
    /** Default momentum μ; the one owner of this default (the settings table refers to it). */
    public static final double DEFAULT_MU = 0.9;

    private final double lr;
    private final double mu;
    private final boolean nesterov;
    private double[] buffer;

    /**
     * Learning rate {@code lr} (finite, &gt; 0), momentum {@code mu} in [0, 1) (the fraction of the last move kept;
     * 0 is plain gradient descent), and whether the step looks ahead along the buffer (Nesterov).
     */
    public Momentum(double lr, double mu, boolean nesterov) {
        if (!(lr > 0 && Double.isFinite(lr))) {
            throw new IllegalArgumentException("lr must be finite and > 0, was " + lr);
        }
        if (!(mu >= 0 && mu < 1)) {
            throw new IllegalArgumentException("mu must be in [0, 1), was " + mu);
        }
        this.lr = lr;
        this.mu = mu;
        this.nesterov = nesterov;
    }

    /** The learning rate lr. */
    public double lr() {
        return lr;
    }

    /** The momentum μ. */
    public double mu() {
        return mu;
    }

    /** Whether this is Nesterov's variant. */
    public boolean nesterov() {
        return nesterov;
    }

    /**
     * b ← μ·b + g, θ ← θ − lr·d with d = b (or g + μ·b for Nesterov), in place on θ [p]; no loss evaluation, so
     * lossAfter is NaN; stepSize is lr and initialSlope is φ′(0) = −g·d along the move.
     */
    @Override
    public StepResult step(INDArray theta, INDArray gradient, double loss, Objective objective) {
        Vectors.requireSameLength(theta, gradient);
        double[] g = Vectors.read(gradient);
        double[] t = Vectors.read(theta);
        if (buffer != null && buffer.length != g.length) {
            throw new IllegalArgumentException("momentum state has " + buffer.length + " entries, theta has "
                    + g.length);
        }
        // buffer: b ← g on the first step, then b ← μ·b + g
        if (buffer == null) {
            buffer = g.clone();
        } else {
            for (int i = 0; i < g.length; i++) {
                buffer[i] = buffer[i] * mu + g[i];
            }
        }
        // direction d and the move θ ← θ − lr·d
        double[] d = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            d[i] = nesterov ? g[i] + mu * buffer[i] : buffer[i];
            t[i] -= lr * d[i];
        }
        Vectors.write(t, theta);
        double gradientNorm = Math.sqrt(Vectors.dot(g, g));
        return new StepResult(lr, 0, gradientNorm, loss, Double.NaN, true, new double[0], new double[0],
                new double[0], -Vectors.dot(g, d));
    }

    /** "momentum" or "nesterov". */
    @Override
    public String name() {
        return nesterov ? NESTEROV_NAME : NAME;
    }

    /** The buffer b [p] after the last step; empty before the first step. */
    @Override
    public double[] state() {
        return buffer == null ? new double[0] : buffer.clone();
    }

    /** Continues with buffer {@code state} [p] (finite entries; empty: the next step starts b ← g). */
    @Override
    public void restore(double[] state) {
        for (double b : state) {
            if (!Double.isFinite(b)) {
                throw new IllegalArgumentException("momentum state must be finite, had " + b);
            }
        }
        buffer = state.length == 0 ? null : state.clone();
    }
}
