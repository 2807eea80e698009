package dev.moons.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    @Test
    void countsAndRatiosOnAKnownCase() {
        int[] labels = {1, 1, 1, 0, 0, 0, 0, 1};
        double[] p = {0.9, 0.6, 0.2, 0.1, 0.7, 0.4, 0.5, 0.49};
        ClassificationReport r = ClassificationReport.of(labels, p);
        assertArrayEquals(new long[][] {{2, 2}, {2, 2}}, r.confusion());
        assertEquals(0.5, r.accuracy(), 1e-15);
        assertEquals(0.5, r.precision(), 1e-15);
        assertEquals(0.5, r.recall(), 1e-15);
        assertEquals(0.5, r.f1(), 1e-15);
    }

    @Test
    void thresholdHalfCountsAsPositive() {
        ClassificationReport r = ClassificationReport.of(new int[] {1}, new double[] {0.5});
        assertEquals(1, r.tp());
    }

    @Test
    void undefinedRatiosAreNaN() {
        ClassificationReport r = ClassificationReport.of(new int[] {0, 0}, new double[] {0.1, 0.2});
        assertTrue(Double.isNaN(r.precision()));
        assertTrue(Double.isNaN(r.recall()));
        assertTrue(Double.isNaN(r.f1()));
        assertEquals(1.0, r.accuracy(), 0.0);
    }

    @Test
    void mismatchedLengthsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassificationReport.of(new int[] {1}, new double[] {0.1, 0.2}));
        assertTrue(e.getMessage().contains("1 vs 2"));
    }
}
