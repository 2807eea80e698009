package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The bound-op fast paths: many consecutive calls with changing θ and alternating θ/gradient arrays agree with
 * {@link PlainKernel} (catches stale bound buffers), and steady-state steps do not grow off-heap memory.
 */
class FastPathTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void consecutiveCallsWithChangingThetaAgreeWithPlainKernel() {
        int n = 300;
        int h = 16;
        Mlp mlp = new Mlp(h);
        INDArray x = TestData.points(n, 11);
        INDArray y = TestData.labels(n, 11);
        ModelObjective nd4j = mlp.objective(x, y);
        PlainKernel plain = new PlainKernel(h, x, y);
        INDArray[] thetas = {TestData.theta(h, 1), TestData.theta(h, 2), TestData.theta(h, 3)};
        INDArray[] gradients = {Nd4j.create(DataType.DOUBLE, 4 * h + 1), Nd4j.create(DataType.DOUBLE, 4 * h + 1)};
        double[] plainGradient = new double[4 * h + 1];
        Random rng = new Random(5);
        for (int call = 0; call < 600; call++) {
            INDArray theta = thetas[rng.nextInt(thetas.length)];
            theta.addi(Nd4j.randn(DataType.DOUBLE, 4L * h + 1).muli(0.05));
            double expected = plain.lossAndGradient(theta.toDoubleVector(), plainGradient);
            switch (call % 3) {
                case 0 -> {
                    INDArray g = gradients[rng.nextInt(gradients.length)];
                    assertEquals(expected, nd4j.valueAndGradient(theta, g), TOLERANCE, "call " + call);
                    double diff = TestData.maxAbsDiff(g, Nd4j.createFromArray(plainGradient));
                    assertTrue(diff < TOLERANCE, "call " + call + ": max |ND4J − plain| = " + diff);
                }
                case 1 -> assertEquals(expected, nd4j.value(theta), TOLERANCE, "call " + call);
                default -> assertEquals(expected, nd4j.evaluate(theta).loss(), TOLERANCE, "call " + call);
            }
        }
    }

    @Test
    void zeroLogitsCountAsClassOne() {
        INDArray y = TestData.labels(50, 8);
        ModelObjective objective = new Mlp(4).objective(TestData.points(50, 8), y);
        double accuracy = objective.evaluate(Nd4j.zeros(DataType.DOUBLE, 17)).accuracy();
        assertEquals(y.meanNumber().doubleValue(), accuracy, 1e-15);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Activation.class)
    void stepsDoNotGrowOffHeapMemory(Activation f) {
        int h = 16;
        Mlp mlp = new Mlp(h, f);
        ModelObjective objective = mlp.objective(TestData.points(1000, 3), TestData.labels(1000, 3));
        INDArray theta = TestData.theta(h, 3);
        INDArray trial = theta.dup();
        INDArray g = Nd4j.create(DataType.DOUBLE, 4 * h + 1);
        ProbabilityMap map = new ProbabilityMap(h, f, TestData.points(2000, 4).dup('c').data().asDouble());
        double[] p = new double[map.size()];
        for (int i = 0; i < 200; i++) {
            step(objective, theta, trial, g, map, p);
        }
        System.gc();
        long before = Pointer.totalBytes();
        for (int i = 0; i < 10_000; i++) {
            step(objective, theta, trial, g, map, p);
        }
        System.gc();
        long grown = Pointer.totalBytes() - before;
        assertTrue(grown < 4L << 20, f + ": off-heap bytes grew by " + grown + " over 10k steps");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Activation.class)
    void probabilityMapFollowsTheActivation(Activation f) {
        int h = 8;
        Mlp mlp = new Mlp(h, f);
        INDArray x = TestData.points(3000, 9);
        ProbabilityMap map = new ProbabilityMap(h, f, x.dup('c').data().asDouble());
        assertEquals(f, map.activation());
        double[] p = new double[3000];
        for (long seed = 1; seed <= 2; seed++) {
            INDArray theta = TestData.theta(h, seed);
            map.probabilities(theta, p);
            double[] expected = mlp.predict(theta, x).toDoubleVector();
            for (int i = 0; i < p.length; i++) {
                assertEquals(expected[i], p[i], 1e-5, f + " seed " + seed + ", point " + i);
            }
        }
    }

    @Test
    void probabilityMapAgreesWithPredictInFloatPrecision() {
        int h = 8;
        Mlp mlp = new Mlp(h);
        INDArray x = TestData.points(5000, 9);
        ProbabilityMap map = new ProbabilityMap(h, x.dup('c').data().asDouble());
        double[] p = new double[5000];
        for (long seed = 1; seed <= 4; seed++) {
            INDArray theta = TestData.theta(h, seed);
            map.probabilities(theta, p);
            double[] expected = mlp.predict(theta, x).toDoubleVector();
            for (int i = 0; i < p.length; i++) {
                assertEquals(expected[i], p[i], 1e-5, "seed " + seed + ", point " + i);
            }
        }
    }

    /** One app-like epoch: gradient, a line-search trial on another array, a report, one grid frame. */
    private static void step(ModelObjective objective, INDArray theta, INDArray trial, INDArray g,
            ProbabilityMap map, double[] p) {
        objective.valueAndGradient(theta, g);
        trial.assign(theta);
        objective.value(trial);
        objective.evaluate(theta);
        if (p.length > 0) {
            map.probabilities(theta, p);
        }
    }
}
