package dev.moons.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.model.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AdamTest {
    private static final Objective MUST_NOT_BE_CALLED = t -> {
        throw new AssertionError("adam evaluates no loss");
    };

    @BeforeAll
    static void configureNd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void firstStepMovesEveryCoordinateByAboutLrAgainstTheSignOfItsGradient() {
        // m̂ = g, v̂ = g² after one step, so Δθ = −lr·g/(|g| + ε) whatever the scale of g
        INDArray theta = Nd4j.createFromArray(1.0, -100.0);
        INDArray g = Nd4j.createFromArray(1.0, -100.0);

        StepResult r = new Adam(0.1, 0.9, 0.999, 1e-8).step(theta, g, 5000.5, MUST_NOT_BE_CALLED);

        assertEquals(1 - 0.1 / (1 + 1e-8), theta.getDouble(0), 1e-15);
        assertEquals(-100 + 0.1 * 100 / (100 + 1e-8), theta.getDouble(1), 1e-13);
        assertEquals(0.1, r.stepSize(), 0.0);
        assertEquals(0, r.lossEvaluations());
        assertTrue(Double.isNaN(r.lossAfter()));
        // φ′(0) = −g·m̂/(√v̂ + ε) = −(1/(1 + ε) + 100²/(100 + ε))
        assertEquals(-(1 / (1 + 1e-8) + 10000 / (100 + 1e-8)), r.initialSlope(), 1e-12);
    }

    @Test
    void threeStepsFollowPyTorchsBiasCorrectedRule() {
        // L = ½θ², g = θ, lr 0.1, β1 0.9, β2 0.999, ε 1e-8, from θ = 1; the rule written out step by step
        double lr = 0.1;
        double beta1 = 0.9;
        double beta2 = 0.999;
        double eps = 1e-8;
        double expected = 1;
        double m = 0;
        double v = 0;
        double[] expectedThetas = new double[3];
        for (int t = 1; t <= 3; t++) {
            double g = expected;
            m = beta1 * m + (1 - beta1) * g;
            v = beta2 * v + (1 - beta2) * g * g;
            double mHat = m / (1 - Math.pow(beta1, t));
            double vHat = v / (1 - Math.pow(beta2, t));
            expected -= lr * mHat / (Math.sqrt(vHat) + eps);
            expectedThetas[t - 1] = expected;
        }
        // by hand: θ1 = 1 − 0.1/(1 + 1e-8) ≈ 0.9; at t = 2, m̂ = (0.09 + 0.1·θ1)/0.19 ≈ 0.94737 and
        // √v̂ = √((0.000999 + 0.001·θ1²)/0.001999) ≈ 0.95129, so θ2 ≈ 0.9 − 0.1·0.99588 ≈ 0.80041
        assertEquals(0.9, expectedThetas[0], 1e-8);
        assertEquals(0.80041, expectedThetas[1], 1e-5);

        Adam adam = new Adam(lr, beta1, beta2, eps);
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1}, new double[] {0});
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();
        for (int t = 0; t < 3; t++) {
            adam.step(theta, g, q.valueAndGradient(theta, g), MUST_NOT_BE_CALLED);
            assertEquals(expectedThetas[t], theta.getDouble(0), 1e-15, "step " + (t + 1));
        }
        assertEquals(3, adam.steps());
    }

    @Test
    void convergesNearTheMinimumOfAQuadraticWithoutEvaluatingTheLoss() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 4, 10}, new double[] {1, -0.5, 0.3});
        Adam adam = new Adam(0.01, 0.9, 0.999, 1e-8);
        INDArray theta = Nd4j.createFromArray(-2.0, 3.0, 1.0);
        INDArray g = q.newGradient();

        double loss = q.valueAndGradient(theta, g);
        for (int i = 0; i < 3000; i++) {
            assertEquals(0, adam.step(theta, g, loss, q).lossEvaluations());
            loss = q.valueAndGradient(theta, g);
        }

        assertArrayEquals(q.minimum().toDoubleVector(), theta.toDoubleVector(), 1e-4);
        assertEquals(3001, q.evaluations(), "only the caller's gradient evaluations");
    }

    @Test
    void savedStateContinuesExactly() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 4, 10}, new double[] {1, -0.5, 0.3});
        Adam straight = new Adam(0.05, 0.8, 0.99, 1e-6);
        INDArray a = Nd4j.createFromArray(-2.0, 3.0, 1.0);
        INDArray g = q.newGradient();
        assertEquals(0, straight.state().length);
        for (int i = 0; i < 4; i++) {
            straight.step(a, g, q.valueAndGradient(a, g), q);
        }
        INDArray b = a.dup();
        double[] saved = straight.state();
        Adam resumed = new Adam(0.05, 0.8, 0.99, 1e-6);
        resumed.restore(saved);

        for (int i = 0; i < 5; i++) {
            straight.step(a, g, q.valueAndGradient(a, g), q);
            resumed.step(b, g, q.valueAndGradient(b, g), q);
        }

        assertEquals(7, saved.length);
        assertEquals(4, saved[6], 0.0);
        assertArrayEquals(a.toDoubleVector(), b.toDoubleVector(), 0.0);
        assertArrayEquals(straight.state(), resumed.state(), 0.0);
        assertEquals(9, resumed.steps());
    }

    @Test
    void restoreRefusesMalformedStates() {
        Adam adam = new Adam(0.1, 0.9, 0.999, 1e-8);

        assertEquals("adam state must have 2p + 1 values (m, v, t), had 4",
                assertThrows(IllegalArgumentException.class, () -> adam.restore(new double[4])).getMessage());
        assertEquals("adam step count must be a whole number >= 1, was 0.5",
                assertThrows(IllegalArgumentException.class, () -> adam.restore(new double[] {1, 1, 0.5}))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> adam.restore(new double[] {1, -1, 2}));
        adam.restore(new double[] {1, 1, 2});
        INDArray theta = Nd4j.createFromArray(1.0, 2.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> adam.step(theta, theta.dup(), 0, MUST_NOT_BE_CALLED));
        assertEquals("adam state has 1 parameters, theta has 2", e.getMessage());
    }

    @Test
    void namesAndDefaults() {
        Adam adam = new Adam(0.01, Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPS);
        assertEquals("adam", adam.name());
        assertEquals(0.9, adam.beta1(), 0.0);
        assertEquals(0.999, adam.beta2(), 0.0);
        assertEquals(1e-8, adam.eps(), 0.0);
        assertEquals(0.01, adam.lr(), 0.0);
    }

    @Test
    void invalidParametersAreRejectedNamingParameterAndRange() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertMessage("lr must be finite and > 0, was " + bad, () -> new Adam(bad, 0.9, 0.999, 1e-8));
            assertMessage("eps must be finite and > 0, was " + bad, () -> new Adam(0.1, 0.9, 0.999, bad));
        }
        for (double bad : new double[] {1, -0.1, 2, Double.NaN}) {
            assertMessage("beta1 must be in [0, 1), was " + bad, () -> new Adam(0.1, bad, 0.999, 1e-8));
            assertMessage("beta2 must be in [0, 1), was " + bad, () -> new Adam(0.1, 0.9, bad, 1e-8));
        }
    }

    private static void assertMessage(String expected, Runnable construct) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, construct::run).getMessage());
    }
}
