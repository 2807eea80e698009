package dev.moons.optim;

import dev.moons.model.Nd4jRuntime;
import org.nd4j.linalg.api.ndarray.INDArray;

/** L(θ) = ¼ Σ θᵢ⁴, gradient θᵢ³: a convex test objective that is not quadratic. Counts every loss evaluation. */
final class Quartic implements DifferentiableObjective {
    static {
        Nd4jRuntime.ensureConfigured();
    }

    private final int dimension;
    private int evaluations;

    /** The quartic on p = {@code dimension} parameters. */
    Quartic(int dimension) {
        this.dimension = dimension;
    }

    /** Loss evaluations so far. */
    int evaluations() {
        return evaluations;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** ¼ Σ θᵢ⁴; one evaluation. */
    @Override
    public double value(INDArray theta) {
        evaluations++;
        double sum = 0;
        for (double t : theta.toDoubleVector()) {
            sum += t * t * t * t / 4;
        }
        return sum;
    }

    /** The loss, with θᵢ³ written into {@code gradientOut}; one evaluation. */
    @Override
    public double valueAndGradient(INDArray theta, INDArray gradientOut) {
        double[] t = theta.toDoubleVector();
        for (int i = 0; i < t.length; i++) {
            gradientOut.putScalar(i, t[i] * t[i] * t[i]);
        }
        return value(theta);
    }
}
