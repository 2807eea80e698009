package dev.moons.io;

import java.util.regex.Pattern;

/**
 * The one reader of numbers that people type or files hold: command-line options, the app's fields, CSV cells and
 * JSON config values given as text. Accepted: optional surrounding white space, an optional sign {@code +} or
 * {@code -}, the ASCII digits 0-9, for decimals an optional fraction ({@code 1.}, {@code .5}, {@code 1.25}) and an
 * optional exponent ({@code 1e-3}, {@code 2.5E+4}). Leading zeros are ordinary decimal digits everywhere:
 * {@code 010} is ten, never octal. Refused, each with its reason: empty text, {@code nan}, {@code inf} and
 * {@code infinity} (finite numbers only), hexadecimal ({@code 0x10}, {@code 0x1p-3}), digits of other scripts
 * (full-width {@code ５}, Arabic-Indic …), Java suffixes ({@code 1d}, {@code 2f}), digit separators
 * ({@code 1_000}, {@code 1,000}), a decimal that overflows to infinity, and for whole numbers a fraction, an
 * exponent or a value outside the type's range. A refusal is a {@link NumberFormatException} whose message is one
 * line: the value in quotes (cut by {@link Messages}) and why. No JavaFX.
 */
public final class NumberText {
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

    private NumberText() {}

    /** The finite decimal {@code text} stands for; throws with the reason otherwise (see the class comment). */
    public static double parseDouble(String text) {
        String s = text == null ? "" : text.strip();
        if (!DECIMAL.matcher(s).matches()) {
            throw refused(s, "is not a number" + why(s));
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw refused(s, "is too large (beyond ±1.8e308)");
        }
        return v;
    }

    /** The whole number {@code text} stands for, within long's range; throws with the reason otherwise. */
    public static long parseLong(String text) {
        String s = text == null ? "" : text.strip();
        if (!WHOLE.matcher(s).matches()) {
            throw refused(s, DECIMAL.matcher(s).matches() ? "is not a whole number" : "is not a number" + why(s));
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw refused(s, "is outside the whole-number range ±" + Long.MAX_VALUE);
        }
    }

    /** The whole number {@code text} stands for, within int's range; throws with the reason otherwise. */
    public static int parseInt(String text) {
        long v = parseLong(text);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw refused(text.strip(), "is outside the whole-number range ±" + Integer.MAX_VALUE);
        }
        return (int) v;
    }

    /**
     * NaN or ±infinity when {@code text} is one of their spellings (nan, inf, infinity, any case, optional sign),
     * else null: a reader hands the value to the range check of its field, which refuses it with that range.
     */
    public static Double nonFinite(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        boolean negative = s.startsWith("-");
        String word = s.replaceFirst("^[+-]", "");
        if (word.equals("nan")) {
            return Double.NaN;
        }
        if (word.equals("inf") || word.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    /** Why {@code text} is not a number, as a parenthesis to append (" (hexadecimal is not accepted)"), or "". */
    public static String explanation(String text) {
        return why(text == null ? "" : text.strip());
    }

    /** Whether {@code text} is a number {@link #parseDouble} accepts. */
    public static boolean isNumber(String text) {
        return text != null && DECIMAL.matcher(text.strip()).matches() && Double.isFinite(Double.parseDouble(text));
    }

    private static NumberFormatException refused(String s, String reason) {
        return new NumberFormatException(Messages.oneLine("'" + s + "' " + reason));
    }

    private static String why(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[+-]", "");
        if (lower.equals("nan") || lower.startsWith("inf")) {
            return " (NaN and infinity are refused: give a finite number)";
        }
        if (lower.startsWith("0x")) {
            return " (hexadecimal is not accepted)";
        }
        if (s.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
            return " (only the ASCII digits 0-9 are accepted)";
        }
        return "";
    }
}
