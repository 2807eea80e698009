package dev.moons.training;

/**
 * The scalar field the p = 0.5 contour is traced on: the logit log(p / (1 − p)) [w × h, row-major], computed only
 * where the contour can pass. Marching squares reads a sample's value only to compare it with 0, except on a grid
 * edge whose two ends lie on either side of 0 (interpolation) and in a saddle cell (the cell average), and both
 * only involve samples with a 4-neighbour on the other side; every other sample gets ±{@link #CLAMP}, which
 * compares with 0 as its logit does, so the traced contour is the one of the full logit field, bit for bit, at
 * one {@code Math.log} per sample near the contour instead of one per sample.
 */
public final class LogitField {
    /** Largest |logit| kept: p near 1 saturates in doubles there. */
    static final double CLAMP = 36;
    /** Probabilities this close to 0.5 (and NaN) always get their true logit: their side is decided by it. */
    private static final double NEAR_HALF = 1e-9;

    private byte[] sides = new byte[0];

    /** Fills {@code logits} [w·h] from P(class 1) {@code p} [w·h] (true logits near the 0 level, ±36 elsewhere). */
    public void fill(double[] p, int w, int h, double[] logits) {
        int n = w * h;
        if (sides.length < n) {
            sides = new byte[n];
        }
        byte[] s = sides;
        for (int k = 0; k < n; k++) {
            double v = p[k];
            // 0 below one half, 1 above, 2 undecided without the log (near one half, or NaN)
            s[k] = v - 0.5 > NEAR_HALF ? (byte) 1 : 0.5 - v > NEAR_HALF ? (byte) 0 : (byte) 2;
        }
        for (int j = 0, k = 0; j < h; j++) {
            for (int i = 0; i < w; i++, k++) {
                byte c = s[k];
                boolean near = c == 2
                        || (i > 0 && s[k - 1] != c) || (i + 1 < w && s[k + 1] != c)
                        || (j > 0 && s[k - w] != c) || (j + 1 < h && s[k + w] != c);
                logits[k] = near ? logit(p[k]) : c == 1 ? CLAMP : -CLAMP;
            }
        }
    }

    /**
     * The logit log(p / (1 − p)), clamped to ±36: a ReLU network's logit is piecewise linear in the input, so
     * interpolating the p = 0.5 crossing on it gives straight contours.
     */
    public static double logit(double p) {
        double l = Math.log(p / (1 - p)); // 1 − p is exact for p ≥ 0.5 (Sterbenz)
        return l != l ? l : Math.max(-CLAMP, Math.min(CLAMP, l));
    }
}
