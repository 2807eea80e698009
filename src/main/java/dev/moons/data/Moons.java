package dev.moons.data;

import java.util.Random;

/**
 * The two-moons dataset, generated exactly as scikit-learn's {@code make_moons(n, shuffle=True, noise)}: an outer
 * half circle (cos t, sin t) of class 0 and an inner one (1 − cos t, 1 − sin t − 0.5) of class 1, t in [0, π].
 */
public final class Moons {

    private Moons() {}

    /**
     * {@code n} points: n/2 (rounded down) on the outer arc, the rest on the inner arc, shuffled with {@code rng}
     * and then moved by N(0, noise²) on each coordinate (x1 then x2 per point, in shuffled order).
     */
    public static Dataset generate(int n, double noise, Random rng) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        if (!(noise >= 0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException("noise must be finite and >= 0, was " + noise);
        }
        int outer = n / 2;
        int inner = n - outer;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] labels = new int[n];

        // arcs: outer points first, then inner, as make_moons stacks them
        double[] tOuter = linspace(0, Math.PI, outer);
        for (int i = 0; i < outer; i++) {
            x1[i] = Math.cos(tOuter[i]);
            x2[i] = Math.sin(tOuter[i]);
        }
        double[] tInner = linspace(0, Math.PI, inner);
        for (int i = 0; i < inner; i++) {
            x1[outer + i] = 1 - Math.cos(tInner[i]);
            x2[outer + i] = 1 - Math.sin(tInner[i]) - 0.5;
            labels[outer + i] = 1;
        }

        // shuffle, then noise: the steps every shape shares
        return Shapes.shuffleAndJitter(x1, x2, labels, noise, rng);
    }

    /** numpy's linspace(start, stop, count) with the endpoint: count evenly spaced values, [start] for count 1. */
    static double[] linspace(double start, double stop, int count) {
        double[] t = new double[count];
        if (count == 1) {
            t[0] = start;
        } else if (count > 1) {
            double step = (stop - start) / (count - 1);
            for (int i = 0; i < count; i++) {
                t[i] = start + i * step;
            }
            t[count - 1] = stop;
        }
        return t;
    }

}
