package dev.moons.training.sweep;

import java.util.Arrays;

/** Learning-rate grids for a sweep: log-spaced by default, or a given list checked for range. */
public final class LearningRates {
    /** Smallest learning rate of the default grid. */
    public static final double DEFAULT_MIN = 1e-3;
    /** Largest learning rate of the default grid. */
    public static final double DEFAULT_MAX = 10;
    /** Points of the default grid: 10^(−3 + k/3), k = 0 … 12. */
    public static final int DEFAULT_POINTS = 13;
    /** The most learning rates one sweep takes. */
    public static final int MAX_COUNT = 50;

    private LearningRates() {}

    /** {@code points} learning rates from {@code min} to {@code max}, equally spaced in log10; both ends exact. */
    public static double[] logGrid(double min, double max, int points) {
        if (!(min > 0 && max > min && Double.isFinite(max))) {
            throw new IllegalArgumentException("need 0 < min < max < inf, was " + min + ", " + max);
        }
        if (points < 2 || points > MAX_COUNT) {
            throw new IllegalArgumentException("points must be in [2, " + MAX_COUNT + "], was " + points);
        }
        double lo = Math.log10(min);
        double span = Math.log10(max) - lo;
        double[] grid = new double[points];
        for (int k = 0; k < points; k++) {
            grid[k] = Math.pow(10, lo + span * k / (points - 1));
        }
        grid[0] = min;
        grid[points - 1] = max;
        return grid;
    }

    /** The default grid: 13 points from 1e-3 to 10, three per decade. */
    public static double[] defaults() {
        return logGrid(DEFAULT_MIN, DEFAULT_MAX, DEFAULT_POINTS);
    }

    /**
     * A copy of {@code lrs} after checking it: 1 … {@link #MAX_COUNT} values, each finite and &gt; 0;
     * otherwise an {@link IllegalArgumentException} with a one-line reason starting "lrs".
     */
    public static double[] checked(double[] lrs) {
        if (lrs.length < 1 || lrs.length > MAX_COUNT) {
            throw new IllegalArgumentException("lrs must list 1 to " + MAX_COUNT + " learning rates, had " + lrs.length);
        }
        for (double lr : lrs) {
            if (!(lr > 0 && Double.isFinite(lr))) {
                throw new IllegalArgumentException("lrs values must be finite and > 0, was " + lr);
            }
        }
        return Arrays.copyOf(lrs, lrs.length);
    }
}
