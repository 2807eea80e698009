package dev.moons.data;

import java.util.Random;

/**
 * Two Gaussian blobs of unit standard deviation on each coordinate, class 0 centred at (−distance/2, 0) and
 * class 1 at (+distance/2, 0): at distance 0 they coincide (no better than chance), from about 4 they barely
 * overlap. Shuffled, then moved by N(0, noise²) on each coordinate like every other shape.
 */
public final class Blobs {

    private Blobs() {}

    /** {@code n} points: n/2 (rounded down) of class 0, the rest of class 1; distance in [0, 10]. */
    public static Dataset generate(int n, double noise, double distance, Random rng) {
        Shapes.checkCountAndNoise(n, noise);
        if (!(distance >= 0 && distance <= 10)) {
            throw new IllegalArgumentException("distance must be in [0.0, 10.0], was " + distance);
        }
        int negatives = n / 2;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i < negatives ? 0 : 1;
            x1[i] = (label == 0 ? -distance / 2 : distance / 2) + rng.nextGaussian();
            x2[i] = rng.nextGaussian();
            labels[i] = label;
        }
        return Shapes.shuffleAndJitter(x1, x2, labels, noise, rng);
    }
}
