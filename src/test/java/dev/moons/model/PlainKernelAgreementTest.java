package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.optim.DifferentiableObjective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The ND4J objective and the plain-Java loop kernel give the same loss and gradient to 1e-12. */
class PlainKernelAgreementTest {
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "7, 3, 2", "50, 8, 3", "700, 16, 4", "200, 64, 5"})
    void lossAndGradientAgree(int n, int h, long seed) {
        Mlp mlp = new Mlp(h);
        INDArray x = TestData.points(n, seed);
        INDArray y = TestData.labels(n, seed);
        INDArray theta = TestData.theta(h, seed);
        DifferentiableObjective nd4j = mlp.objective(x, y);
        PlainKernel plain = new PlainKernel(h, x, y);
        INDArray g = Nd4j.create(DataType.DOUBLE, mlp.parameterCount());
        double loss = nd4j.valueAndGradient(theta, g);
        double[] plainGradient = new double[mlp.parameterCount()];
        double plainLoss = plain.lossAndGradient(theta.toDoubleVector(), plainGradient);
        assertEquals(plainLoss, loss, TOLERANCE);
        assertEquals(plainLoss, nd4j.value(theta), TOLERANCE);
        double diff = TestData.maxAbsDiff(g, Nd4j.createFromArray(plainGradient));
        assertTrue(diff < TOLERANCE, "max |ND4J − plain| = " + diff);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void lossAndGradientAgreeForEveryActivation(Activation f) {
        for (int[] nh : new int[][] {{1, 1}, {50, 8}, {300, 32}}) {
            int n = nh[0];
            int h = nh[1];
            long seed = n + h;
            Mlp mlp = new Mlp(h, f);
            INDArray x = TestData.points(n, seed);
            INDArray y = TestData.labels(n, seed);
            INDArray theta = TestData.theta(h, seed);
            DifferentiableObjective nd4j = mlp.objective(x, y);
            PlainKernel plain = new PlainKernel(h, f, x, y);
            INDArray g = Nd4j.create(DataType.DOUBLE, mlp.parameterCount());
            double loss = nd4j.valueAndGradient(theta, g);
            double[] plainGradient = new double[mlp.parameterCount()];
            double plainLoss = plain.lossAndGradient(theta.toDoubleVector(), plainGradient);
            assertEquals(plainLoss, loss, TOLERANCE, f + " n " + n + " h " + h);
            assertEquals(plainLoss, nd4j.value(theta), TOLERANCE, f + " n " + n + " h " + h);
            double diff = TestData.maxAbsDiff(g, Nd4j.createFromArray(plainGradient));
            assertTrue(diff < TOLERANCE, f + " n " + n + " h " + h + ": max |ND4J − plain| = " + diff);
        }
    }

    @ParameterizedTest
    @CsvSource({"40, 8, 6"})
    void agreeWithExactlyZeroPreActivations(int n, int h, long seed) {
        Mlp mlp = new Mlp(h);
        INDArray x = TestData.points(n, seed);
        INDArray y = TestData.labels(n, seed);
        INDArray theta = TestData.theta(h, seed);
        Mlp.w1(theta).getColumn(0).assign(0.0);
        Mlp.b1(theta).putScalar(0, 0.0);
        Mlp.w1(theta).putScalar(0, 1, 1.0);
        Mlp.w1(theta).putScalar(1, 1, 1.0);
        Mlp.b1(theta).putScalar(1, 0.0);
        x.putScalar(0, 0, 0.75);
        x.putScalar(0, 1, -0.75);
        PlainKernel plain = new PlainKernel(h, x, y);
        double[] plainGradient = new double[mlp.parameterCount()];
        double plainLoss = plain.lossAndGradient(theta.toDoubleVector(), plainGradient);
        INDArray g = TestData.manualGradient(mlp, theta, x, y);
        assertEquals(plainLoss, mlp.objective(x, y).value(theta), TOLERANCE);
        assertTrue(TestData.maxAbsDiff(g, Nd4j.createFromArray(plainGradient)) < TOLERANCE);
    }
}
