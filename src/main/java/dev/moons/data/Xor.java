package dev.moons.data;

import java.util.Random;

/**
 * The XOR pattern: points uniform in the square [−1, 1]², labelled 1 where x1·x2 &gt; 0 (first and third quadrant)
 * and 0 elsewhere. To keep the classes balanced, each class draws its own points: |x1| and |x2| uniform in [0, 1),
 * the quadrant (one of the class's two) by a fair coin; shuffled, then moved by N(0, noise²) on each coordinate,
 * so with noise some points cross an axis and carry the other quadrant's label.
 */
public final class Xor {

    private Xor() {}

    /** {@code n} points: n/2 (rounded down) of class 0, the rest of class 1. */
    public static Dataset generate(int n, double noise, Random rng) {
        Shapes.checkCountAndNoise(n, noise);
        int negatives = n / 2;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int label = i < negatives ? 0 : 1;
            double a = rng.nextDouble();
            double b = rng.nextDouble();
            boolean firstSignNegative = rng.nextBoolean();
            // class 1: both signs equal; class 0: opposite signs
            boolean secondSignNegative = label == 1 ? firstSignNegative : !firstSignNegative;
            x1[i] = firstSignNegative ? -a : a;
            x2[i] = secondSignNegative ? -b : b;
            labels[i] = label;
        }
        return Shapes.shuffleAndJitter(x1, x2, labels, noise, rng);
    }
}
