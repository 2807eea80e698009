package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The inspector's check: the manual gradient is ModelObjective's, SameDiff's agrees within 1e-9. */
class GradientCheckTest {

    @ParameterizedTest
    @EnumSource(Activation.class)
    void manualGradientIsTheObjectivesAndSameDiffAgrees(Activation f) {
        // given a network, data and θ
        Mlp mlp = new Mlp(6, f);
        INDArray x = TestData.points(80, 3);
        INDArray y = TestData.labels(80, 3);
        double[] theta = TestData.theta(6, 3).toDoubleVector();
        // when the check runs
        GradientCheck check = GradientCheck.at(mlp, new SameDiffGradient(6, f), theta, x, y);
        // then its manual gradient and loss are ModelObjective's, and SameDiff's differs by less than 1e-9
        INDArray g = Nd4j.create(DataType.DOUBLE, mlp.parameterCount());
        double loss = mlp.objective(x, y).valueAndGradient(Nd4j.createFromArray(theta.clone()), g);
        assertArrayEquals(g.toDoubleVector(), check.manual(), 0.0);
        assertEquals(loss, check.loss(), 0.0);
        assertArrayEquals(theta, check.theta(), 0.0);
        double direct = 0;
        for (int i = 0; i < theta.length; i++) {
            direct = Math.max(direct, Math.abs(check.manual()[i] - check.sameDiff()[i]));
        }
        assertEquals(direct, check.maxAbsDiff(), 0.0);
        assertTrue(check.maxAbsDiff() < 1e-9, f + ": " + check.maxAbsDiff());
        assertTrue(check.sameDiffMs() >= 0);
    }

    @Test
    void oneGraphServesManyChecks() {
        Mlp mlp = new Mlp(4);
        SameDiffGradient graph = new SameDiffGradient(4);
        for (long seed = 1; seed <= 3; seed++) {
            GradientCheck check = GradientCheck.at(mlp, graph, TestData.theta(4, seed).toDoubleVector(),
                    TestData.points(30, seed), TestData.labels(30, seed));
            assertTrue(check.maxAbsDiff() < 1e-9);
        }
    }

    @Test
    void rejectsAGraphOrThetaOfAnotherShape() {
        Mlp mlp = new Mlp(4);
        INDArray x = TestData.points(10, 1);
        INDArray y = TestData.labels(10, 1);
        double[] theta = TestData.theta(4, 1).toDoubleVector();
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.at(mlp, new SameDiffGradient(5), TestData.theta(5, 1).toDoubleVector(), x, y));
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.at(mlp, new SameDiffGradient(4, Activation.TANH), theta, x, y));
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.at(mlp, new SameDiffGradient(4), new double[9], x, y));
    }
}
