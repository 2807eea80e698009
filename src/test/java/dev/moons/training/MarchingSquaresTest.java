package dev.moons.training;

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
        assertEquals(0, LogitField.logit(0.5), 1e-15);
        assertEquals(-LogitField.logit(0.2), LogitField.logit(0.8), 1e-12);
        assertTrue(Double.isFinite(LogitField.logit(1.0)) && Double.isFinite(LogitField.logit(0.0)));
        assertEquals(-LogitField.logit(1.0), LogitField.logit(0.0), 1e-9);
    }

    @Test
    void aCircleChainsIntoOneClosedPolylineThroughEverySegment() {
        // given a disc of ones in a field of zeros
        int n = 41;
        double[] v = disc(n, 20, 20, 10);
        MarchingSquares ms = new MarchingSquares();
        int segments = ms.trace(v, n, n, 0.5);

        // when the segments are chained
        int lines = ms.chain();

        // then one polyline visits every segment once and ends where it began
        assertEquals(1, lines);
        int[] starts = ms.polylineStarts();
        double[] p = ms.polylinePoints();
        assertEquals(segments + 1, starts[1] - starts[0]);
        int last = starts[1] - 1;
        assertEquals(p[0], p[2 * last], 0);
        assertEquals(p[1], p[2 * last + 1], 0);
        assertConsecutivePointsAreSegments(ms, segments, lines);
    }

    @Test
    void separateCurvesAndOpenCurvesChainSeparately() {
        // given two discs and a half-plane edge (open at the border), traced twice to reuse the buffers
        int n = 60;
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                boolean in = Math.hypot(i - 15, j - 15) < 8 || Math.hypot(i - 40, j - 15) < 6 || j > 45;
                v[j * n + i] = in ? 1 : 0;
            }
        }
        MarchingSquares ms = new MarchingSquares();
        ms.trace(disc(n, 30, 30, 20), n, n, 0.5);
        ms.chain();
        int segments = ms.trace(v, n, n, 0.5);

        // when chained
        int lines = ms.chain();

        // then three polylines, with points = segments + polylines, each step along a traced segment
        assertEquals(3, lines);
        assertEquals(segments + lines, ms.polylineStarts()[lines]);
        assertConsecutivePointsAreSegments(ms, segments, lines);
    }

    @Test
    void passingOverUncrossedCellsKeepsEverySegmentOfTracingEachCellAlone() {
        // given fields with smooth level lines, saddles, exact-level samples, plateaus and NaN holes
        java.util.Random random = new java.util.Random(17);
        for (int field = 0; field < 40; field++) {
            int w = field < 4 ? 63 + field : 3 + random.nextInt(150);
            int h = 2 + random.nextInt(60);
            double[] v = new double[w * h];
            double fx = random.nextDouble() * 0.5;
            double fy = random.nextDouble() * 0.5;
            for (int k = 0; k < v.length; k++) {
                int i = k % w;
                int j = k / w;
                double r = random.nextDouble();
                v[k] = r < 0.05 ? Double.NaN : r < 0.1 ? 0.5 : r < 0.2 ? random.nextInt(2)
                        : 0.5 + 0.5 * Math.sin(fx * i) * Math.cos(fy * j);
            }
            MarchingSquares ms = new MarchingSquares();

            // when the whole field is traced
            int segments = ms.trace(v, w, h, 0.5);

            // then its segments are, in row-major order and bit for bit, those of each 2 × 2 cell traced alone
            double[] expected = new double[0];
            MarchingSquares one = new MarchingSquares();
            for (int j = 0; j + 1 < h; j++) {
                for (int i = 0; i + 1 < w; i++) {
                    double[] corners = {v[j * w + i], v[j * w + i + 1], v[(j + 1) * w + i], v[(j + 1) * w + i + 1]};
                    int c = one.trace(corners, 2, 2, 0.5);
                    int at = expected.length;
                    expected = java.util.Arrays.copyOf(expected, at + 4 * c);
                    for (int q = 0; q < 4 * c; q++) {
                        expected[at + q] = one.segments()[q] + (q % 2 == 0 ? i : j);
                    }
                }
            }
            assertEquals(crossings(v, w, h, 0.5), segments, "field " + field);
            assertEquals(expected.length / 4, segments, "field " + field);
            assertTrue(java.util.Arrays.equals(expected, java.util.Arrays.copyOf(ms.segments(), 4 * segments)),
                    "field " + field);
        }
    }

    @Test
    void noSegmentsChainToNoPolylines() {
        MarchingSquares ms = new MarchingSquares();
        ms.trace(new double[] {0.1, 0.2, 0.3, 0.4}, 2, 2, 0.5);
        assertEquals(0, ms.chain());
    }

    // segments marching squares must find, counted without it: one per crossed cell without NaN, two per saddle
    private static int crossings(double[] v, int w, int h, double level) {
        int n = 0;
        for (int j = 0; j + 1 < h; j++) {
            for (int i = 0; i + 1 < w; i++) {
                double[] c = {v[j * w + i], v[j * w + i + 1], v[(j + 1) * w + i + 1], v[(j + 1) * w + i]};
                int above = 0;
                boolean nan = false;
                for (double x : c) {
                    nan |= Double.isNaN(x);
                    above += x >= level ? 1 : 0;
                }
                boolean saddle = above == 2 && (c[0] >= level) == (c[2] >= level);
                n += nan || above == 0 || above == 4 ? 0 : saddle ? 2 : 1;
            }
        }
        return n;
    }

    private static double[] disc(int n, double cx, double cy, double r) {
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                v[j * n + i] = Math.hypot(i - cx, j - cy) < r ? 1 : 0;
            }
        }
        return v;
    }

    // every pair of neighbouring polyline points is one traced segment (either way round), each used once
    private static void assertConsecutivePointsAreSegments(MarchingSquares ms, int segments, int lines) {
        double[] s = ms.segments();
        double[] p = ms.polylinePoints();
        int[] starts = ms.polylineStarts();
        boolean[] seen = new boolean[segments];
        for (int line = 0; line < lines; line++) {
            for (int k = starts[line]; k + 1 < starts[line + 1]; k++) {
                int found = -1;
                for (int q = 0; q < segments && found < 0; q++) {
                    boolean forward = s[4 * q] == p[2 * k] && s[4 * q + 1] == p[2 * k + 1]
                            && s[4 * q + 2] == p[2 * k + 2] && s[4 * q + 3] == p[2 * k + 3];
                    boolean backward = s[4 * q + 2] == p[2 * k] && s[4 * q + 3] == p[2 * k + 1]
                            && s[4 * q] == p[2 * k + 2] && s[4 * q + 1] == p[2 * k + 3];
                    if ((forward || backward) && !seen[q]) {
                        found = q;
                    }
                }
                assertTrue(found >= 0, "polyline " + line + " step " + k + " is not a traced segment");
                seen[found] = true;
            }
        }
        for (int q = 0; q < segments; q++) {
            assertTrue(seen[q], "segment " + q + " not in any polyline");
        }
    }
}
