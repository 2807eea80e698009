package dev.moons.training;

/** How every history CSV (the app's export and the command line's) writes a number: "nan", "inf", "-inf". */
public final class CsvNumber {
    private CsvNumber() {
    }

    /** {@code v} as Java writes it when finite, else "nan", "inf" or "-inf". */
    public static String of(double v) {
        return Double.isFinite(v) ? Double.toString(v) : (Double.isNaN(v) ? "nan" : (v > 0 ? "inf" : "-inf"));
    }
}
