package dev.moons.data;

import java.util.Random;

/**
 * Two interleaved spiral arms around the origin: arm k (class k, 0 or 1) at t evenly spaced in [0, 1] has radius
 * r = 0.1 + 0.9·t and angle φ = 2π·turns·t + k·π, the point (r cos φ, r sin φ); so each arm winds {@code turns}
 * times from radius 0.1 to 1 and the other arm lies half a turn away. Shuffled, then moved by N(0, noise²) on each
 * coordinate. Neighbouring windings of the two arms are 0.45/turns apart in radius.
 */
public final class Spiral {

    private Spiral() {}

    /** {@code n} points: n/2 (rounded down) on arm 0, the rest on arm 1; turns in [0.25, 4]. */
    public static Dataset generate(int n, double noise, double turns, Random rng) {
        Shapes.checkCountAndNoise(n, noise);
        if (!(turns >= 0.25 && turns <= 4)) {
            throw new IllegalArgumentException("turns must be in [0.25, 4.0], was " + turns);
        }
        int arm0 = n / 2;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] labels = new int[n];
        double[] t0 = Moons.linspace(0, 1, arm0);
        double[] t1 = Moons.linspace(0, 1, n - arm0);
        for (int i = 0; i < n; i++) {
            int arm = i < arm0 ? 0 : 1;
            double t = arm == 0 ? t0[i] : t1[i - arm0];
            double r = 0.1 + 0.9 * t;
            double phi = 2 * Math.PI * turns * t + arm * Math.PI;
            x1[i] = r * Math.cos(phi);
            x2[i] = r * Math.sin(phi);
            labels[i] = arm;
        }
        return Shapes.shuffleAndJitter(x1, x2, labels, noise, rng);
    }
}
