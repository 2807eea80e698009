package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The hand-written backward pass agrees with SameDiff's automatic differentiation. */
class SameDiffGradientTest {
    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void manualMatchesSameDiffOnRandomData(long seed) {
        Mlp mlp = new Mlp(8);
        INDArray x = TestData.points(50, seed);
        INDArray y = TestData.labels(50, seed);
        INDArray theta = TestData.theta(8, seed);
        double diff = SameDiffGradient.maxAbsDiff(mlp, theta, x, y);
        assertTrue(diff < TOLERANCE, "max |manual − SameDiff| = " + diff);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void manualMatchesSameDiffForEveryActivation(Activation f) {
        for (long seed : new long[] {1, 2, 42}) {
            Mlp mlp = new Mlp(8, f);
            INDArray x = TestData.points(50, seed);
            INDArray y = TestData.labels(50, seed);
            INDArray theta = TestData.theta(8, seed);
            double diff = SameDiffGradient.maxAbsDiff(mlp, theta, x, y);
            assertTrue(diff < TOLERANCE, f + ", seed " + seed + ": max |manual − SameDiff| = " + diff);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void sameDiffLossEqualsObjectiveValueForEveryActivation(Activation f) {
        Mlp mlp = new Mlp(6, f);
        INDArray x = TestData.points(30, 11);
        INDArray y = TestData.labels(30, 11);
        INDArray theta = TestData.theta(6, 11);
        assertEquals(mlp.objective(x, y).value(theta), new SameDiffGradient(6, f).loss(theta, x, y), 1e-12);
    }

    @Test
    void leakyReluPassesTheSlopeAtExactlyZeroPreActivations() {
        int h = 4;
        INDArray x = TestData.points(20, 3);
        INDArray y = TestData.labels(20, 3);
        INDArray theta = TestData.theta(h, 3);
        Mlp.w1(theta).getColumn(0).assign(0.0);
        Mlp.b1(theta).putScalar(0, 0.0);
        INDArray g = TestData.manualGradient(new Mlp(h, Activation.LEAKY_RELU), theta, x, y);
        double[] plain = new double[4 * h + 1];
        new PlainKernel(h, Activation.LEAKY_RELU, x, y).lossAndGradient(theta.toDoubleVector(), plain);
        assertTrue(Math.abs(Mlp.b1(g).getDouble(0)) > 0.0, "leaky-ReLU′(0) = 0.01 passes gradient");
        assertTrue(TestData.maxAbsDiff(g, Nd4j.createFromArray(plain)) < 1e-12);
    }

    @Test
    void manualMatchesSameDiffWithExactlyZeroPreActivations() {
        int h = 8;
        Mlp mlp = new Mlp(h);
        INDArray x = TestData.points(50, 7);
        INDArray y = TestData.labels(50, 7);
        INDArray theta = TestData.theta(h, 7);
        for (int j = 0; j < h / 2; j++) {
            Mlp.w1(theta).putScalar(0, j, 0.0);
            Mlp.w1(theta).putScalar(1, j, 0.0);
            Mlp.b1(theta).putScalar(j, 0.0);
        }
        theta.putScalar(4 * h, 0.0);
        INDArray manual = TestData.manualGradient(mlp, theta, x, y);
        for (int j = 0; j < h / 2; j++) {
            assertEquals(0.0, Mlp.w1(manual).getDouble(0, j), "ReLU′(0) = 0 gives no w1 gradient");
            assertEquals(0.0, Mlp.b1(manual).getDouble(j), "ReLU′(0) = 0 gives no b1 gradient");
        }
        double diff = SameDiffGradient.maxAbsDiff(mlp, theta, x, y);
        assertTrue(diff < TOLERANCE, "max |manual − SameDiff| = " + diff);
    }

    @Test
    void manualMatchesSameDiffAtZeroThetaWhereAllLogitsAreZero() {
        Mlp mlp = new Mlp(5);
        INDArray x = TestData.points(20, 9);
        INDArray y = TestData.labels(20, 9);
        INDArray theta = Nd4j.zeros(DataType.DOUBLE, 21);
        double diff = SameDiffGradient.maxAbsDiff(mlp, theta, x, y);
        assertTrue(diff < TOLERANCE, "max |manual − SameDiff| = " + diff);
        double meanY = y.meanNumber().doubleValue();
        assertEquals(0.5 - meanY, TestData.manualGradient(mlp, theta, x, y).getDouble(20), 1e-15);
    }

    @Test
    void sameDiffLossEqualsObjectiveValue() {
        Mlp mlp = new Mlp(6);
        INDArray x = TestData.points(30, 11);
        INDArray y = TestData.labels(30, 11);
        INDArray theta = TestData.theta(6, 11);
        double graph = new SameDiffGradient(6).loss(theta, x, y);
        assertEquals(mlp.objective(x, y).value(theta), graph, 1e-12);
    }
}
