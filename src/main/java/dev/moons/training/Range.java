package dev.moons.training;

/**
 * The valid values of one setting: whole numbers or decimals from {@code min} to {@code max}, each end open or
 * closed; an infinite {@code max} means "any finite value above min". Bounds print as the messages always have
 * (users and tests match them): whole numbers plainly ("[1, 256]"), a closed decimal interval as Java prints
 * doubles ("[0.0, 1.0]"), open ends plainly ("(0, 1)", "finite and &gt; 0").
 *
 * @param min     the lower end
 * @param minOpen whether min itself is excluded
 * @param max     the upper end, or +∞ for no upper end (the value must then be finite)
 * @param maxOpen whether max itself is excluded
 * @param whole   whether only whole numbers are valid
 */
public record Range(double min, boolean minOpen, double max, boolean maxOpen, boolean whole) {

    /** Whole numbers from min to max, both included. */
    public static Range whole(long min, long max) {
        return new Range(min, false, max, false, true);
    }

    /** Decimals from min to max, both included. */
    public static Range closed(double min, double max) {
        return new Range(min, false, max, false, false);
    }

    /** Decimals strictly between min and max. */
    public static Range open(double min, double max) {
        return new Range(min, true, max, true, false);
    }

    /** Any finite decimal &gt; 0. */
    public static Range positive() {
        return new Range(0, true, Double.POSITIVE_INFINITY, true, false);
    }

    /** Any finite decimal &gt;= 0. */
    public static Range nonNegative() {
        return new Range(0, false, Double.POSITIVE_INFINITY, true, false);
    }

    /** Whether {@code v} lies in the range (NaN never does). */
    public boolean contains(double v) {
        boolean aboveMin = minOpen ? v > min : v >= min;
        boolean belowMax = Double.isInfinite(max) ? Double.isFinite(v) : maxOpen ? v < max : v <= max;
        return aboveMin && belowMax && (!whole || v == Math.rint(v));
    }

    /** The same range with {@code newMax} (included) as its upper end, e.g. a batch size capped by n_train. */
    public Range withMax(double newMax) {
        return new Range(min, minOpen, newMax, false, whole);
    }

    /** What an error message says the value must be: "in [1, 256]", "in (0, 1)", "finite and &gt; 0". */
    public String phrase() {
        if (Double.isInfinite(max)) {
            return "finite and " + (minOpen ? "> " : ">= ") + text(min);
        }
        boolean javaDoubles = !whole && !minOpen && !maxOpen;
        String lo = javaDoubles ? Double.toString(min) : text(min);
        String hi = javaDoubles ? Double.toString(max) : text(max);
        return "in " + (minOpen ? "(" : "[") + lo + ", " + hi + (maxOpen ? ")" : "]");
    }

    /** The range for help and tooltips: "1 to 256", "0 to 1", "(0,1)", "finite &gt; 0". */
    public String shortText() {
        if (Double.isInfinite(max)) {
            return "finite " + (minOpen ? "> " : ">= ") + text(min);
        }
        if (!minOpen && !maxOpen) {
            return text(min) + " to " + text(max);
        }
        return (minOpen ? "(" : "[") + text(min) + "," + text(max) + (maxOpen ? ")" : "]");
    }

    /** {@code v} in its shortest form, parseable back: 1000, 0.2, 1e-4, 2.5e-10. */
    public static String text(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace(".0E", "E").replace('E', 'e');
    }
}
