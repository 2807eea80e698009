package dev.moons.render.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void linearTicksAreNiceMultiples() {
        assertArrayEquals(new double[] {0, 200, 400, 600, 800, 1000}, Ticks.linear(0, 1000, 5), 1e-9);
        assertArrayEquals(new double[] {0.2, 0.3, 0.4, 0.5, 0.6}, Ticks.linear(0.17, 0.69, 5), 1e-12);
        assertArrayEquals(new double[] {-1, 0, 1}, Ticks.linear(-1.2, 1.3, 2), 1e-12);
        assertEquals(0, Ticks.linear(1, 1, 5).length);
    }

    @Test
    void niceStepIsOneTwoOrFive() {
        assertEquals(0.1, Ticks.niceStep(0.52, 5), 1e-12);
        assertEquals(20, Ticks.niceStep(100, 5), 1e-12);
        assertEquals(50, Ticks.niceStep(300, 6), 1e-12);
    }

    @Test
    void logAxisSpansWholeDecades() {
        assertArrayEquals(new int[] {-2, 0}, Ticks.decadeRange(0.05, 0.69));
        assertArrayEquals(new int[] {-1, 0}, Ticks.decadeRange(0.1, 1.0));
        assertArrayEquals(new int[] {0, 1}, Ticks.decadeRange(1.0, 1.0));
        assertArrayEquals(new int[] {-7, 3}, Ticks.decadeRange(3e-7, 250));
    }

    @Test
    void logTicksAreDecadesAndThinnedWhenMany() {
        assertArrayEquals(new double[] {0.01, 0.1, 1}, Ticks.logMajor(-2, 0, 6), 1e-15);
        double[] thinned = Ticks.logMajor(-12, 0, 4);
        assertArrayEquals(new double[] {1e-12, 1e-9, 1e-6, 1e-3, 1}, thinned, 1e-20);
        double[] minor = Ticks.logMinor(-1, 0);
        assertEquals(8, minor.length);
        assertEquals(0.2, minor[0], 1e-15);
        assertEquals(0.9, minor[7], 1e-15);
    }

    @Test
    void labelsAreShort() {
        assertEquals("0.25", Ticks.format(0.25, 0.05));
        assertEquals("200", Ticks.format(200, 50));
        assertEquals("0", Ticks.format(0, 1));
        assertEquals("1e-4", Ticks.format(1e-4, 1e-4));
        assertEquals("0.01", Ticks.formatLog(0.01));
        assertEquals("1", Ticks.formatLog(1));
        assertEquals("1e-5", Ticks.formatLog(1e-5));
        assertEquals("100", Ticks.formatLog(100));
    }

    @Test
    void aTinySpanReadsAsDistinctOffsetsFromItsBase() {
        // φ spans ~1e-6 around 0.310685: plain labels would repeat, offsets from φ(0) do not
        double base = 0.3106853;
        double[] ticks = Ticks.linear(base - 1.2e-6, base + 0.3e-6, 5);
        double step = ticks[1] - ticks[0];
        assertTrue(Ticks.needsOffset(step, base));
        long plain = java.util.Arrays.stream(ticks).mapToObj(t -> Ticks.format(t, step)).distinct().count();
        assertTrue(plain < ticks.length, "plain labels repeat (the bug offsets fix)");
        int exp = Ticks.offsetExponent(step);
        assertEquals(-7, exp);
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (double t : ticks) {
            labels.add(Ticks.offsetLabel(t, base, step, exp));
        }
        assertEquals(ticks.length, labels.size(), "distinct labels: " + labels);
        assertEquals("0", Ticks.offsetLabel(base, base, 1e-7, -7), "the base itself");
        assertEquals("-5", Ticks.offsetLabel(base - 5e-7, base, 1e-7, -7));
        assertFalse(Ticks.needsOffset(0.01, 0.31));
    }
}
