package dev.moons.bench;

import dev.moons.data.Dataset;
import dev.moons.data.Moons;
import dev.moons.model.Mlp;
import dev.moons.model.ModelObjective;
import dev.moons.model.PlainKernel;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A seeded two-moons batch of n points (noise 0.2), H = 16, lr = 1e-3, as ND4J arrays and plain double[]. */
final class MoonsBatch {
    static final int HIDDEN = 16;
    static final double LEARNING_RATE = 1e-3;

    final Mlp mlp = new Mlp(HIDDEN);
    final double[] xy;
    final double[] labels;
    final INDArray x;
    final INDArray y;
    final INDArray theta;
    final INDArray initialTheta;
    final INDArray gradient;
    final double[] thetaPlain;
    final double[] gradientPlain;

    /** n points from Moons.generate(n, 0.2, seed 42), He-initialized θ from seed 7. */
    MoonsBatch(int n) {
        Dataset d = Moons.generate(n, 0.2, new Random(42));
        xy = new double[2 * n];
        labels = new double[n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = d.x1()[i];
            xy[2 * i + 1] = d.x2()[i];
            labels[i] = d.labels()[i];
        }
        x = Nd4j.createFromArray(xy).reshape(n, 2);
        y = Nd4j.createFromArray(labels).reshape(n, 1);
        initialTheta = mlp.initialParameters(new Random(7));
        theta = initialTheta.dup();
        gradient = Nd4j.create(DataType.DOUBLE, mlp.parameterCount());
        thetaPlain = theta.toDoubleVector();
        gradientPlain = new double[thetaPlain.length];
    }

    /** Puts θ back to its initial value (both copies), so that a benchmark iteration does not drift. */
    void resetTheta() {
        theta.assign(initialTheta);
        System.arraycopy(initialTheta.toDoubleVector(), 0, thetaPlain, 0, thetaPlain.length);
    }

    /** The ND4J objective on this batch. */
    ModelObjective nd4j() {
        return mlp.objective(x, y);
    }

    /** The plain-Java reference kernel on this batch. */
    PlainKernel plain() {
        return new PlainKernel(HIDDEN, xy, labels);
    }

    /** One full-batch GD step in ND4J: forward, backward, θ ← θ − lr·∇L (BLAS axpy in place). */
    static double nd4jStep(ModelObjective objective, INDArray theta, INDArray gradient) {
        double loss = objective.valueAndGradient(theta, gradient);
        Nd4j.getBlasWrapper().level1().axpy(theta.length(), -LEARNING_RATE, gradient, theta);
        return loss;
    }

    /** One full-batch GD step in plain Java: forward, backward, θ ← θ − lr·∇L. */
    static double plainStep(PlainKernel kernel, double[] theta, double[] gradient) {
        double loss = kernel.lossAndGradient(theta, gradient);
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= LEARNING_RATE * gradient[i];
        }
        return loss;
    }
}
