package dev.moons.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Plain gradient descent θ ← θ − lr·g with a fixed learning rate; never evaluates the loss itself. */
public final class FixedStep implements Optimizer {
    /** The name used in tables and files. */
    public static final String NAME = "fixed";

    private final double lr;
    private final BoundReduction norm2 = BoundReduction.norm2();

    /** Gradient descent with learning rate {@code lr}, finite and &gt; 0. */
    public FixedStep(double lr) {
        if (!(lr > 0 && Double.isFinite(lr))) {
            throw new IllegalArgumentException("lr must be finite and > 0, was " + lr);
        }
        this.lr = lr;
    }

    /** The learning rate lr. */
    public double lr() {
        return lr;
    }

    /** θ ← θ − lr·g in place (θ, g of shape [p]); lossAfter is NaN since no loss is evaluated. */
    @Override
    public StepResult step(INDArray theta, INDArray gradient, double loss, Objective objective) {
        Vectors.requireSameLength(theta, gradient);
        double gradientNorm = norm2.of(gradient);
        // one BLAS axpy into θ: no temporary array per step
        Nd4j.getBlasWrapper().level1().axpy(theta.length(), -lr, gradient, theta);
        return new StepResult(lr, 0, gradientNorm, loss, Double.NaN, true, new double[0], new double[0]);
    }

    /** "fixed". */
    @Override
    public String name() {
        return NAME;
    }
}
