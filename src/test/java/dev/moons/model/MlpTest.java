package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.optim.DifferentiableObjective;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Initialization, parameter layout, prediction and the objective's contract. */
class MlpTest {

    @Test
    void initialParametersAreReproducibleWithZeroBiases() {
        Mlp mlp = new Mlp(10);
        INDArray a = mlp.initialParameters(new Random(99));
        INDArray b = mlp.initialParameters(new Random(99));
        assertArrayEquals(new long[] {41}, a.shape());
        assertEquals(DataType.DOUBLE, a.dataType());
        assertArrayEquals(a.toDoubleVector(), b.toDoubleVector(), 0.0);
        assertEquals(0.0, Mlp.b1(a).amaxNumber().doubleValue(), 0.0);
        assertEquals(0.0, Mlp.b2(a), 0.0);
    }

    @Test
    void initialParametersDrawW1RowMajorThenW2() {
        int h = 3;
        INDArray theta = new Mlp(h).initialParameters(new Random(5));
        Random rng = new Random(5);
        double[] expected = new double[4 * h + 1];
        for (int i = 0; i < 2 * h; i++) {
            expected[i] = rng.nextGaussian();
        }
        for (int j = 0; j < h; j++) {
            expected[3 * h + j] = Math.sqrt(2.0 / h) * rng.nextGaussian();
        }
        assertArrayEquals(expected, theta.toDoubleVector(), 0.0);
    }

