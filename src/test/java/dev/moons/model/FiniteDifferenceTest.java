package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.optim.DifferentiableObjective;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Central finite differences, step h = 1e-6, check the manual and SameDiff gradients away from ReLU kinks:
 * rows of x with any |pre-activation| < 1e-3 are dropped, so no step crosses a kink (of the ReLU family; for tanh
 * and sigmoid the filter only thins the batch). Every activation is covered. Tolerance: the relative
 * error max|fd − g| / max|g| must be below 1e-6.
 */
class FiniteDifferenceTest {
    private static final double STEP = 1e-6;
    private static final double KINK_MARGIN = 1e-3;
    private static final double RELATIVE_TOLERANCE = 1e-6;

    static Stream<Arguments> activationsAndSeeds() {
        return Stream.of(Activation.values())
                .flatMap(f -> Stream.of(3L, 5L, 8L, 13L).map(seed -> Arguments.of(f, seed)));
    }

    @ParameterizedTest
    @MethodSource("activationsAndSeeds")
    void manualAndSameDiffGradientsMatchCentralDifferences(Activation f, long seed) {
        int h = 6;
        Mlp mlp = new Mlp(h, f);
        INDArray theta = TestData.theta(h, seed);
        INDArray[] batch = awayFromKinks(theta, TestData.points(60, seed), TestData.labels(60, seed));
        INDArray x = batch[0];
        INDArray y = batch[1];
        assertTrue(x.rows() >= 20, "enough rows survive the kink filter: " + x.rows());
        DifferentiableObjective objective = mlp.objective(x, y);
        INDArray fd = centralDifferences(objective, theta);
        INDArray manual = TestData.manualGradient(mlp, theta, x, y);
        INDArray auto = new SameDiffGradient(h, f).gradient(theta, x, y);
        double scale = Math.max(manual.amaxNumber().doubleValue(), 1e-12);
        double manualError = TestData.maxAbsDiff(fd, manual) / scale;
        double autoError = TestData.maxAbsDiff(fd, auto) / scale;
        assertTrue(manualError < RELATIVE_TOLERANCE, f + " manual relative error " + manualError);
        assertTrue(autoError < RELATIVE_TOLERANCE, f + " SameDiff relative error " + autoError);
    }

    /** (L(θ + h e_k) − L(θ − h e_k)) / 2h for every k, as [p]. */
    static INDArray centralDifferences(DifferentiableObjective objective, INDArray theta) {
        INDArray probe = theta.dup();
        double[] fd = new double[objective.dimension()];
        for (int k = 0; k < fd.length; k++) {
            double original = probe.getDouble(k);
            probe.putScalar(k, original + STEP);
            double up = objective.value(probe);
            probe.putScalar(k, original - STEP);
            double down = objective.value(probe);
            probe.putScalar(k, original);
            fd[k] = (up - down) / (2 * STEP);
        }
        return Nd4j.createFromArray(fd);
    }

    /** The rows of (x, y) whose pre-activations all have |x·w1 + b1| ≥ 1e-3. */
    static INDArray[] awayFromKinks(INDArray theta, INDArray x, INDArray y) {
        INDArray pre = x.mmul(Mlp.w1(theta)).addiRowVector(Mlp.b1(theta));
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        for (int i = 0; i < x.rows(); i++) {
            if (minAbs(pre.getRow(i)) >= KINK_MARGIN) {
                xs.add(x.getRow(i).toDoubleVector());
                ys.add(new double[] {y.getDouble(i, 0)});
            }
        }
        return new INDArray[] {Nd4j.createFromArray(xs.toArray(new double[0][])),
                Nd4j.createFromArray(ys.toArray(new double[0][]))};
    }

    /** min |v_j| over a row. */
    private static double minAbs(INDArray row) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : row.toDoubleVector()) {
            m = Math.min(m, Math.abs(v));
        }
        return m;
    }
}
