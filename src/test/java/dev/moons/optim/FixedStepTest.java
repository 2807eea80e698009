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

class FixedStepTest {

    @BeforeAll
    static void configureNd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void stepIsThetaMinusLrTimesGradientInPlace() {
        INDArray theta = Nd4j.createFromArray(1.0, 2.0, 3.0);
        INDArray gradient = Nd4j.createFromArray(0.5, -1.0, 4.0);
        Objective mustNotBeCalled = t -> {
            throw new AssertionError("a fixed step evaluates no loss");
        };

        StepResult r = new FixedStep(0.25).step(theta, gradient, 7.5, mustNotBeCalled);

        assertArrayEquals(new double[] {0.875, 2.25, 2.0}, theta.toDoubleVector(), 0.0);
        assertArrayEquals(new double[] {0.5, -1.0, 4.0}, gradient.toDoubleVector(), 0.0);
        assertEquals(0.25, r.stepSize(), 0.0);
        assertEquals(0, r.lossEvaluations());
        assertEquals(Math.sqrt(0.25 + 1 + 16), r.gradientNorm(), 1e-15);
        assertEquals(7.5, r.lossBefore(), 0.0);
        assertTrue(Double.isNaN(r.lossAfter()));
        assertTrue(r.stepTaken());
        assertEquals(0, r.triedSteps().length);
        assertEquals(0, r.triedLosses().length);
    }

    @Test
    void convergesToTheMinimumOfAQuadraticWithAStableRate() {
        DiagonalQuadratic q = new DiagonalQuadratic(new double[] {1, 4, 10}, new double[] {1, -0.5, 0.3});
        FixedStep fixed = new FixedStep(0.15);
        INDArray theta = Nd4j.createFromArray(-2.0, 3.0, 1.0);
        INDArray g = q.newGradient();

        int steps = 0;
        double loss = q.valueAndGradient(theta, g);
        while (g.norm2Number().doubleValue() > 1e-9 && steps < 300) {
            fixed.step(theta, g, loss, q);
            loss = q.valueAndGradient(theta, g);
            steps++;
        }

        assertTrue(steps < 300, "did not converge in 300 steps");
        assertArrayEquals(q.minimum().toDoubleVector(), theta.toDoubleVector(), 1e-6);
    }

    @Test
    void nameIsFixed() {
        assertEquals("fixed", new FixedStep(0.1).name());
        assertEquals(0.1, new FixedStep(0.1).lr(), 0.0);
    }

    @Test
    void invalidLearningRatesAreRejected() {
        for (double lr : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FixedStep(lr));
            assertEquals("lr must be finite and > 0, was " + lr, e.getMessage());
        }
    }

    @Test
    void gradientOfAnotherLengthIsRejected() {
        INDArray theta = Nd4j.createFromArray(1.0, 2.0);
        INDArray gradient = Nd4j.createFromArray(1.0, 2.0, 3.0);

        assertThrows(IllegalArgumentException.class, () -> new FixedStep(0.1).step(theta, gradient, 0, t -> 0));
    }
}
