package dev.moons.curvature;

import java.util.Random;

/** Seeded points, labels and parameters for the curvature tests. */
final class CurvatureData {
    private CurvatureData() {
    }

    /** x [n·2], entries ~ N(0, 1). */
    static double[] points(int n, long seed) {
        Random rng = new Random(seed);
        double[] x = new double[2 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        return x;
    }

    /** y [n] in {0, 1}. */
    static double[] labels(int n, long seed) {
        Random rng = new Random(seed ^ 0x5DEECE66DL);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextBoolean() ? 1.0 : 0.0;
        }
        return y;
    }

    /** θ [4H+1], entries ~ N(0, scale²). */
    static double[] theta(int hidden, double scale, long seed) {
        Random rng = new Random(seed + 17);
        double[] t = new double[4 * hidden + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = scale * rng.nextGaussian();
        }
        return t;
    }

    /** max_ij |a_ij − b_ij|. */
    static double maxAbsDiff(double[][] a, double[][] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                m = Math.max(m, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return m;
    }

    /** max_ij |a_ij|. */
    static double maxAbs(double[][] a) {
        double m = 0;
        for (double[] row : a) {
            for (double v : row) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }
}
