package dev.moons.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moons.model.Activation;
import org.junit.jupiter.api.Test;

/** The hidden-unit maps' colour scale: its ends per activation and its colours. */
class UnitScaleTest {
    private static final float[] VALUES = {-0.02f, 0f, 0.5f, 3f, Float.NaN};

    @Test
    void endsFollowTheActivation() {
        assertEquals(new UnitScale(-1, 1), UnitScale.of(Activation.TANH, VALUES));
        assertEquals(new UnitScale(0, 1), UnitScale.of(Activation.SIGMOID, VALUES));
        assertEquals(new UnitScale(0, 3), UnitScale.of(Activation.RELU, VALUES));
        assertEquals(new UnitScale(-3, 3), UnitScale.of(Activation.LEAKY_RELU, VALUES));
        // all units dead: a tiny positive end instead of a division by zero
        assertEquals(1e-6, UnitScale.of(Activation.RELU, new float[] {0f, 0f}).max());
    }

    @Test
    void zeroIsWhiteSignsDifferAndTheEndsAreFullStrength() {
        UnitScale s = new UnitScale(-1, 1);
        assertEquals(UnitScale.ZERO, s.argb(0f));
        assertEquals(0xFFB2182B, s.argb(1f));
        assertEquals(0xFFB2182B, s.argb(5f), "clamped above max");
        assertEquals(0xFF4D4D4D, s.argb(-1f));
        assertNotEquals(UnitScale.ZERO, s.argb(1e-4f), "just positive already differs from 0");
        assertEquals(UnitScale.NAN, s.argb(Float.NaN));
        assertEquals(UnitScale.ZERO, new UnitScale(0, 1).argb(-0.5f), "no negative side when min is 0");
    }

    @Test
    void rejectsAnEmptyOrInvertedScale() {
        assertThrows(IllegalArgumentException.class, () -> new UnitScale(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new UnitScale(0.5, 1));
    }
}
