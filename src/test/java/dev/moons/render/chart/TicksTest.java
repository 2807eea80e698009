package dev.moons.render.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
