package dev.moons.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinMaxDecimatorTest {

    @Test
    void keepsMinAndMaxOfEveryColumnAndBoundsTheOutput() {
        int n = 100_000;
        int columns = 400;
        double[] xs = new double[n];
        double[] ys = new double[n];
        Random rng = new Random(1);
        for (int i = 0; i < n; i++) {
            xs[i] = i;
            ys[i] = Math.sin(i / 500.0) + rng.nextGaussian() * 0.1 + (i == 54_321 ? 9 : 0);
        }
        MinMaxDecimator d = new MinMaxDecimator();
        int m = d.decimate(xs, ys, n, 0, n - 1, columns);
        assertTrue(m <= 4 * columns, "at most 4 points per column, got " + m);
        double scale = columns / (double) (n - 1);
        for (int c = 0; c < columns; c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (Math.min(columns - 1, (int) Math.floor(xs[i] * scale)) == c) {
                    min = Math.min(min, ys[i]);
                    max = Math.max(max, ys[i]);
                }
            }
            double outMin = Double.POSITIVE_INFINITY;
            double outMax = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < m; k++) {
                if (Math.min(columns - 1, (int) Math.floor(d.x()[k] * scale)) == c) {
                    outMin = Math.min(outMin, d.y()[k]);
                    outMax = Math.max(outMax, d.y()[k]);
                }
            }
            assertEquals(min, outMin, 0, "min of column " + c);
            assertEquals(max, outMax, 0, "max of column " + c);
        }
    }

    @Test
    void keepsIndexOrderWithinAColumn() {
        double[] xs = {0, 0.1, 0.2, 0.3, 0.4};
        double[] ys = {5, 9, 1, 7, 6};
        MinMaxDecimator d = new MinMaxDecimator();
        int m = d.decimate(xs, ys, 5, 0, 1, 1);
        assertEquals(4, m);
        assertArrayPrefix(new double[] {5, 9, 1, 6}, d.y(), m);
        assertArrayPrefix(new double[] {0, 0.1, 0.2, 0.4}, d.x(), m);
    }

    @Test
    void nonFiniteValuesBreakTheLine() {
        double[] xs = {0, 1, 2, 3, 4, 5};
        double[] ys = {1, 2, Double.NaN, Double.POSITIVE_INFINITY, 4, 5};
        MinMaxDecimator d = new MinMaxDecimator();
        int m = d.decimate(xs, ys, 6, 0, 6, 6);
        assertArrayPrefix(new double[] {1, 2, Double.NaN, 4, 5}, d.y(), m);
    }

    @Test
    void fewPointsPassThroughUnchanged() {
        double[] xs = {0, 10, 20};
        double[] ys = {3, 1, 2};
        MinMaxDecimator d = new MinMaxDecimator();
        int m = d.decimate(xs, ys, 3, 0, 20, 800);
        assertArrayPrefix(ys, d.y(), m);
    }

    private static void assertArrayPrefix(double[] expected, double[] actual, int size) {
        assertEquals(expected.length, size, "size");
        for (int i = 0; i < size; i++) {
            assertEquals(expected[i], actual[i], 0, "at " + i);
        }
    }

    @Test
    void appendingInChunksGivesTheSameOutputAsOneBatch() {
        int n = 20_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        Random rng = new Random(7);
        for (int i = 0; i < n; i++) {
            xs[i] = i;
            ys[i] = i % 997 == 0 ? Double.NaN : Math.exp(-i / 5000.0) * (1 + 0.2 * rng.nextGaussian());
        }
        MinMaxDecimator batch = new MinMaxDecimator();
        int m = batch.decimate(xs, ys, n, 0, n, 300);
        MinMaxDecimator chunks = new MinMaxDecimator();
        chunks.reset(0, n, 300, false);
        int k = 0;
        for (int upTo = 1; upTo <= n; upTo += 1 + rng.nextInt(400)) {
            chunks.append(xs, ys, upTo);
            chunks.view();
            k = upTo;
        }
        chunks.append(xs, ys, n);
        assertTrue(k > 0);
        assertEquals(m, chunks.view());
        for (int i = 0; i < m; i++) {
            assertEquals(batch.y()[i], chunks.y()[i], 0, "y at " + i);
            assertEquals(batch.x()[i], chunks.x()[i], 0, "x at " + i);
        }
    }

    @Test
    void logModeTakesLog10AndSkipsNonPositiveValues() {
        double[] xs = {0, 1, 2, 3};
        double[] ys = {100, 0, -1, 0.01};
        MinMaxDecimator d = new MinMaxDecimator();
        d.reset(0, 4, 4, true);
        d.append(xs, ys, 4);
        int m = d.view();
        assertArrayPrefix(new double[] {2, -2}, d.y(), m);
        assertArrayPrefix(new double[] {0, 3}, d.x(), m);
    }
}