    @Test
    void heStandardDeviationsForLargeH() {
        int h = 256;
        INDArray theta = new Mlp(h).initialParameters(new Random(1));
        double w1Std = Mlp.w1(theta).stdNumber().doubleValue();
        double w2Std = Mlp.w2(theta).stdNumber().doubleValue();
        // 512 draws of N(0,1): the sample std has standard error ≈ 1/√1024 ≈ 0.031; allow 5 of them.
        assertEquals(1.0, w1Std, 0.16);
        // 256 draws of N(0, 2/256): relative standard error ≈ 1/√512 ≈ 0.044; allow 5 of them.
        assertEquals(Math.sqrt(2.0 / h), w2Std, 0.22 * Math.sqrt(2.0 / h));
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void initStandardDeviationsFollowTheActivation(Activation f) {
        int h = 256;
        INDArray theta = new Mlp(h, f).initialParameters(new Random(1));
        double w1Expected = f.usesHe() ? 1.0 : Math.sqrt(2.0 / (2 + h));
        double w2Expected = f.usesHe() ? Math.sqrt(2.0 / h) : Math.sqrt(2.0 / (h + 1));
        // Same tolerances as above: 5 standard errors of the sample std.
        assertEquals(w1Expected, Mlp.w1(theta).stdNumber().doubleValue(), 0.16 * w1Expected);
        assertEquals(w2Expected, Mlp.w2(theta).stdNumber().doubleValue(), 0.22 * w2Expected);
        assertEquals(0.0, Mlp.b1(theta).amaxNumber().doubleValue(), 0.0);
        assertEquals(f.usesHe(), f == Activation.RELU || f == Activation.LEAKY_RELU);
    }

    @Test
    void initScalesAreHeForTheReluFamilyAndGlorotOtherwise() {
        assertEquals(Math.sqrt(2.0 / 16), Activation.RELU.initStd(16, 1), 0.0);
        assertEquals(Math.sqrt(2.0 / 16), Activation.LEAKY_RELU.initStd(16, 1), 0.0);
        assertEquals(Math.sqrt(2.0 / 17), Activation.TANH.initStd(16, 1), 0.0);
        assertEquals(Math.sqrt(2.0 / 18), Activation.SIGMOID.initStd(2, 16), 0.0);
        Random rng = new Random(5);
        INDArray theta = new Mlp(3, Activation.TANH).initialParameters(new Random(5));
        assertEquals(Math.sqrt(2.0 / 5) * rng.nextGaussian(), theta.getDouble(0), 0.0);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void hiddenActivationsAndPredictFollowTheActivation(Activation f) {
        int h = 5;
        Mlp mlp = new Mlp(h, f);
        assertEquals(f, mlp.activation());
        INDArray x = TestData.points(40, 2);
        INDArray theta = TestData.theta(h, 2);
        INDArray pre = x.mmul(Mlp.w1(theta)).addiRowVector(Mlp.b1(theta));
        INDArray act = mlp.hiddenActivations(theta, x);
        double[] logits = new double[40];
        for (int i = 0; i < 40; i++) {
            logits[i] = Mlp.b2(theta);
            for (int j = 0; j < h; j++) {
                double a = f.apply(pre.getDouble(i, j));
                assertEquals(a, act.getDouble(i, j), 1e-12, f + " unit " + j);
                logits[i] += a * Mlp.w2(theta).getDouble(j);
            }
            assertEquals(PlainKernel.sigmoid(logits[i]), mlp.predict(theta, x).getDouble(i, 0), 1e-12);
        }
        assertTrue(f == Activation.RELU || f == Activation.LEAKY_RELU || f.apply(-3.0) != 0.0);
    }

    @Test
    void activationNamesRoundTripAndUnknownNamesAreRefused() {
        for (Activation f : Activation.values()) {
            assertEquals(f, Activation.fromName(f.cliName()));
        }
        assertEquals(Activation.LEAKY_RELU, Activation.fromName("leaky-relu"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.fromName("softmax"));
        assertEquals("activation must be one of relu, leaky-relu, tanh, sigmoid, was softmax", e.getMessage());
    }

    @Test
    void layoutHelpersAreViewsInTheDocumentedOrder() {
        INDArray theta = Nd4j.linspace(DataType.DOUBLE, 0.0, 1.0, 13);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, Mlp.w1(theta).ravel().toDoubleVector(), 0.0);
        assertEquals(5.0, Mlp.w1(theta).getDouble(1, 2), 0.0);
        assertArrayEquals(new double[] {6, 7, 8}, Mlp.b1(theta).toDoubleVector(), 0.0);
        assertArrayEquals(new double[] {9, 10, 11}, Mlp.w2(theta).toDoubleVector(), 0.0);
        assertEquals(12.0, Mlp.b2(theta), 0.0);
        assertEquals(8.0, Mlp.layer1(theta).getDouble(2, 2), 0.0);
        assertEquals(12.0, Mlp.layer2(theta).getDouble(3, 0), 0.0);
        Mlp.b1(theta).putScalar(0, -1.0);
        assertEquals(-1.0, theta.getDouble(6), 0.0, "b1 is a view");
        INDArray packed = Mlp.pack(Mlp.w1(theta), Mlp.b1(theta), Mlp.w2(theta), Mlp.b2(theta));
        assertArrayEquals(theta.toDoubleVector(), packed.toDoubleVector(), 0.0);
        assertEquals(3, Mlp.hiddenOf(theta));
    }

    @Test
    void predictIsSigmoidOfLogitsWithShapeNBy1() {
        int h = 7;
        Mlp mlp = new Mlp(h);
        INDArray theta = TestData.theta(h, 21);
        INDArray x = TestData.points(33, 21);
        INDArray p = mlp.predict(theta, x);
        assertArrayEquals(new long[] {33, 1}, p.shape());
        double[] expected = new double[33];
        for (int i = 0; i < 33; i++) {
            double z = Mlp.b2(theta);
            for (int j = 0; j < h; j++) {
                double pre = x.getDouble(i, 0) * Mlp.w1(theta).getDouble(0, j)
                        + x.getDouble(i, 1) * Mlp.w1(theta).getDouble(1, j) + Mlp.b1(theta).getDouble(j);
                z += Math.max(pre, 0.0) * Mlp.w2(theta).getDouble(j);
            }
            expected[i] = PlainKernel.sigmoid(z);
        }
        assertArrayEquals(expected, p.toDoubleVector(), 1e-13);
        assertEquals(0.0, TestData.maxAbsDiff(Transforms.sigmoid(mlp.logits(theta, x)), p), 1e-15);
    }

    @Test
    void predictHandlesManyPointsInBlocksAndFloatInput() {
        Mlp mlp = new Mlp(16);
        INDArray theta = mlp.initialParameters(new Random(4));
        INDArray x = TestData.points(Mlp.PREDICT_BLOCK * 2 + 17, 4);
        INDArray p = mlp.predict(theta, x);
        assertArrayEquals(new long[] {x.rows(), 1}, p.shape());
        INDArray direct = Transforms.sigmoid(mlp.logits(theta, x));
        assertEquals(0.0, TestData.maxAbsDiff(direct, p), 1e-15);
        INDArray pf = mlp.predict(theta, x.castTo(DataType.FLOAT));
        assertEquals(0.0, TestData.maxAbsDiff(p, pf), 1e-6);
    }

    @Test
    void hiddenActivationsAreNonNegativeWithShapeNByH() {
        Mlp mlp = new Mlp(5);
        INDArray a = mlp.hiddenActivations(TestData.theta(5, 2), TestData.points(12, 2));
        assertArrayEquals(new long[] {12, 5}, a.shape());
        assertTrue(a.minNumber().doubleValue() >= 0.0);
    }

    @Test
    void valueLeavesThetaUnchangedAndMatchesValueAndGradient() {
        int h = 9;
        Mlp mlp = new Mlp(h);
        INDArray theta = TestData.theta(h, 8);
        double[] before = theta.toDoubleVector();
        DifferentiableObjective objective = mlp.objective(TestData.points(40, 8), TestData.labels(40, 8));
        double v = objective.value(theta);
        assertArrayEquals(before, theta.toDoubleVector(), 0.0);
        INDArray g = Nd4j.create(DataType.DOUBLE, objective.dimension());
        double vg = objective.valueAndGradient(theta, g);
        assertArrayEquals(before, theta.toDoubleVector(), 0.0);
        assertEquals(v, vg, 0.0);
        assertEquals(v, objective.value(theta), 0.0, "buffers are reused without drift");
        assertEquals(4 * h + 1, objective.dimension());
    }

    @Test
    void objectiveWorksForASinglePointAndRejectsBadShapes() {
        Mlp mlp = new Mlp(2);
        INDArray x = Nd4j.createFromArray(new double[][] {{0.3, -0.2}});
        INDArray y = Nd4j.createFromArray(new double[][] {{1.0}});
        INDArray theta = TestData.theta(2, 3);
        DifferentiableObjective objective = mlp.objective(x, y);
        INDArray g = Nd4j.create(DataType.DOUBLE, 9);
        double v = objective.valueAndGradient(theta, g);
        assertEquals(new PlainKernel(2, x, y).value(theta), v, 1e-15);
        assertThrows(IllegalArgumentException.class, () -> objective.value(Nd4j.zeros(DataType.DOUBLE, 13)));
        assertThrows(IllegalArgumentException.class, () -> new Mlp(0));
        assertThrows(IllegalArgumentException.class, () -> mlp.objective(Nd4j.zeros(3, 3), Nd4j.zeros(3, 1)));
    }

    @Test
    void objectiveAcceptsAStridedThetaView() {
        int h = 4;
        Mlp mlp = new Mlp(h);
        INDArray x = TestData.points(25, 12);
        INDArray y = TestData.labels(25, 12);
        INDArray theta = TestData.theta(h, 12);
        INDArray strided = Nd4j.create(DataType.DOUBLE, 4 * h + 1, 2).getColumn(0).assign(theta);
        DifferentiableObjective objective = mlp.objective(x, y);
        INDArray g = Nd4j.create(DataType.DOUBLE, 4 * h + 1);
        INDArray gs = Nd4j.create(DataType.DOUBLE, 4 * h + 1);
        assertEquals(objective.valueAndGradient(theta, g), objective.valueAndGradient(strided, gs), 0.0);
        assertEquals(0.0, TestData.maxAbsDiff(g, gs), 0.0);
        assertEquals(0.0, TestData.maxAbsDiff(mlp.predict(theta, x), mlp.predict(strided, x)), 0.0);
    }
}
