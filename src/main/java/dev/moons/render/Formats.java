package dev.moons.render;

import java.util.Locale;

/** Number formatting for labels: short, locale-independent, "—" for a missing value. */
public final class Formats {
    public static final String MISSING = "—";

    private Formats() {}

    /** Four significant digits without trailing zeros, scientific below 1e-3 or from 1e5: 0.01, 1e-04, 0.3127. */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? MISSING : (v > 0 ? "∞" : "−∞");
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-3 || a >= 1e5) {
            return String.format(Locale.ROOT, "%.2e", v).replaceAll("\\.?0+e", "e");
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** A loss with four decimals so that it does not jump in width while training: 0.4000; else as {@link #num}. */
    public static String loss(double v) {
        return Double.isFinite(v) && Math.abs(v) >= 1e-3 && Math.abs(v) < 1e4
                ? String.format(Locale.ROOT, "%.4f", v) : num(v);
    }

    /** A fraction as a percentage with one decimal: 0.8613 → "86.1 %". */
    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f %%", 100 * fraction) : MISSING;
    }

    /** A duration in milliseconds: "830 ms", "12.4 s". */
    public static String millis(double ms) {
        if (!Double.isFinite(ms)) {
            return MISSING;
        }
        return ms < 1000 ? String.format(Locale.ROOT, "%.0f ms", ms) : String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }

    /** A learning rate rounded to two significant digits, as the log slider offers it. */
    public static double roundLr(double lr) {
        double scale = Math.pow(10, Math.floor(Math.log10(lr)) - 1);
        return Math.round(lr / scale) * scale;
    }
}
