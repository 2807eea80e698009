package dev.moons.data;

import java.util.Random;

/** The steps every generated shape shares with {@link Moons}: argument checks, the shuffle and the noise. */
final class Shapes {

    private Shapes() {}

    /** Throws a one-line reason unless n ≥ 1 and noise is finite and ≥ 0. */
    static void checkCountAndNoise(int n, double noise) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        if (!(noise >= 0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException("noise must be finite and >= 0, was " + noise);
        }
    }

    /**
     * Shuffles the rows Fisher–Yates with {@code rng}, then adds N(0, noise²) to x1 and x2 of each row in shuffled
     * order (first coordinate then second), for every shape and the moons; the arrays are changed in place.
     */
    static Dataset shuffleAndJitter(double[] x1, double[] x2, int[] labels, double noise, Random rng) {
        int n = labels.length;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            swap(x1, i, j);
            swap(x2, i, j);
            int l = labels[i];
            labels[i] = labels[j];
            labels[j] = l;
        }
        for (int i = 0; i < n; i++) {
            x1[i] += rng.nextGaussian() * noise;
            x2[i] += rng.nextGaussian() * noise;
        }
        return new Dataset(x1, x2, labels);
    }

    private static void swap(double[] a, int i, int j) {
        double v = a[i];
        a[i] = a[j];
        a[j] = v;
    }
}
