package dev.moons.ui.inspector;

import java.util.Locale;

/** The inspector check line's numbers: the weights' sizes (what weight decay shrinks) and the difference. */
final class WeightNorms {

    private WeightNorms() {}

    /** " · ‖w1‖ 3.21 · ‖w2‖ 4.05" for θ [4H+1] (w1 = θ[0:2H], w2 = θ[3H:4H]; the biases are not counted). */
    static String text(double[] theta) {
        int h = (theta.length - 1) / 4;
        return String.format(Locale.ROOT, " · ‖w1‖ %.3g · ‖w2‖ %.3g", norm(theta, 0, 2 * h), norm(theta, 3 * h, 4 * h));
    }

    /** {@code v} as "2.2e-16" (one decimal, root locale). */
    static String scientific(double v) {
        return String.format(Locale.ROOT, "%.1e", v);
    }

    private static double norm(double[] a, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += a[i] * a[i];
        }
        return Math.sqrt(sum);
    }
}
