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

class MomentumTest {
    private static final Objective MUST_NOT_BE_CALLED = t -> {
        throw new AssertionError("momentum evaluates no loss");
    };

    @BeforeAll
    static void configureNd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void heavyBallFollowsPyTorchsRuleOnAOneDimensionalQuadratic() {
        // L = ½θ², g = θ, lr 0.1, μ 0.9 from θ = 1:
        // b = 1, θ = 0.9; b = 0.9·1 + 0.9 = 1.8, θ = 0.72; b = 0.9·1.8 + 0.72 = 2.34, θ = 0.486
        double[] thetas = run(new Momentum(0.1, 0.9, false), 3);

        assertArrayEquals(new double[] {0.9, 0.72, 0.486}, thetas, 1e-15);
    }

    @Test
    void nesterovLooksAheadAlongTheBuffer() {
        // d = g + μb: b = 1, d = 1.9, θ = 0.81; b = 0.9 + 0.81 = 1.71, d = 0.81 + 1.539 = 2.349, θ = 0.5751;
        // b = 1.539 + 0.5751 = 2.1141, d = 0.5751 + 1.90269 = 2.47779, θ = 0.327321
        double[] thetas = run(new Momentum(0.1, 0.9, true), 3);

        assertArrayEquals(new double[] {0.81, 0.5751, 0.327321}, thetas, 1e-15);
    }

    @Test
    void zeroMomentumIsPlainGradientDescent() {
        double[] thetas = run(new Momentum(0.1, 0, false), 3);

        assertArrayEquals(new double[] {0.9, 0.81, 0.729}, thetas, 1e-15);
    }

    @Test
    void stepReportsTheLearningRateNoEvaluationsAndTheSlopeAlongTheMove() {
        INDArray theta = Nd4j.createFromArray(1.0, 2.0);
        INDArray g = Nd4j.createFromArray(3.0, -4.0);
        Momentum momentum = new Momentum(0.5, 0.9, false);

        momentum.step(theta, g, 7, MUST_NOT_BE_CALLED);
        StepResult second = momentum.step(theta, g, 6, MUST_NOT_BE_CALLED);

        // b = g + 0.9g = 1.9g, so θ = (1, 2) − 0.5g − 0.95g and φ′(0) = −g·b = −1.9·25
        assertArrayEquals(new double[] {1 - 1.45 * 3, 2 + 1.45 * 4}, theta.toDoubleVector(), 1e-14);
        assertEquals(0.5, second.stepSize(), 0.0);
        assertEquals(0, second.lossEvaluations());
        assertEquals(5, second.gradientNorm(), 1e-15);
        assertEquals(6, second.lossBefore(), 0.0);
        assertTrue(Double.isNaN(second.lossAfter()));
        assertTrue(second.stepTaken());
        assertEquals(-1.9 * 25, second.initialSlope(), 1e-12);
        assertEquals(0, second.triedSteps().length);
        assertArrayEquals(new double[] {3.0, -4.0}, g.toDoubleVector(), 0.0);
    }

    @Test
    void convergesToTheMinimumOfAQuadraticWithoutEvaluatingTheLoss() {
        for (boolean nesterov : new boolean[] {false, true}) {
            DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 4, 10}, new double[] {1, -0.5, 0.3});
            Momentum momentum = new Momentum(0.05, 0.9, nesterov);
            INDArray theta = Nd4j.createFromArray(-2.0, 3.0, 1.0);
            INDArray g = q.newGradient();

            int steps = 0;
            double loss = q.valueAndGradient(theta, g);
            while (g.norm2Number().doubleValue() > 1e-9 && steps < 1000) {
                assertEquals(0, momentum.step(theta, g, loss, q).lossEvaluations());
                loss = q.valueAndGradient(theta, g);
                steps++;
            }

            assertTrue(steps < 1000, "nesterov " + nesterov + " did not converge in 1000 steps");
            assertArrayEquals(q.minimum().toDoubleVector(), theta.toDoubleVector(), 1e-8);
            assertEquals(steps + 1, q.evaluations(), "only the caller's gradient evaluations");
        }
    }

    @Test
    void savedStateContinuesExactly() {
        for (boolean nesterov : new boolean[] {false, true}) {
            DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 4, 10}, new double[] {1, -0.5, 0.3});
            Momentum straight = new Momentum(0.05, 0.9, nesterov);
            INDArray a = Nd4j.createFromArray(-2.0, 3.0, 1.0);
            INDArray g = q.newGradient();
            assertEquals(0, straight.state().length);
            for (int i = 0; i < 4; i++) {
                straight.step(a, g, q.valueAndGradient(a, g), q);
            }
            INDArray b = a.dup();
            double[] saved = straight.state();
            Momentum resumed = new Momentum(0.05, 0.9, nesterov);
            resumed.restore(saved);

            for (int i = 0; i < 5; i++) {
                straight.step(a, g, q.valueAndGradient(a, g), q);
                resumed.step(b, g, q.valueAndGradient(b, g), q);
            }

            assertEquals(3, saved.length);
            assertArrayEquals(a.toDoubleVector(), b.toDoubleVector(), 0.0);
            assertArrayEquals(straight.state(), resumed.state(), 0.0);
        }
    }

    @Test
    void restoreRefusesAStateOfTheWrongLengthOrNonFiniteEntries() {
        Momentum momentum = new Momentum(0.1, 0.9, false);
        momentum.restore(new double[] {1, 2});
        INDArray theta = Nd4j.createFromArray(1.0, 2.0, 3.0);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> momentum.step(theta, theta.dup(), 0, MUST_NOT_BE_CALLED));
        assertEquals("momentum state has 2 entries, theta has 3", e.getMessage());
        assertArrayEquals(new double[] {1.0, 2.0, 3.0}, theta.toDoubleVector(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> momentum.restore(new double[] {Double.NaN}));
    }

    @Test
    void namesAndDefaults() {
        assertEquals("momentum", new Momentum(0.1, Momentum.DEFAULT_MU, false).name());
        assertEquals("nesterov", new Momentum(0.1, Momentum.DEFAULT_MU, true).name());
        assertEquals(0.9, Momentum.DEFAULT_MU, 0.0);
        Momentum m = new Momentum(0.2, 0.5, true);
        assertEquals(0.2, m.lr(), 0.0);
        assertEquals(0.5, m.mu(), 0.0);
        assertTrue(m.nesterov());
    }

    @Test
    void invalidParametersAreRejectedNamingParameterAndRange() {
        for (double bad : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Momentum(bad, 0.9, false));
            assertEquals("lr must be finite and > 0, was " + bad, e.getMessage());
        }
        for (double bad : new double[] {1, -0.1, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Momentum(0.1, bad, true));
            assertEquals("mu must be in [0, 1), was " + bad, e.getMessage());
        }
    }

    // θ after each of {@code steps} steps on L = ½θ² from θ = 1
    private static double[] run(Momentum momentum, int steps) {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1}, new double[] {0});
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();
        double[] thetas = new double[steps];
        for (int i = 0; i < steps; i++) {
            momentum.step(theta, g, q.valueAndGradient(theta, g), MUST_NOT_BE_CALLED);
            thetas[i] = theta.getDouble(0);
        }
        return thetas;
    }
}
