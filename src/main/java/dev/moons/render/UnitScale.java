package dev.moons.render;

import dev.moons.model.Activation;

/**
 * The colour scale of the hidden-unit maps (ColorBrewer RdGy, colour-blind safe, apart from the class and method
 * colours): white at exactly a = 0, from light to full red for 0 &lt; a ≤ {@code max}, from light to full grey for
 * {@code min} ≤ a &lt; 0, so the line where a unit switches sign (or a ReLU unit switches off) shows as an edge. The ends: [−1, 1] for tanh, [0, 1] for sigmoid, [0, largest a] for ReLU and
 * [−largest |a|, largest |a|] for leaky ReLU, the largest over every unit and pixel shown, so units compare.
 * Non-finite values are light grey. No JavaFX.
 *
 * @param min the activation drawn full grey (0 when the activation has no negative values)
 * @param max the activation drawn full red, &gt; 0
 */
public record UnitScale(double min, double max) {
    /** Colour of a non-finite activation, ARGB. */
    static final int NAN = 0xFFD9D9D9;
    /** Colour at a = 0, ARGB. */
    static final int ZERO = 0xFFFFFFFF;
    private static final int[] POSITIVE = {0xFFFDDBC7, 0xFFF4A582, 0xFFD6604D, 0xFFB2182B};
    private static final int[] NEGATIVE = {0xFFE0E0E0, 0xFFBABABA, 0xFF878787, 0xFF4D4D4D};
    /** Smallest max / |min| for a scale whose values are all 0 (dead ReLU units). */
    private static final double FLOOR = 1e-6;

    public UnitScale {
        if (!(max > 0) || !(min <= 0) || Double.isInfinite(max) || Double.isInfinite(min)) {
            throw new IllegalArgumentException("scale must have min ≤ 0 < max, finite, was [" + min + ", " + max + "]");
        }
    }

    /** The scale for activation f whose values (all maps) are {@code values}. */
    public static UnitScale of(Activation f, float[] values) {
        return switch (f) {
            case TANH -> new UnitScale(-1, 1);
            case SIGMOID -> new UnitScale(0, 1);
            case RELU -> new UnitScale(0, Math.max(FLOOR, largestAbs(values)));
            case LEAKY_RELU -> {
                double m = Math.max(FLOOR, largestAbs(values));
                yield new UnitScale(-m, m);
            }
        };
    }

    /** ARGB colour of activation a: white at 0, light to full red up to max, light to full grey down to min. */
    public int argb(float a) {
        if (!Float.isFinite(a)) {
            return NAN;
        }
        if (a > 0) {
            return ramp(POSITIVE, Math.min(1, a / max));
        }
        return a < 0 && min < 0 ? ramp(NEGATIVE, Math.min(1, a / min)) : ZERO;
    }

    // piecewise-linear through the stops, t in [0, 1]
    private static int ramp(int[] stops, double t) {
        double s = t * (stops.length - 1);
        int k = Math.min(stops.length - 2, (int) s);
        return ClassColors.mix(stops[k], stops[k + 1], s - k);
    }

    private static double largestAbs(float[] values) {
        double m = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }
}
