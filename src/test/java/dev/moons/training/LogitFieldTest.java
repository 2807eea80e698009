package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The contour traced on logits worked out only where needed is the one traced on every sample's logit, bit for bit. */
class LogitFieldTest {

    @Test
    void contoursOfManyMapsMatchTheFullLogitFieldBitForBit() {
        Random random = new Random(7);
        int checked = 0;
        int logsSaved = 0;
        for (int trial = 0; trial < 300; trial++) {
            int w = 2 + random.nextInt(trial % 2 == 0 ? 60 : 150);
            int h = 2 + random.nextInt(60);
            double[] p = map(random, w, h, trial % 6);
            // when both fields are traced and chained
            double[] full = new double[w * h];
            for (int k = 0; k < full.length; k++) {
                full[k] = LogitField.logit(p[k]);
            }
            LogitField lazy = new LogitField();
            MarchingSquares a = new MarchingSquares();
            MarchingSquares b = new MarchingSquares();
            int segments = a.trace(full, w, h, 0);
            // then the segments, their order and the polylines are the same doubles
            assertEquals(segments, b.traceLogits(p, w, h, lazy), "trial " + trial);
            assertArrayEquals(Arrays.copyOf(a.segments(), 4 * segments), Arrays.copyOf(b.segments(), 4 * segments));
            int lines = a.chain();
            assertEquals(lines, b.chain());
            int points = a.polylineStarts()[lines];
            assertArrayEquals(Arrays.copyOf(a.polylineStarts(), lines + 1), Arrays.copyOf(b.polylineStarts(), lines + 1));
            assertArrayEquals(Arrays.copyOf(a.polylinePoints(), 2 * points), Arrays.copyOf(b.polylinePoints(), 2 * points));
            checked += segments;
            logsSaved += full.length - lazy.computed();
            // a logit it worked out is the sample's logit
            for (int k = 0; k < full.length; k++) {
                assertEquals(Double.doubleToRawLongBits(full[k]), Double.doubleToRawLongBits(lazy.at(k)));
            }
        }
        // the test traced real contours, and most samples did not need their log
        assertTrue(checked > 10_000, "segments " + checked);
        assertTrue(logsSaved > 100_000, "replaced " + logsSaved);
    }

    /** P(class 1) maps of several kinds: smooth boundaries, saddles, noise, exact halves, NaNs, saturation. */
    private static double[] map(Random random, int w, int h, int kind) {
        double[] p = new double[w * h];
        double a = random.nextGaussian();
        double b = random.nextGaussian();
        double c = random.nextGaussian();
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double x = i / (double) w - 0.5;
                double y = j / (double) h - 0.5;
                double z = switch (kind) {
                    case 0 -> 8 * (a * x + b * y + 0.2 * c); // a straight boundary
                    case 1 -> 12 * (Math.sin(6 * x + a) + Math.cos(5 * y + b)); // closed curves, some saddles
                    case 2 -> 40 * x * y; // a saddle in the middle
                    case 3 -> random.nextGaussian(); // noise: many crossings, saddles
                    case 4 -> 200 * (x + a * 0.1); // saturated far from the boundary (p = 0 or 1 exactly)
                    default -> 3 * Math.sin(9 * x * a) * Math.cos(7 * y); // smooth, many crossings
                };
                double v = 1 / (1 + Math.exp(-z));
                double u = random.nextDouble();
                p[j * w + i] = u < 0.02 ? 0.5 : u < 0.03 ? Double.NaN : u < 0.04 ? 0.5 + 1e-12 : v;
            }
        }
        return p;
    }
}
