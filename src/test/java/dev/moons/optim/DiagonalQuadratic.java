package dev.moons.optim;

import dev.moons.model.Nd4jRuntime;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * L(θ) = ½ (θ − θ*)ᵀ A (θ − θ*) with A = diag(a) positive: the quadratic ½ θᵀAθ − bᵀθ + const with b = Aθ*,
 * minimum 0 at θ* = A⁻¹b, gradient A(θ − θ*). Counts every loss evaluation.
 */
final class DiagonalQuadratic implements DifferentiableObjective {
    static {
        Nd4jRuntime.ensureConfigured();
    }

    private final INDArray a;
    private final INDArray minimum;
    private int evaluations;

    /** Curvatures {@code a} (all &gt; 0) and minimizer {@code minimum}, of equal length. */
    DiagonalQuadratic(double[] a, double[] minimum) {
        this.a = Nd4j.createFromArray(a);
        this.minimum = Nd4j.createFromArray(minimum);
    }

    /** The minimizer θ* [p]. */
    INDArray minimum() {
        return minimum.dup();
    }

    /** Loss evaluations so far (value and valueAndGradient calls). */
    int evaluations() {
        return evaluations;
    }

    /** p, the number of curvatures. */
    @Override
    public int dimension() {
        return (int) a.length();
    }

    /** ½ Σ aᵢ (θᵢ − θ*ᵢ)²; one evaluation. */
    @Override
    public double value(INDArray theta) {
        evaluations++;
        INDArray d = theta.sub(minimum);
        return 0.5 * d.mul(a).mul(d).sumNumber().doubleValue();
    }

    /** The loss, with A(θ − θ*) written into {@code gradientOut}; one evaluation. */
    @Override
    public double valueAndGradient(INDArray theta, INDArray gradientOut) {
        evaluations++;
        INDArray d = theta.sub(minimum);
        gradientOut.assign(d.mul(a));
        return 0.5 * d.mul(a).mul(d).sumNumber().doubleValue();
    }

    /** A fresh gradient buffer [p]. */
    INDArray newGradient() {
        return Nd4j.zeros(DataType.DOUBLE, a.length());
    }
}
