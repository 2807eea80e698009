package dev.moons.render.chart;

import java.util.Arrays;

/** Tick positions for plot axes: "nice" linear steps (1, 2, 5 × 10^k) and log10 decades; no JavaFX. */
public final class Ticks {
    private Ticks() {}

    /** A nice step (1, 2 or 5 × 10^k) giving about {@code target} intervals over {@code span} (> 0). */
    public static double niceStep(double span, int target) {
        double raw = span / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * magnitude;
    }

    /** Multiples of a nice step inside [lo, hi], about {@code target} intervals; empty for a bad range. */
    public static double[] linear(double lo, double hi, int target) {
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[0];
        }
        double step = niceStep(hi - lo, target);
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        double[] ticks = new double[(int) Math.max(0, last - first + 1)];
        for (int k = 0; k < ticks.length; k++) {
            double v = (first + k) * step;
            ticks[k] = Math.abs(v) < step * 1e-9 ? 0 : v;
        }
        return ticks;
    }

    /** The range [lo, hi] widened outwards to multiples of its nice step, for auto-ranged axes. */
    public static double[] niceRange(double lo, double hi, int target) {
        if (!(hi > lo)) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            return new double[] {lo - pad, hi + pad};
        }
        double step = niceStep(hi - lo, target);
        return new double[] {Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step};
    }

    /** Whole decades [floor(log10 lo), ceil(log10 hi)] covering positive [lo, hi], at least one decade wide. */
    public static int[] decadeRange(double lo, double hi) {
        int a = (int) Math.floor(Math.log10(lo) + 1e-9);
        int b = (int) Math.ceil(Math.log10(hi) - 1e-9);
        return new int[] {a, Math.max(b, a + 1)};
    }

    /** Major log ticks 10^k for every decade exponent k in [lowExp, highExp], thinned to at most ~{@code max}. */
    public static double[] logMajor(int lowExp, int highExp, int max) {
        int decades = highExp - lowExp;
        int every = Math.max(1, (int) Math.ceil(decades / (double) Math.max(1, max)));
        return java.util.stream.IntStream.rangeClosed(lowExp, highExp)
                .filter(k -> Math.floorMod(k - lowExp, every) == 0)
                .mapToDouble(k -> Math.pow(10, k)).toArray();
    }

    /** Minor log ticks m·10^k (m = 2..9) strictly inside the decades [lowExp, highExp]. */
    public static double[] logMinor(int lowExp, int highExp) {
        double[] out = new double[Math.max(0, highExp - lowExp) * 8];
        int n = 0;
        for (int k = lowExp; k < highExp; k++) {
            for (int m = 2; m <= 9; m++) {
                out[n++] = m * Math.pow(10, k);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** A short label for a tick value given the step between ticks (no trailing zeros, 1e-4 style when tiny). */
    public static String format(double v, double step) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-3) {
            String s = String.format(java.util.Locale.ROOT, "%.0e", v);
            return s.replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + Math.min(decimals, 6) + "f", v);
    }

    /** A label for a log tick: "1", "10", "0.1", "0.01", "1e-3", "2e-4", … */
    public static String formatLog(double v) {
        double a = Math.abs(v);
        if (a >= 1e-2 && a < 1e5) {
            String s = String.format(java.util.Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
            return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return format(v, a);
    }

    /** Whether ticks {@code step} apart at values near {@code magnitude} need over 5 significant digits each. */
    public static boolean needsOffset(double step, double magnitude) {
        return step > 0 && step < 1e-4 * Math.abs(magnitude);
    }

    /** The power of ten k in which ticks {@code step} (> 0) apart read as small whole-ish numbers. */
    public static int offsetExponent(double step) {
        return (int) Math.floor(Math.log10(step) + 1e-9);
    }

    /** The label of {@code v − base} in units of 10^{@code exp}, signed, with the decimals {@code step} needs. */
    public static String offsetLabel(double v, double base, double step, int exp) {
        double unit = Math.pow(10, exp);
        double scaled = (v - base) / unit;
        if (Math.abs(scaled) < 1e-9 * step / unit) {
            return "0";
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step / unit) - 1e-9));
        return String.format(java.util.Locale.ROOT, "%+." + Math.min(decimals, 3) + "f", scaled);
    }
}
