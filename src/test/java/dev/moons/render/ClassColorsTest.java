package dev.moons.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassColorsTest {

    @Test
    void mapEndsAndMiddleAreTheNamedColours() {
        assertEquals(ClassColors.MAP0, ClassColors.argb(0));
        assertEquals(ClassColors.MAP_MID, ClassColors.argb(0.5));
        assertEquals(ClassColors.MAP1, ClassColors.argb(1));
        assertEquals(ClassColors.MAP0, ClassColors.argb(-3));
        assertEquals(ClassColors.MAP_NAN, ClassColors.argb(Double.NaN));
    }

    @Test
    void everyMapColourIsOpaqueSoItsPremultipliedFormIsItself() {
        // the heatmap hands its pixels to JavaFX as premultiplied ARGB: right only for alpha 0xFF
        for (int k = 0; k <= 4096; k++) {
            assertEquals(0xFF, ClassColors.argb(k / 4096.0) >>> 24, "p " + k / 4096.0);
        }
        assertEquals(0xFF, ClassColors.argb(Double.NaN) >>> 24);
    }

    @Test
    void colourMovesSteadilyAwayFromTheMiddleOnBothSides() {
        double previousLow = -1;
        double previousHigh = -1;
        for (int k = 0; k <= 50; k++) {
            double low = distance(ClassColors.argb(0.5 - k / 100.0), ClassColors.MAP_MID);
            double high = distance(ClassColors.argb(0.5 + k / 100.0), ClassColors.MAP_MID);
            assertTrue(low >= previousLow && high >= previousHigh, "monotone at " + k);
            previousLow = low;
            previousHigh = high;
        }
    }

    private static double distance(int a, int b) {
        double d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d += Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
        }
        return d;
    }
}
