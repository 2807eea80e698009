package dev.moons.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArmijoConditionTest {

    @Test
    void acceptsExactlyUpToTheSufficientDecreaseThreshold() {
        ArmijoCondition armijo = new ArmijoCondition(0.25);

        assertEquals(10 - 0.25 * 0.5 * 8, armijo.threshold(10, 0.5, 8), 0.0);
        assertTrue(armijo.isSatisfied(10, 9, 0.5, 8));
        assertTrue(armijo.isSatisfied(10, 8, 0.5, 4));
        assertFalse(armijo.isSatisfied(10, 9.5, 0.5, 8));
    }

    @Test
    void nonFiniteTrialLossesFail() {
        ArmijoCondition armijo = new ArmijoCondition(1e-4);

        assertFalse(armijo.isSatisfied(1, Double.NaN, 1, 1));
        assertFalse(armijo.isSatisfied(1, Double.NEGATIVE_INFINITY, 1, 1));
        assertFalse(armijo.isSatisfied(1, Double.POSITIVE_INFINITY, 1, 1));
    }

    @Test
    void constantOutsideTheOpenUnitIntervalIsRejected() {
        for (double c : new double[] {0, 1, -0.1, 2, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ArmijoCondition(c));
            assertEquals("c must be in (0, 1), was " + c, e.getMessage());
        }
    }
}
