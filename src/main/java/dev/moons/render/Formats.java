package dev.moons.render;

import dev.moons.io.Numbers;
import java.util.Locale;

/** Label text for numbers in the window and the exports: losses, percentages, durations (numbers: {@link Numbers}). */
public final class Formats {
    public static final String MISSING = Numbers.MISSING;

    private Formats() {}

    /** A number for a label, as {@link Numbers#compact}: 0.01, 0.3127, 1e-4, 2.5e5, "—" when missing. */
    public static String num(double v) {
        return Numbers.compact(v);
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
