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

class StochasticArmijoTest {

    @BeforeAll
    static void configureNd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void firstStepStartsAtEtaMaxThenTheResetGrowsTheLastStepByGammaToTheBatchFraction() {
        // L = 5θ², θ = 1, η_max 1, c 0.1, γ 2, b/n ½: φ(α) = 5(1 − 10α)² ≤ 5 − 10α first holds at ⅛ (θ = −¼);
        // then η = ⅛·2^½ ≈ 0.17678: φ = 0.3125(1 − 1.7678)² = 0.1842 ≤ 0.3125 − 0.1·0.17678·6.25 = 0.2020 holds
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {10}, new double[] {0});
        StochasticArmijo sls = new StochasticArmijo(1, 0.1, 2).withBatchFraction(0.5);
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();

        StepResult first = sls.step(theta, g, q.valueAndGradient(theta, g), q);
        assertArrayEquals(new double[] {1, 0.5, 0.25, 0.125}, first.triedSteps(), 0.0);
        assertEquals(-0.25, theta.getDouble(0), 1e-15);
        assertEquals(0.125 * Math.sqrt(2), sls.initialStep(), 1e-15);

        StepResult second = sls.step(theta, g, q.valueAndGradient(theta, g), q);
        assertArrayEquals(new double[] {0.125 * Math.sqrt(2)}, second.triedSteps(), 1e-15);
        assertEquals(-0.25 + 0.125 * Math.sqrt(2) * 2.5, theta.getDouble(0), 1e-15);
        assertEquals(1, second.lossEvaluations());
    }

    @Test
    void theResetIsCappedAtEtaMax() {
        // L = ¼θ²: g = θ/2 and every α ≤ 1 passes, so η·2 is capped at η_max = 1 every step
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {0.5}, new double[] {0});
        StochasticArmijo sls = new StochasticArmijo(1, 0.1, 2);
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();
        for (int i = 0; i < 4; i++) {
            StepResult r = sls.step(theta, g, q.valueAndGradient(theta, g), q);
            assertArrayEquals(new double[] {1}, r.triedSteps(), 0.0);
        }
    }

    @Test
    void withTheWholeBatchItIsBacktrackingWithWarmStartStepForStep() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 4, 10}, new double[] {1, -0.5, 0.3});
        StochasticArmijo sls = new StochasticArmijo(4, 0.1, 2);
        BacktrackingLineSearch backtracking = new BacktrackingLineSearch(4, 0.5, 0.1, true);
        INDArray a = Nd4j.createFromArray(-2.0, 3.0, 1.0);
        INDArray b = a.dup();
        INDArray ga = q.newGradient();
        INDArray gb = q.newGradient();

        for (int i = 0; i < 300; i++) {
            StepResult rs = sls.step(a, ga, q.valueAndGradient(a, ga), q);
            StepResult rb = backtracking.step(b, gb, q.valueAndGradient(b, gb), q);
            assertArrayEquals(rb.triedSteps(), rs.triedSteps(), 0.0, "step " + i);
            assertArrayEquals(b.toDoubleVector(), a.toDoubleVector(), 0.0, "step " + i);
        }
        assertArrayEquals(q.minimum().toDoubleVector(), a.toDoubleVector(), 1e-6);
    }

    @Test
    void ascentDirectionStallsAsBacktrackingDoesAndKeepsItsStep() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 3}, new double[] {0, 0});
        StochasticArmijo sls = new StochasticArmijo(1, 0.1, 2);
        sls.restore(new double[] {0.25});
        INDArray theta = Nd4j.createFromArray(1.0, -2.0);
        INDArray g = q.newGradient();
        double loss = q.valueAndGradient(theta, g);

        StepResult r = sls.step(theta, g.neg(), loss, q);

        // from 0.5 down to 2⁻³³, the last α ≥ 1e-10: 33 trials
        assertFalse(r.stepTaken());
        assertEquals(33, r.lossEvaluations());
        assertArrayEquals(new double[] {0.25}, sls.state(), 0.0);
        assertArrayEquals(new double[] {1.0, -2.0}, theta.toDoubleVector(), 0.0);
    }

    @Test
    void stateIsTheLastAcceptedStep() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {10}, new double[] {0});
        StochasticArmijo sls = new StochasticArmijo(1, 0.1, 2, 0.25);
        assertEquals(0, sls.state().length);
        assertEquals(1, sls.initialStep(), 0.0);
        INDArray theta = Nd4j.createFromArray(1.0);
        INDArray g = q.newGradient();
        sls.step(theta, g, q.valueAndGradient(theta, g), q);

        StochasticArmijo resumed = new StochasticArmijo(1, 0.1, 2, 0.25);
        resumed.restore(sls.state());

        assertArrayEquals(new double[] {0.125}, sls.state(), 0.0);
        assertEquals(sls.initialStep(), resumed.initialStep(), 0.0);
        assertEquals(0.125 * Math.pow(2, 0.25), resumed.initialStep(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> resumed.restore(new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> resumed.restore(new double[] {1, 1}));
    }

    @Test
    void namesDefaultsAndInvalidParameters() {
        StochasticArmijo sls = new StochasticArmijo();
        assertEquals("sls", sls.name());
        assertEquals(10, sls.etaMax(), 0.0);
        assertEquals(0.1, sls.c(), 0.0);
        assertEquals(2, sls.gamma(), 0.0);
        assertEquals(1, sls.batchFraction(), 0.0);
        assertEquals(0.5, StochasticArmijo.RHO, 0.0);
        StochasticArmijo batched = sls.withBatchFraction(0.1);
        assertEquals(0.1, batched.batchFraction(), 0.0);
        assertEquals(10, batched.etaMax(), 0.0);
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertMessage("etaMax must be finite and > 0, was " + bad, () -> new StochasticArmijo(bad, 0.1, 2));
        }
        for (double bad : new double[] {0.5, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertMessage("gamma must be finite and >= 1, was " + bad, () -> new StochasticArmijo(10, 0.1, bad));
        }
        for (double bad : new double[] {0, 1.5, -0.1, Double.NaN}) {
            assertMessage("batch fraction b/n must be in (0, 1], was " + bad, () -> sls.withBatchFraction(bad));
        }
        assertMessage("c must be in (0, 1), was 1.0", () -> new StochasticArmijo(10, 1, 2));
    }

    private static void assertMessage(String expected, Runnable construct) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, construct::run).getMessage());
    }
}
