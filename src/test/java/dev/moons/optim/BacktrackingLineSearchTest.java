package dev.moons.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.model.Nd4jRuntime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class BacktrackingLineSearchTest {

    @BeforeAll
    static void configureNd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void defaultsMatchTheDocumentedValues() {
        BacktrackingLineSearch ls = new BacktrackingLineSearch();

        assertEquals(1.0, ls.alpha0(), 0.0);
        assertEquals(0.5, ls.rho(), 0.0);
        assertEquals(1e-4, ls.c(), 0.0);
        assertFalse(ls.warmStart());
        assertEquals(50, ls.maxTrials());
        assertEquals(1e-10, ls.minStep(), 0.0);
        assertEquals("backtracking", ls.name());
    }

    @Test
    void convergesToTheMinimumOfAQuadraticWithDefaults() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 4, 10}, new double[] {1, -0.5, 0.3});
        BacktrackingLineSearch ls = new BacktrackingLineSearch();
        INDArray theta = Nd4j.createFromArray(-2.0, 3.0, 1.0);
        INDArray g = q.newGradient();

        int steps = 0;
        long trialEvaluations = 0;
        double loss = q.valueAndGradient(theta, g);
        while (g.norm2Number().doubleValue() > 1e-9 && steps < 500) {
            StepResult r = ls.step(theta, g, loss, q);
            assertTrue(r.stepTaken(), "step " + steps + " stalled");
            assertArmijoHolds(r, ls.c());
            trialEvaluations += r.lossEvaluations();
            loss = q.valueAndGradient(theta, g);
            steps++;
        }

        assertTrue(steps < 500, "did not converge in 500 steps");
        assertArrayEquals(q.minimum().toDoubleVector(), theta.toDoubleVector(), 1e-6);
        // every α ≤ 2(1 − c)/λmax ≈ 0.2 passes Armijo here, so at most α = 1, ½, ¼, ⅛ are tried
        assertTrue(trialEvaluations <= 4L * steps, trialEvaluations + " trials in " + steps + " steps");
        assertEquals(trialEvaluations + steps + 1, q.evaluations());
    }

    @Test
    void triesPowersOfRhoAndAcceptsTheFirstArmijoStepOnA1dQuadratic() {
        // L = 5θ², θ = 1: g = 10, L_t(α) = 5(1 − 10α)², Armijo needs L_t ≤ 5 − 0.01α: fails for 1, ½, ¼, holds for ⅛
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {10}, new double[] {0});
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();
        double loss = q.valueAndGradient(theta, g);

        StepResult r = new BacktrackingLineSearch().step(theta, g, loss, q);

        assertArrayEquals(new double[] {1, 0.5, 0.25, 0.125}, r.triedSteps(), 0.0);
        assertArrayEquals(new double[] {405, 80, 11.25, 0.3125}, r.triedLosses(), 1e-12);
        assertTrue(r.stepTaken());
        assertEquals(0.125, r.stepSize(), 0.0);
        assertEquals(4, r.lossEvaluations());
        assertEquals(5, r.lossBefore(), 0.0);
        assertEquals(0.3125, r.lossAfter(), 1e-12);
        assertEquals(10, r.gradientNorm(), 0.0);
        assertEquals(-0.25, theta.getDouble(0), 1e-15);
    }

    @Test
    void triedStepsAreAlpha0TimesPowersOfRhoInOrder() {
        // L = 5θ², θ = 1, α₀ = 2, ρ = 0.3: L_t(2) = 1805, L_t(0.6) = 125 fail; L_t(0.18) = 3.2 ≤ 5 − 0.0018 holds
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {10}, new double[] {0});
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();
        double loss = q.valueAndGradient(theta, g);

        StepResult r = new BacktrackingLineSearch(2, 0.3, 1e-4, false).step(theta, g, loss, q);

        assertEquals(3, r.triedSteps().length);
        for (int k = 0; k < 3; k++) {
            assertEquals(2 * Math.pow(0.3, k), r.triedSteps()[k], 1e-15);
        }
        assertEquals(0.18, r.stepSize(), 1e-15);
        assertEquals(3.2, r.lossAfter(), 1e-12);
        assertArmijoHolds(r, 1e-4);
    }

    @Test
    void nonFiniteTrialLossesAreRejectedAndASmallerStepIsAccepted() {
        // ½θ² from θ = 4 (g = 4) with α₀ = 4: α = 4 and 2 land on θ = −12 and −4, where the loss is NaN and −∞
        Objective blowsUp = t -> {
            double x = t.getDouble(0);
            if (x < -10) {
                return Double.NaN;
            }
            return x < -3 ? Double.NEGATIVE_INFINITY : 0.5 * x * x;
        };
        INDArray theta = Nd4j.createFromArray(4.0);
        INDArray g = Nd4j.createFromArray(4.0);

        StepResult r = new BacktrackingLineSearch(4, 0.5, 1e-4, false).step(theta, g, 8, blowsUp);

        assertArrayEquals(new double[] {4, 2, 1}, r.triedSteps(), 0.0);
        assertTrue(Double.isNaN(r.triedLosses()[0]));
        assertEquals(Double.NEGATIVE_INFINITY, r.triedLosses()[1], 0.0);
        assertEquals(0.0, r.triedLosses()[2], 0.0);
        assertTrue(r.stepTaken());
        assertEquals(1, r.stepSize(), 0.0);
        assertEquals(0.0, theta.getDouble(0), 0.0);
    }

    @Test
    void ascentDirectionStallsAfterAlphaDropsBelowMinStep() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 3}, new double[] {0, 0});
        INDArray theta = Nd4j.createFromArray(1.0, -2.0);
        INDArray g = q.newGradient();
        double loss = q.valueAndGradient(theta, g);
        INDArray wrongWay = g.neg();
        int before = q.evaluations();

        StepResult r = new BacktrackingLineSearch().step(theta, wrongWay, loss, q);

        // α = 2⁻³³ ≈ 1.16e-10 is the last α ≥ 1e-10, so α = 2⁰ … 2⁻³³ are tried: 34 trials
        assertFalse(r.stepTaken());
        assertEquals(34, r.lossEvaluations());
        assertEquals(34, q.evaluations() - before);
        assertEquals(34, r.triedSteps().length);
        assertEquals(Math.pow(2, -33), r.stepSize(), 0.0);
        assertArrayEquals(new double[] {1.0, -2.0}, theta.toDoubleVector(), 0.0);
        assertEquals(loss, r.lossAfter(), 0.0);
    }

    @Test
    void ascentDirectionWithSlowShrinkStopsAtFiftyTrials() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 3}, new double[] {0, 0});
        INDArray theta = Nd4j.createFromArray(1.0, -2.0);
        INDArray g = q.newGradient();
        double loss = q.valueAndGradient(theta, g);

        StepResult r = new BacktrackingLineSearch(1, 0.9, 1e-4, false).step(theta, g.neg(), loss, q);

        assertFalse(r.stepTaken());
        assertEquals(50, r.lossEvaluations());
        assertEquals(50, r.triedLosses().length);
        assertEquals(Math.pow(0.9, 49), r.stepSize(), 1e-15);
        assertArrayEquals(new double[] {1.0, -2.0}, theta.toDoubleVector(), 0.0);
    }

    @Test
    void warmStartBeginsAtTwiceTheLastAcceptedStep() {
        // L = 2.5θ², θ = 1: g = 5, L_t(α) = 2.5(1 − 5α)²: α = 1, ½ fail, ¼ holds
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {5}, new double[] {0});
        BacktrackingLineSearch ls = new BacktrackingLineSearch(1, 0.5, 1e-4, true);
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();

        assertEquals(1.0, ls.initialStep(), 0.0);
        StepResult first = ls.step(theta, g, q.valueAndGradient(theta, g), q);
        assertEquals(0.25, first.stepSize(), 0.0);
        assertEquals(0.5, ls.initialStep(), 0.0);

        StepResult second = ls.step(theta, g, q.valueAndGradient(theta, g), q);
        assertEquals(0.5, second.triedSteps()[0], 0.0);

        ls.reset();
        assertEquals(1.0, ls.initialStep(), 0.0);
    }

    @Test
    void warmStartNeverExceedsAlpha0() {
        // L = ¼θ²: g = θ/2 and α = 1 always passes Armijo, so 2 × last accepted = 2 is capped at α₀ = 1
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {0.5}, new double[] {0});
        BacktrackingLineSearch ls = new BacktrackingLineSearch(1, 0.5, 1e-4, true);
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();

        for (int i = 0; i < 5; i++) {
            StepResult r = ls.step(theta, g, q.valueAndGradient(theta, g), q);
            assertEquals(1.0, r.triedSteps()[0], 0.0);
            assertEquals(1.0, r.stepSize(), 0.0);
            assertEquals(1.0, ls.initialStep(), 0.0);
        }
    }

    @Test
    void withoutWarmStartEverySearchBeginsAtAlpha0() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {5}, new double[] {0});
        BacktrackingLineSearch ls = new BacktrackingLineSearch();
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();

        ls.step(theta, g, q.valueAndGradient(theta, g), q);
        StepResult second = ls.step(theta, g, q.valueAndGradient(theta, g), q);

        assertEquals(1.0, ls.initialStep(), 0.0);
        assertEquals(1.0, second.triedSteps()[0], 0.0);
    }

    @Test
    void zeroGradientIsAStationaryPointAcceptedWithoutEvaluations() {
        INDArray theta = Nd4j.createFromArray(0.5, -1.0);
        INDArray g = Nd4j.createFromArray(0.0, 0.0);
        Objective mustNotBeCalled = t -> {
            throw new AssertionError("no trial is needed at a stationary point");
        };

        StepResult r = new BacktrackingLineSearch().step(theta, g, 3.0, mustNotBeCalled);

        assertTrue(r.stepTaken());
        assertEquals(0, r.lossEvaluations());
        assertEquals(1.0, r.stepSize(), 0.0);
        assertEquals(3.0, r.lossAfter(), 0.0);
        assertEquals(0.0, r.gradientNorm(), 0.0);
        assertArrayEquals(new double[] {0.5, -1.0}, theta.toDoubleVector(), 0.0);
    }

    @Test
    void nonFiniteLossOrGradientTakesNoStepAndNoEvaluations() {
        Objective mustNotBeCalled = t -> {
            throw new AssertionError("nothing to descend from");
        };
        INDArray theta = Nd4j.createFromArray(0.5, -1.0);

        StepResult nanLoss = new BacktrackingLineSearch().step(theta, Nd4j.createFromArray(1.0, 1.0), Double.NaN,
                mustNotBeCalled);
        StepResult infGradient = new BacktrackingLineSearch().step(theta,
                Nd4j.createFromArray(Double.POSITIVE_INFINITY, 1.0), 1.0, mustNotBeCalled);

        assertFalse(nanLoss.stepTaken());
        assertEquals(0, nanLoss.lossEvaluations());
        assertFalse(infGradient.stepTaken());
        assertEquals(0, infGradient.lossEvaluations());
        assertArrayEquals(new double[] {0.5, -1.0}, theta.toDoubleVector(), 0.0);
    }

    @Test
    void trialPointsShareOneBufferThatIsNotTheta() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {10, 10}, new double[] {0, 0});
        List<INDArray> seen = new ArrayList<>();
        Objective recording = t -> {
            seen.add(t);
            return q.value(t);
        };
        BacktrackingLineSearch ls = new BacktrackingLineSearch();
        INDArray theta = Nd4j.createFromArray(1.0, 1.0);
        INDArray g = q.newGradient();

        ls.step(theta, g, q.valueAndGradient(theta, g), recording);
        ls.step(theta, g, q.valueAndGradient(theta, g), recording);

        assertTrue(seen.size() >= 4, "expected several trials, saw " + seen.size());
        for (INDArray t : seen) {
            assertSame(seen.get(0), t);
            assertFalse(t == theta);
        }
    }

    @Test
    void invalidParametersAreRejectedNamingParameterAndRange() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertMessage("alpha0 must be finite and > 0, was " + bad, bad, 0.5, 1e-4);
        }
        for (double bad : new double[] {0, 1, -0.5, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertMessage("rho must be in (0, 1), was " + bad, 1, bad, 1e-4);
            assertMessage("c must be in (0, 1), was " + bad, 1, 0.5, bad);
        }
    }

    private static void assertMessage(String expected, double alpha0, double rho, double c) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BacktrackingLineSearch(alpha0, rho, c, false));
        assertEquals(expected, e.getMessage());
    }

    /** The accepted trial meets L_t ≤ L − c·α·‖g‖², and every earlier trial does not. */
    private static void assertArmijoHolds(StepResult r, double c) {
        double g2 = r.gradientNorm() * r.gradientNorm();
        int last = r.triedSteps().length - 1;
        assertEquals(r.stepSize(), r.triedSteps()[last], 0.0);
        assertEquals(r.lossAfter(), r.triedLosses()[last], 0.0);
        assertEquals(r.triedSteps().length, r.lossEvaluations());
        assertTrue(r.lossEvaluations() <= 50);
        assertTrue(r.lossAfter() <= r.lossBefore() - c * r.stepSize() * g2,
                "Armijo fails for accepted α = " + r.stepSize());
        for (int k = 0; k < last; k++) {
            double lt = r.triedLosses()[k];
            assertFalse(Double.isFinite(lt) && lt <= r.lossBefore() - c * r.triedSteps()[k] * g2,
                    "an earlier α = " + r.triedSteps()[k] + " already satisfied Armijo");
        }
    }
}
