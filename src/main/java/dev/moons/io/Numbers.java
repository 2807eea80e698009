package dev.moons.io;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Numbers as people read them in labels, captions, change logs and console tables: short, locale-independent,
 * "—" for a missing value. The one place that decides how a number is rounded for reading (files that are read
 * back keep full precision and are not written here). No JavaFX.
 */
public final class Numbers {
    /** What a missing (NaN) value reads as. */
    public static final String MISSING = "—";

    private Numbers() {}

    /**
     * Four significant digits without trailing zeros, scientific with a bare exponent below 1e-3 or from 1e5
     * (three digits there): 0.01, 0.3127, 1e-4, 2.5e5; "—" for NaN, "∞" and "−∞" for the infinities.
     */
    public static String compact(double v) {
        if (!Double.isFinite(v)) {
            return infinite(v);
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-3 || a >= 1e5) {
            String[] parts = String.format(Locale.ROOT, "%.2e", v).split("e");
            String mantissa = parts[0].replaceAll("0+$", "").replaceAll("\\.$", "");
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /**
     * {@code v} rounded to {@code digits} (≥ 1) significant digits, written out without exponent or trailing
     * zeros: plain(1e-4, 4) = "0.0001", plain(1000, 4) = "1000", plain(0.002154, 3) = "0.00215"; non-finite as
     * {@link #compact}.
     */
    public static String plain(double v, int digits) {
        if (!Double.isFinite(v)) {
            return infinite(v);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%." + digits + "g", v)).stripTrailingZeros()
                .toPlainString();
    }

    /** {@code v} rounded to {@code digits} (≥ 1) significant digits: round(14.46, 3) = 14.5; non-finite unchanged. */
    public static double round(double v, int digits) {
        return Double.isFinite(v) ? Double.parseDouble(String.format(Locale.ROOT, "%." + digits + "g", v)) : v;
    }

    /**
     * Four decimals, or four significant digits in e-notation below 1e-3 and from 1e4 (not 0), with a typographic
     * minus, for values read side by side: 0.1235, −0.0420, 1.235e+05, 2.000e−04; "NaN", "∞", "−∞".
     */
    public static String decimals4(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : (v > 0 ? "∞" : "−∞");
        }
        String s = Math.abs(v) != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e4)
                ? String.format(Locale.ROOT, "%.3e", v) : String.format(Locale.ROOT, "%.4f", v);
        return s.replace('-', '−');
    }

    private static String infinite(double v) {
        return Double.isNaN(v) ? MISSING : (v > 0 ? "∞" : "−∞");
    }
}
