package dev.moons.training;

import java.util.Arrays;

/**
 * The scalar field the p = 0.5 contour is traced on: the logit log(p / (1 − p)) of a map of P(class 1), worked out
 * sample by sample only when asked ({@link #at}) and kept until the next {@link #reset}. Marching squares needs a
 * sample's logit only to place a crossing or decide a saddle in a cell the contour crosses, or to find the side of
 * 0 of a probability within {@link #NEAR_HALF} of one half (or NaN); every other side is that of p against one half,
 * so a contour takes ~one {@code Math.log} per sample next to it instead of one per sample.
 */
public final class LogitField {
    /** Largest |logit| kept: p near 1 saturates in doubles there. */
    static final double CLAMP = 36;
    /** Probabilities this close to 0.5 (and NaN) always get their true logit: their side is decided by it. */
    static final double NEAR_HALF = 1e-9;

    private double[] p = new double[0];
    private double[] logits = new double[0];
    /** The generation in which each sample's logit was worked out; not this one: not yet. */
    private int[] stamp = new int[0];
    private int generation;
    private int computed;

    /** Starts a new field on P(class 1) {@code p} [n], read (not copied) until the next reset. */
    void reset(double[] p) {
        this.p = p;
        if (logits.length < p.length) {
            logits = new double[p.length];
            stamp = new int[p.length];
            generation = 0;
        }
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            generation = 1;
        }
        computed = 0;
    }

    /** The logit of sample k, worked out on the first call since the last reset. */
    double at(int k) {
        if (stamp[k] != generation) {
            logits[k] = logit(p[k]);
            stamp[k] = generation;
            computed++;
        }
        return logits[k];
    }

    /** How many logits were worked out since the last reset. */
    int computed() {
        return computed;
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
