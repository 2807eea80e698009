package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The immutable p = 0.5 contour: hand-checked positions, no boundary, and its checks. */
class BoundaryContourTest {
    private final BoundaryContour.Tracer tracer = new BoundaryContour.Tracer();

    @Test
    void aStepBetweenTwoColumnsIsOneVerticalLineHalfwayBetweenThem() {
        // given a 6 × 4 map: p = 0.2 in columns 0..2, 0.8 in 3..5 (logits ∓1.386, so the crossing is halfway)
        int w = 6;
        int h = 4;
        double[] p = new double[w * h];
        for (int k = 0; k < p.length; k++) {
            p[k] = k % w < 3 ? 0.2 : 0.8;
        }
        // when its contour is traced
        BoundaryContour c = BoundaryContour.of(p, w, h, tracer);
        // then it is one polyline of h - 1 segments at x = 2.5, from row 0 to row 3
        assertEquals(h - 1, c.segments());
        assertEquals(1, c.polylines());
        assertEquals(h, c.starts()[1]);
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int k = 0; k < h; k++) {
            assertEquals(2.5, c.points()[2 * k], 1e-12);
            minY = Math.min(minY, c.points()[2 * k + 1]);
            maxY = Math.max(maxY, c.points()[2 * k + 1]);
        }
        assertEquals(0, minY);
        assertEquals(h - 1, maxY);
    }

    @Test
    void aMapOnOneSideHasNoBoundaryAndBadInputIsRefused() {
        double[] p = new double[9];
        java.util.Arrays.fill(p, 0.9);
        assertSame(BoundaryContour.NONE, BoundaryContour.of(p, 3, 3, tracer));
        assertEquals(0, BoundaryContour.NONE.polylines());
        assertThrows(IllegalArgumentException.class, () -> BoundaryContour.of(p, 4, 3, tracer));
        assertThrows(IllegalArgumentException.class, () -> new BoundaryContour(new double[4], new int[] {0, 1}, 1));
    }
}
