package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The L2 penalty on the weights: value, gradient against SameDiff and finite differences, biases untouched. */
class WeightDecayObjectiveTest {

    @ParameterizedTest
    @ValueSource(doubles = {1e-3, 0.1, 2.0})
    void gradientAgreesWithSameDiffsPenalisedGraph(double lambda) {
        for (long seed : new long[] {1, 2, 42}) {
            Mlp mlp = new Mlp(8);
            INDArray x = TestData.points(50, seed);
            INDArray y = TestData.labels(50, seed);
            INDArray theta = TestData.theta(8, seed);
            ModelObjective objective = mlp.objective(x, y, lambda);
            INDArray manual = Nd4j.create(DataType.DOUBLE, objective.dimension());
            double value = objective.valueAndGradient(theta, manual);
            SameDiffGradient graph = new SameDiffGradient(8, Activation.RELU, lambda);
            INDArray auto = graph.gradient(theta, x, y);
            assertTrue(TestData.maxAbsDiff(manual, auto) < 1e-9, "λ " + lambda + " seed " + seed + ": "
                    + TestData.maxAbsDiff(manual, auto));
            assertEquals(graph.loss(theta, x, y), value, 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-3, 0.5})
    void gradientAgreesWithCentralDifferencesAwayFromKinks(double lambda) {
        Mlp mlp = new Mlp(6, Activation.TANH);
        INDArray theta = TestData.theta(6, 9);
        ModelObjective objective = mlp.objective(TestData.points(40, 9), TestData.labels(40, 9), lambda);
        INDArray manual = Nd4j.create(DataType.DOUBLE, objective.dimension());
        objective.valueAndGradient(theta, manual);
        INDArray fd = FiniteDifferenceTest.centralDifferences(objective, theta);
        double scale = Math.max(1, manual.norm2Number().doubleValue());
        assertTrue(TestData.maxAbsDiff(manual, fd) / scale < 1e-6, "max |manual − fd| = "
                + TestData.maxAbsDiff(manual, fd));
    }

    @Test
    void thePenaltyIsHalfLambdaTimesTheSquaredWeightsAndLeavesTheBiasesAlone() {
        int h = 4;
        INDArray x = TestData.points(30, 5);
        INDArray y = TestData.labels(30, 5);
        INDArray theta = TestData.theta(h, 5);
        double lambda = 0.3;
        ModelObjective plain = new Mlp(h).objective(x, y);
        ModelObjective decayed = new Mlp(h).objective(x, y, lambda);
        double squares = 0;
        double[] t = theta.toDoubleVector();
        for (int k = 0; k < 2 * h; k++) {
            squares += t[k] * t[k];
        }
        for (int k = 3 * h; k < 4 * h; k++) {
            squares += t[k] * t[k];
        }
        assertEquals(plain.value(theta) + lambda / 2 * squares, decayed.value(theta), 1e-12);

        INDArray g0 = Nd4j.create(DataType.DOUBLE, 4 * h + 1);
        INDArray g1 = Nd4j.create(DataType.DOUBLE, 4 * h + 1);
        plain.valueAndGradient(theta, g0);
        decayed.valueAndGradient(theta, g1);
        for (int k = 0; k < 4 * h + 1; k++) {
            boolean bias = (k >= 2 * h && k < 3 * h) || k == 4 * h;
            double expected = g0.getDouble(k) + (bias ? 0 : lambda * t[k]);
            assertEquals(expected, g1.getDouble(k), 1e-15, "entry " + k + (bias ? " (bias)" : ""));
        }
        assertEquals(decayed.value(theta), decayed.evaluate(theta).loss(), 1e-15);
        assertEquals(plain.evaluate(theta).accuracy(), decayed.evaluate(theta).accuracy());
    }

    @Test
    void lambdaZeroIsThePlainObjectiveAndBadLambdasAreRefusedInOneLine() {
        Mlp mlp = new Mlp(3);
        INDArray x = TestData.points(10, 1);
        INDArray y = TestData.labels(10, 1);
        assertSame(BatchLoss.class, mlp.objective(x, y, 0.0).getClass());
        assertEquals(0.0, WeightDecayObjective.penalty(TestData.theta(3, 1), 0.0));
        assertEquals("weight-decay must be finite and >= 0, was -1.0", assertThrows(IllegalArgumentException.class,
                () -> mlp.objective(x, y, -1.0)).getMessage());
        assertEquals("weight-decay must be finite and >= 0, was NaN", assertThrows(IllegalArgumentException.class,
                () -> mlp.objective(x, y, Double.NaN)).getMessage());
    }
}
