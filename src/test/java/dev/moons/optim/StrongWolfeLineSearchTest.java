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

class StrongWolfeLineSearchTest {

    @BeforeAll
    static void configureNd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void bracketingDoublesAlphaUntilTheSlopeIsFlatEnough() {
        // L = 5θ², θ = 1: φ(α) = 5(1 − 10α)², φ′(α) = −100(1 − 10α), φ′(0) = −100; c2·|φ′(0)| = 90:
        // φ′(0.004) = −96 and φ′(0.008) = −92 are too steep, φ′(0.016) = −84 is accepted
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {10}, new double[] {0});
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();
        StrongWolfeLineSearch ls = new StrongWolfeLineSearch(0.004, 1e-4, 0.9);

        StepResult r = ls.step(theta, g, q.valueAndGradient(theta, g), q);

        assertArrayEquals(new double[] {0.004, 0.008, 0.016}, r.triedSteps(), 0.0);
        assertArrayEquals(new double[] {-96, -92, -84}, r.triedSlopes(), 1e-12);
        assertArrayEquals(new double[] {5 * 0.96 * 0.96, 5 * 0.92 * 0.92, 5 * 0.84 * 0.84}, r.triedLosses(), 1e-12);
        assertEquals(-100, r.initialSlope(), 1e-12);
        assertEquals(0.016, r.stepSize(), 0.0);
        assertEquals(3, r.lossEvaluations());
        assertEquals(4, q.evaluations());
        assertEquals(0.84, theta.getDouble(0), 1e-15);
        assertEquals(StrongWolfeLineSearch.Outcome.STRONG_WOLFE, ls.lastOutcome());
    }

    @Test
    void zoomFindsTheMinimizerOfAQuadraticByCubicInterpolation() {
        // α₀ = 1: φ(1) = 405 fails sufficient decrease, zoom on [0, 1] with φ′(0) = −100, φ′(1) = 900;
        // the cubic through both ends is the parabola: α = 1 − (900 + 500 + 400)/(900 + 100 + 1000) = 0.1
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {10}, new double[] {0});
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();
        StrongWolfeLineSearch ls = new StrongWolfeLineSearch();

        StepResult r = ls.step(theta, g, q.valueAndGradient(theta, g), q);

        assertArrayEquals(new double[] {1, 0.1}, r.triedSteps(), 1e-15);
        assertEquals(900, r.triedSlopes()[0], 1e-12);
        assertEquals(0, r.triedSlopes()[1], 1e-12);
        assertEquals(0, theta.getDouble(0), 1e-15);
        assertEquals(StrongWolfeLineSearch.Outcome.STRONG_WOLFE, ls.lastOutcome());
    }

    @Test
    void convergesOnAQuadraticAndEveryStepMeetsBothConditions() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 4, 10}, new double[] {1, -0.5, 0.3});
        StrongWolfeLineSearch ls = new StrongWolfeLineSearch();
        INDArray theta = Nd4j.createFromArray(-2.0, 3.0, 1.0);
        INDArray g = q.newGradient();

        int steps = 0;
        long trials = 0;
        double loss = q.valueAndGradient(theta, g);
        while (g.norm2Number().doubleValue() > 1e-9 && steps < 500) {
            INDArray before = g.dup();
            StepResult r = ls.step(theta, g, loss, q);
            assertEquals(StrongWolfeLineSearch.Outcome.STRONG_WOLFE, ls.lastOutcome(), "step " + steps);
            trials += r.lossEvaluations();
            loss = q.valueAndGradient(theta, g);
            // both conditions from the loss and gradient at the new θ, computed apart from the search
            double slope = -g.mul(before).sumNumber().doubleValue();
            assertTrue(loss <= r.lossBefore() + 1e-4 * r.stepSize() * r.initialSlope(), "step " + steps);
            assertTrue(Math.abs(slope) <= 0.9 * Math.abs(r.initialSlope()), "step " + steps);
            steps++;
        }

        assertTrue(steps < 500, "did not converge in 500 steps");
        assertArrayEquals(q.minimum().toDoubleVector(), theta.toDoubleVector(), 1e-6);
        assertTrue(trials <= 5L * steps, trials + " trials in " + steps + " steps");
        assertEquals(trials + steps + 1, q.evaluations());
    }

    @Test
    void anUnboundedDescentStopsAtTheLargestStepAndSaysSo() {
        // L = −θ: φ′ = −1 everywhere, never flat enough; α doubles 10 times from 1 and 1024 is taken
        DifferentiableObjective downhill = new DifferentiableObjective() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public double value(INDArray theta) {
                return -theta.getDouble(0);
            }

            @Override
            public double valueAndGradient(INDArray theta, INDArray gradientOut) {
                gradientOut.putScalar(0, -1.0);
                return value(theta);
            }
        };
        StrongWolfeLineSearch ls = new StrongWolfeLineSearch();
        INDArray theta = Nd4j.createFromArray(0.0);

        StepResult r = ls.step(theta, Nd4j.createFromArray(-1.0), 0, downhill);

        assertEquals(11, r.lossEvaluations());
        assertEquals(1024, r.stepSize(), 0.0);
        assertEquals(ls.maxStep(), r.stepSize(), 0.0);
        assertTrue(r.stepTaken());
        assertEquals(1024, theta.getDouble(0), 0.0);
        assertEquals(StrongWolfeLineSearch.Outcome.ARMIJO_ONLY, ls.lastOutcome());
    }

    @Test
    void anAscentDirectionIsNotTakenWithinTheTrialBound() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 3}, new double[] {0, 0});
        INDArray theta = Nd4j.createFromArray(1.0, -2.0);
        INDArray g = q.newGradient();
        double loss = q.valueAndGradient(theta, g);
        int before = q.evaluations();
        StrongWolfeLineSearch ls = new StrongWolfeLineSearch();

        StepResult r = ls.step(theta, g.neg(), loss, q);

        assertFalse(r.stepTaken());
        assertEquals(StrongWolfeLineSearch.Outcome.NOT_TAKEN, ls.lastOutcome());
        assertTrue(r.lossEvaluations() <= BacktrackingLineSearch.MAX_TRIALS);
        assertEquals(r.lossEvaluations(), q.evaluations() - before);
        assertEquals(loss, r.lossAfter(), 0.0);
        assertArrayEquals(new double[] {1.0, -2.0}, theta.toDoubleVector(), 0.0);
    }

    @Test
    void aPlainObjectiveIsRefused() {
        Objective valueOnly = t -> 0;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StrongWolfeLineSearch()
                .step(Nd4j.createFromArray(1.0), Nd4j.createFromArray(1.0), 1, valueOnly));
        assertTrue(e.getMessage().startsWith("wolfe needs the gradient at trial points: the objective must be a "
                + "DifferentiableObjective"), e.getMessage());
    }

    @Test
    void zeroGradientAndNonFiniteLossNeedNoEvaluations() {
        Quartic quartic = new Quartic(2);
        StrongWolfeLineSearch ls = new StrongWolfeLineSearch();
        INDArray theta = Nd4j.createFromArray(0.5, -1.0);

        StepResult stationary = ls.step(theta, Nd4j.createFromArray(0.0, 0.0), 3, quartic);
        assertTrue(stationary.stepTaken());
        assertEquals(StrongWolfeLineSearch.Outcome.STATIONARY, ls.lastOutcome());
        StepResult nan = ls.step(theta, Nd4j.createFromArray(1.0, 1.0), Double.NaN, quartic);
        assertFalse(nan.stepTaken());
        assertEquals(StrongWolfeLineSearch.Outcome.NOT_TAKEN, ls.lastOutcome());

        assertEquals(0, quartic.evaluations());
        assertArrayEquals(new double[] {0.5, -1.0}, theta.toDoubleVector(), 0.0);
    }

    @Test
    void namesDefaultsAndInvalidParameters() {
        StrongWolfeLineSearch ls = new StrongWolfeLineSearch();
        assertEquals("wolfe", ls.name());
        assertEquals(1.0, ls.alpha0(), 0.0);
        assertEquals(1e-4, ls.c1(), 0.0);
        assertEquals(0.9, ls.c2(), 0.0);
        assertEquals(0, ls.state().length);
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals("alpha0 must be finite and > 0, was " + bad, assertThrows(IllegalArgumentException.class,
                    () -> new StrongWolfeLineSearch(bad, 1e-4, 0.9)).getMessage());
        }
        assertEquals("c must be in (0, 1), was 1.0", assertThrows(IllegalArgumentException.class,
                () -> new StrongWolfeLineSearch(1, 1, 0.9)).getMessage());
        for (double bad : new double[] {0.1, 0.05, 1, Double.NaN}) {
            assertEquals("c2 must be in (c1, 1) = (0.1, 1), was " + bad, assertThrows(IllegalArgumentException.class,
                    () -> new StrongWolfeLineSearch(1, 0.1, bad)).getMessage());
        }
    }
}
