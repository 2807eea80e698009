package dev.moons.model;

import dev.moons.optim.DifferentiableObjective;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The same mean BCE and gradient as {@link BatchLoss}, with plain loops over double[]: the correctness oracle
 * for tests and a benchmark baseline. Same flat θ layout and activations as {@link Mlp}; ReLU′(0) = 0,
 * leaky-ReLU′(0) = 0.01. Not thread-safe.
 */
public final class PlainKernel implements DifferentiableObjective {
    private final int hidden;
    private final Activation activation;
    private final int n;
    private final double[] x;
    private final double[] y;
    private final double[] pre;
    private final double[] act;
    private final double[] theta;
    private final double[] gradient;

    /** A ReLU kernel; see {@link #PlainKernel(int, Activation, double[], double[])}. */
    public PlainKernel(int hidden, double[] x, double[] y) {
        this(hidden, Activation.RELU, x, y);
    }

    /** Binds to x [n·2] (row-major pairs) and y [n] (0/1), for H hidden units with activation f; arrays are copied. */
    public PlainKernel(int hidden, Activation f, double[] x, double[] y) {
        if (x.length != 2 * y.length || y.length < 1) {
            throw new IllegalArgumentException("need x of length 2n and y of length n ≥ 1");
        }
        this.hidden = hidden;
        this.activation = f;
        this.n = y.length;
        this.x = x.clone();
        this.y = y.clone();
        this.pre = new double[hidden];
        this.act = new double[hidden];
        this.theta = new double[4 * hidden + 1];
        this.gradient = new double[4 * hidden + 1];
    }

    /** A ReLU kernel bound to ND4J x [n,2] and y [n,1]. */
    public PlainKernel(int hidden, INDArray x, INDArray y) {
        this(hidden, Activation.RELU, x, y);
    }

    /** Binds to ND4J x [n,2] and y [n,1], activation f. */
    public PlainKernel(int hidden, Activation f, INDArray x, INDArray y) {
        this(hidden, f, Mlp.asDouble(x).dup('c').data().asDouble(), Mlp.asDouble(y).dup('c').data().asDouble());
    }

    /** p = 4H+1. */
    @Override
    public int dimension() {
        return 4 * hidden + 1;
    }

    /** L(θ) for an ND4J θ [p]. */
    @Override
    public double value(INDArray theta) {
        return loss(theta.toDoubleVector());
    }

    /** L(θ) and ∇L(θ) into gradientOut [p], for ND4J arrays. */
    @Override
    public double valueAndGradient(INDArray theta, INDArray gradientOut) {
        double loss = lossAndGradient(theta.toDoubleVector(), gradient);
        gradientOut.assign(Nd4j.createFromArray(gradient).reshape(gradientOut.shape()));
        return loss;
    }

    /** L(θ) for θ [p] as a double[]. */
    public double loss(double[] th) {
        return lossAndGradient(th, null);
    }

    /** L(θ), and ∇L(θ) into gradOut [p] unless it is null. */
    public double lossAndGradient(double[] th, double[] gradOut) {
        int h = hidden;
        if (th.length != dimension()) {
            throw new IllegalArgumentException("θ length must be " + dimension());
        }
        if (gradOut != null) {
            Arrays.fill(gradOut, 0.0);
        }
        double b2 = th[4 * h];
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double x0 = x[2 * i];
            double x1 = x[2 * i + 1];
            double z = b2;
            for (int j = 0; j < h; j++) {
                pre[j] = x0 * th[j] + x1 * th[h + j] + th[2 * h + j];
                act[j] = activation.apply(pre[j]);
                z += act[j] * th[3 * h + j];
            }
            sum += bce(z, y[i]);
            if (gradOut != null) {
                double dz = (sigmoid(z) - y[i]) / n;
                gradOut[4 * h] += dz;
                for (int j = 0; j < h; j++) {
                    gradOut[3 * h + j] += act[j] * dz;
                    double dpre = dz * th[3 * h + j] * activation.derivative(pre[j], act[j]);
                    gradOut[j] += x0 * dpre;
                    gradOut[h + j] += x1 * dpre;
                    gradOut[2 * h + j] += dpre;
                }
            }
        }
        return sum / n;
    }

    /** max(z,0) − z·y + log(1 + exp(−|z|)): BCE of σ(z) against label y, stable for any z. */
    public static double bce(double z, double y) {
        return Math.max(z, 0.0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /** σ(z) = 1/(1 + exp(−z)). */
    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
