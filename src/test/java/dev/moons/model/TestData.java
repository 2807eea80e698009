package dev.moons.model;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Random batches and parameters for the model tests. */
final class TestData {
    private TestData() {}

    /** x [n,2] with entries ~ N(0, 1), seeded. */
    static INDArray points(int n, long seed) {
        Random rng = new Random(seed);
        double[][] x = new double[n][2];
        for (double[] row : x) {
            row[0] = rng.nextGaussian();
            row[1] = rng.nextGaussian();
        }
        return Nd4j.createFromArray(x);
    }

    /** y [n,1] with labels 0/1 drawn fairly, seeded. */
    static INDArray labels(int n, long seed) {
        Random rng = new Random(seed ^ 0x5DEECE66DL);
        double[][] y = new double[n][1];
        for (double[] row : y) {
            row[0] = rng.nextBoolean() ? 1.0 : 0.0;
        }
        return Nd4j.createFromArray(y);
    }

    /** θ [4H+1] with every entry ~ N(0, 1), biases included, seeded. */
    static INDArray theta(int hidden, long seed) {
        Random rng = new Random(seed + 17);
        double[] t = new double[4 * hidden + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = rng.nextGaussian();
        }
        return Nd4j.createFromArray(t);
    }

    /** ∇L(θ) [p] from the ND4J objective. */
    static INDArray manualGradient(Mlp mlp, INDArray theta, INDArray x, INDArray y) {
        INDArray g = Nd4j.create(DataType.DOUBLE, mlp.parameterCount());
        mlp.objective(x, y).valueAndGradient(theta, g);
        return g;
    }

    /** max |a − b| over all entries. */
    static double maxAbsDiff(INDArray a, INDArray b) {
        double[] u = a.toDoubleVector();
        double[] v = b.toDoubleVector();
        double m = 0.0;
        for (int i = 0; i < u.length; i++) {
            m = Math.max(m, Math.abs(u[i] - v[i]));
        }
        return m;
    }
}
