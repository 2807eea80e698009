package dev.moons.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.model.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class InterpolatingLineSearchTest {

    @BeforeAll
    static void configureNd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void theQuadraticStepIsExactOnAQuadratic() {
        // L = 5θ², θ = 1: φ(α) = 5(1 − 10α)², φ′(0) = −100; φ(1) = 405 fails, then
        // α = 100·1²/(2(405 − 5 + 100)) = 0.1 is φ's minimizer; ×½ backtracking needs 1, ½, ¼, ⅛
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {10}, new double[] {0});
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();
        double loss = q.valueAndGradient(theta, g);

        StepResult r = new InterpolatingLineSearch().step(theta, g, loss, q);

        assertArrayEquals(new double[] {1, 0.1}, r.triedSteps(), 1e-15);
        assertEquals(405, r.triedLosses()[0], 1e-12);
        assertEquals(0, r.lossAfter(), 1e-26);
        assertEquals(2, r.lossEvaluations());
        assertEquals(3, q.evaluations());
        assertEquals(0, theta.getDouble(0), 1e-15);
        assertEquals(-100, r.initialSlope(), 1e-12);
        assertTrue(Double.isNaN(r.triedSlopes()[0]) && Double.isNaN(r.triedSlopes()[1]));
    }

    @Test
    void theSafeguardClampsTheQuadraticAndTheCubicThenFindsTheMinimizer() {
        // L = 15θ², θ = 1: φ(α) = 15(1 − 30α)², minimizer 1/30. The quadratic from φ(1) = 12615 gives 1/30,
        // below 0.1·1, so α = 0.1; φ(0.1) = 60 fails; the cubic through φ(1), φ(0.1) is the parabola itself:
        // 1/30, inside [0.01, 0.05], accepted with φ = 0
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {30}, new double[] {0});
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();

        StepResult r = new InterpolatingLineSearch().step(theta, g, q.valueAndGradient(theta, g), q);

        assertArrayEquals(new double[] {1, 0.1, 1.0 / 30}, r.triedSteps(), 1e-15);
        assertArrayEquals(new double[] {12615, 60, 0}, r.triedLosses(), 1e-9);
        assertEquals(0, theta.getDouble(0), 1e-14);
    }

    @Test
    void aCubicWithoutMinimizerFallsBackToTheQuadraticWithinTheSafeguard() {
        // L = ¼θ⁴ at θ = 1, c = 0.9, α₀ = 4: φ(α) = ¼(1 − α)⁴, φ(0) = ¼, φ′(0) = −1.
        // quadratic 16/(2(20.25 − 0.25 + 4)) = 1/3 → clamped to 0.4; φ(0.4) = 0.0324 > ¼ − 0.36 fails;
        // the cubic's minimizer 0.429 → clamped to 0.2; then the cubics have none, the quadratics give 0.38 and
        // 0.36 → clamped to 0.1 and 0.05; φ(0.05) = 0.2036 ≤ ¼ − 0.045 holds
        Quartic quartic = new Quartic(1);
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = Nd4j.createFromArray(1.0);

        StepResult r = new InterpolatingLineSearch(4, 0.9, false).step(theta, g, 0.25, quartic);

        assertArrayEquals(new double[] {4, 0.4, 0.2, 0.1, 0.05}, r.triedSteps(), 1e-15);
        assertEquals(0.0324, r.triedLosses()[1], 1e-15);
        assertEquals(0.95, theta.getDouble(0), 1e-15);
        assertEquals(5, quartic.evaluations());
        // the cubic step by itself, before the safeguard: 0.4294
        assertEquals(0.2, InterpolatingLineSearch.nextStep(0.25, -1, new double[] {4, 0.4},
                new double[] {20.25, 0.0324}, 2), 0.0);
        assertEquals(0.42940190914816956,
                Interpolation.cubicThroughZero(0.25, -1, 4, 20.25, 0.4, 0.0324), 1e-12);
    }

    @Test
    void convergesToTheMinimumOfAQuadraticWithBoundedEvaluations() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 4, 10}, new double[] {1, -0.5, 0.3});
        InterpolatingLineSearch ls = new InterpolatingLineSearch();
        INDArray theta = Nd4j.createFromArray(-2.0, 3.0, 1.0);
        INDArray g = q.newGradient();

        int steps = 0;
        long trials = 0;
        double loss = q.valueAndGradient(theta, g);
        while (g.norm2Number().doubleValue() > 1e-9 && steps < 500) {
            StepResult r = ls.step(theta, g, loss, q);
            assertTrue(r.stepTaken(), "step " + steps + " stalled");
            assertTrue(r.lossAfter() <= loss - 1e-4 * r.stepSize() * r.gradientNorm() * r.gradientNorm());
            trials += r.lossEvaluations();
            loss = q.valueAndGradient(theta, g);
            steps++;
        }

        assertTrue(steps < 500, "did not converge in 500 steps");
        assertArrayEquals(q.minimum().toDoubleVector(), theta.toDoubleVector(), 1e-6);
        // each failed trial shrinks α at least ×0.5, and α ≤ 2(1 − c)/λmax ≈ 0.2 passes: at most 4 trials
        assertTrue(trials <= 4L * steps, trials + " trials in " + steps + " steps");
        assertEquals(trials + steps + 1, q.evaluations());
    }

    @Test
    void nonFiniteTrialLossesShrinkByTheLowerSafeguard() {
        // ½θ² from θ = 4 (g = 4) with α₀ = 4: α = 4 lands on θ = −12, NaN, so α = 0.4 follows; accepted at once
        Objective blowsUp = t -> t.getDouble(0) < -10 ? Double.NaN : 0.5 * t.getDouble(0) * t.getDouble(0);
        INDArray theta = Nd4j.createFromArray(4.0);
        INDArray g = Nd4j.createFromArray(4.0);

        StepResult r = new InterpolatingLineSearch(4, 1e-4, false).step(theta, g, 8, blowsUp);

        assertArrayEquals(new double[] {4, 0.4}, r.triedSteps(), 1e-15);
        assertTrue(r.stepTaken());
        assertEquals(2.4, theta.getDouble(0), 1e-15);
    }

    @Test
    void ascentDirectionStallsWithinTheBacktrackingBounds() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 3}, new double[] {0, 0});
        INDArray theta = Nd4j.createFromArray(1.0, -2.0);
        INDArray g = q.newGradient();
        double loss = q.valueAndGradient(theta, g);
        int before = q.evaluations();

        StepResult r = new InterpolatingLineSearch().step(theta, g.neg(), loss, q);

        assertFalse(r.stepTaken());
        // every shrink is at least ×0.5, so no more trials than backtracking's 34 before α < 1e-10
        assertTrue(r.lossEvaluations() <= 34, r.lossEvaluations() + " trials");
        assertEquals(r.lossEvaluations(), q.evaluations() - before);
        assertTrue(r.stepSize() >= BacktrackingLineSearch.MIN_STEP, "last α " + r.stepSize());
        assertTrue(r.stepSize() * InterpolatingLineSearch.MIN_SHRINK < BacktrackingLineSearch.MIN_STEP);
        assertArrayEquals(new double[] {1.0, -2.0}, theta.toDoubleVector(), 0.0);
    }

    @Test
    void zeroGradientAndNonFiniteLossNeedNoEvaluations() {
        Objective mustNotBeCalled = t -> {
            throw new AssertionError("no trial is needed");
        };
        INDArray theta = Nd4j.createFromArray(0.5, -1.0);

        StepResult stationary = new InterpolatingLineSearch().step(theta, Nd4j.createFromArray(0.0, 0.0), 3,
                mustNotBeCalled);
        StepResult nan = new InterpolatingLineSearch().step(theta, Nd4j.createFromArray(1.0, 1.0), Double.NaN,
                mustNotBeCalled);

        assertTrue(stationary.stepTaken());
        assertFalse(nan.stepTaken());
        assertArrayEquals(new double[] {0.5, -1.0}, theta.toDoubleVector(), 0.0);
    }

    @Test
    void warmStartBeginsAtTwiceTheLastAcceptedStepAndIsItsState() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {10}, new double[] {0});
        InterpolatingLineSearch ls = new InterpolatingLineSearch(1, 1e-4, true);
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();
        assertEquals(0, ls.state().length);

        ls.step(theta, g, q.valueAndGradient(theta, g), q);

        assertEquals(0.1, ls.lastAccepted(), 1e-15);
        assertEquals(0.2, ls.initialStep(), 1e-15);
        assertArrayEquals(new double[] {ls.lastAccepted()}, ls.state(), 0.0);
        InterpolatingLineSearch resumed = new InterpolatingLineSearch(1, 1e-4, true);
        resumed.restore(ls.state());
        assertEquals(ls.initialStep(), resumed.initialStep(), 0.0);
        assertEquals(0, new InterpolatingLineSearch(1, 1e-4, false).state().length);
        assertThrows(IllegalArgumentException.class, () -> resumed.restore(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> resumed.restore(new double[] {-1}));
    }

    @Test
    void namesDefaultsAndInvalidParameters() {
        InterpolatingLineSearch ls = new InterpolatingLineSearch();
        assertEquals("armijo-interp", ls.name());
        assertEquals(BacktrackingLineSearch.DEFAULT_ALPHA0, ls.alpha0(), 0.0);
        assertEquals(BacktrackingLineSearch.DEFAULT_C, ls.c(), 0.0);
        assertFalse(ls.warmStart());
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals("alpha0 must be finite and > 0, was " + bad, assertThrows(IllegalArgumentException.class,
                    () -> new InterpolatingLineSearch(bad, 1e-4, false)).getMessage());
        }
        for (double bad : new double[] {0, 1, Double.NaN}) {
            assertEquals("c must be in (0, 1), was " + bad, assertThrows(IllegalArgumentException.class,
                    () -> new InterpolatingLineSearch(1, bad, false)).getMessage());
        }
    }
}
