package dev.moons.model;

/**
 * A flat θ [4H+1] (or a gradient in the same layout) split into the network's tensors as plain Java arrays, for
 * showing and for cheap norms: w1 [2][H] (row r = input x_{r+1}), b1 [H], w2 [H], b2. The layout is
 * {@link Mlp}'s: θ = w1 row-major, b1, w2, b2.
 *
 * @param w1 [2][H] input → hidden weights
 * @param b1 [H] hidden biases
 * @param w2 [H] hidden → output weights
 * @param b2 the output bias
 */
public record Layers(double[][] w1, double[] b1, double[] w2, double b2) {

    /** Splits θ [4H+1] into copies of w1 [2][H], b1 [H], w2 [H] and b2. */
    public static Layers of(double[] theta) {
        int h = hiddenOf(theta);
        double[][] w1 = new double[2][h];
        System.arraycopy(theta, 0, w1[0], 0, h);
        System.arraycopy(theta, h, w1[1], 0, h);
        double[] b1 = new double[h];
        System.arraycopy(theta, 2 * h, b1, 0, h);
        double[] w2 = new double[h];
        System.arraycopy(theta, 3 * h, w2, 0, h);
        return new Layers(w1, b1, w2, theta[4 * h]);
    }

    /** H for a θ of length 4H+1 (H ≥ 1). */
    public static int hiddenOf(double[] theta) {
        if (theta == null || theta.length < 5 || (theta.length - 1) % 4 != 0) {
            throw new IllegalArgumentException("θ length must be 4H+1 with H >= 1, was "
                    + (theta == null ? "null" : theta.length));
        }
        return (theta.length - 1) / 4;
    }

    /** H, the number of hidden units. */
    public int hidden() {
        return b1.length;
    }

    /** ‖w1‖₂ (Frobenius). */
    public double normW1() {
        return Math.sqrt(sumOfSquares(w1[0]) + sumOfSquares(w1[1]));
    }

    /** ‖b1‖₂. */
    public double normB1() {
        return Math.sqrt(sumOfSquares(b1));
    }

    /** ‖w2‖₂. */
    public double normW2() {
        return Math.sqrt(sumOfSquares(w2));
    }

    /** |b2|. */
    public double normB2() {
        return Math.abs(b2);
    }

    /** Layer 1's norm ‖(w1, b1)‖₂ over its 3H entries. */
    public double normLayer1() {
        return Math.sqrt(sumOfSquares(w1[0]) + sumOfSquares(w1[1]) + sumOfSquares(b1));
    }

    /** Layer 2's norm ‖(w2, b2)‖₂ over its H+1 entries. */
    public double normLayer2() {
        return Math.sqrt(sumOfSquares(w2) + b2 * b2);
    }

    /** The largest |entry| over all tensors (0 for an all-zero θ), e.g. for a symmetric colour scale. */
    public double maxAbs() {
        double m = Math.abs(b2);
        for (double[] row : new double[][] {w1[0], w1[1], b1, w2}) {
            for (double v : row) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    private static double sumOfSquares(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }
}
