package dev.moons.data;

import java.util.Random;

/**
 * Two concentric circles, generated as scikit-learn's {@code make_circles(n, shuffle=True, noise, factor)}: an
 * outer circle of radius 1 (class 0) and an inner one of radius {@code factor} (class 1), each at evenly spaced
 * angles in [0, 2π) without the endpoint; shuffled, then moved by N(0, noise²) on each coordinate.
 */
public final class Circles {

    private Circles() {}

    /** {@code n} points: n/2 (rounded down) on the outer circle, the rest on the inner; factor in (0, 1). */
    public static Dataset generate(int n, double noise, double factor, Random rng) {
        Shapes.checkCountAndNoise(n, noise);
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1), was " + factor);
        }
        int outer = n / 2;
        int inner = n - outer;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < outer; i++) {
            double t = 2 * Math.PI * i / outer;
            x1[i] = Math.cos(t);
            x2[i] = Math.sin(t);
        }
        for (int i = 0; i < inner; i++) {
            double t = 2 * Math.PI * i / inner;
            x1[outer + i] = factor * Math.cos(t);
            x2[outer + i] = factor * Math.sin(t);
            labels[outer + i] = 1;
        }
        return Shapes.shuffleAndJitter(x1, x2, labels, noise, rng);
    }
}
