package dev.moons.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarchingSquaresTest {

    @Test
    void contourLiesBetweenSamplesOnEitherSideOfTheLevel() {
        double[] v = {0.2, 0.8, 0.2, 0.8};
        MarchingSquares ms = new MarchingSquares();
        assertEquals(1, ms.trace(v, 2, 2, 0.5));
        double[] s = ms.segments();
        assertEquals(0.5, s[0], 1e-12);
        assertEquals(0.5, s[2], 1e-12);
        assertEquals(1.0, Math.abs(s[1] - s[3]), 1e-12);
    }

    @Test
    void interpolatesThePosition() {
        double[] v = {0.4, 1.0, 0.4, 1.0};
        MarchingSquares ms = new MarchingSquares();
        ms.trace(v, 2, 2, 0.5);
        assertEquals(0.1 / 0.6, ms.segments()[0], 1e-12);
    }

    @Test
    void uniformFieldsHaveNoContour() {
        MarchingSquares ms = new MarchingSquares();
        assertEquals(0, ms.trace(new double[] {0.1, 0.2, 0.3, 0.4}, 2, 2, 0.5));
        assertEquals(0, ms.trace(new double[] {0.6, 0.7, 0.8, 0.9}, 2, 2, 0.5));
        assertEquals(0, ms.trace(new double[] {Double.NaN, 0.7, 0.1, 0.9}, 2, 2, 0.5));
    }

    @Test
    void aCircleGivesAClosedChainAroundItsCentre() {
        int n = 41;
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                v[j * n + i] = Math.hypot(i - 20, j - 20) < 10 ? 1 : 0;
            }
        }
        MarchingSquares ms = new MarchingSquares();
        int count = ms.trace(v, n, n, 0.5);
        assertTrue(count > 40, "segments " + count);
        double[] s = ms.segments();
        for (int k = 0; k < 4 * count; k += 2) {
            double r = Math.hypot(s[k] - 20, s[k + 1] - 20);
            assertTrue(r > 8.5 && r < 11, "radius " + r);
        }
    }

    @Test
    void saddleIsResolvedByTheCellAverage() {
        MarchingSquares ms = new MarchingSquares();
        assertEquals(2, ms.trace(new double[] {1, 0, 0, 1}, 2, 2, 0.5));
        assertEquals(2, ms.trace(new double[] {0.9, 0, 0, 0.9}, 2, 2, 0.5));
    }

    @Test
    void logitIsSymmetricAndFiniteAtSaturation() {
        assertEquals(0, BoundaryView.logit(0.5), 1e-15);
        assertEquals(-BoundaryView.logit(0.2), BoundaryView.logit(0.8), 1e-12);
        assertTrue(Double.isFinite(BoundaryView.logit(1.0)) && Double.isFinite(BoundaryView.logit(0.0)));
        assertEquals(-BoundaryView.logit(1.0), BoundaryView.logit(0.0), 1e-9);
    }
}
