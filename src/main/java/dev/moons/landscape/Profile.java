package dev.moons.landscape;

/**
 * The loss along a straight segment θ(t) = (1 − t)·from + t·to, t in [0, 1].
 *
 * @param t    the positions, 0 … 1 evenly [n]
 * @param loss L(θ(t)) [n]
 */
public record Profile(double[] t, double[] loss) {
    /** Points on a profile. */
    public static final int POINTS = 101;

    /** L at {@code n} ≥ 2 even steps from {@code from} to {@code to} [p]. */
    public static Profile along(double[] from, double[] to, int n, ThetaLoss loss) {
        double[] t = new double[n];
        double[] values = new double[n];
        double[] theta = new double[from.length];
        for (int k = 0; k < n; k++) {
            t[k] = (double) k / (n - 1);
            for (int i = 0; i < theta.length; i++) {
                theta[i] = (1 - t[k]) * from[i] + t[k] * to[i];
            }
            values[k] = loss.at(theta);
        }
        return new Profile(t, values);
    }

    /** The highest loss on the segment minus the higher of its two ends (0 when there is no barrier). */
    public double barrier() {
        double top = Double.NEGATIVE_INFINITY;
        for (double v : loss) {
            top = Math.max(top, v);
        }
        return top - Math.max(loss[0], loss[loss.length - 1]);
    }

    /** The t of the highest loss. */
    public double peakT() {
        int best = 0;
        for (int k = 1; k < loss.length; k++) {
            if (loss[k] > loss[best]) {
                best = k;
            }
        }
        return t[best];
    }
}
