package dev.moons.export;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pixel size of an exported picture (the drawing, without the caption strip under it).
 *
 * @param width  picture width in pixels, {@value #MIN} to {@value #MAX}
 * @param height picture height in pixels, {@value #MIN} to {@value #MAX}
 */
public record ExportSize(int width, int height) {
    /** Smallest side in pixels: below it labels no longer fit. */
    public static final int MIN = 200;
    /** Largest side in pixels: a picture this size already takes ~260 MB while it is drawn. */
    public static final int MAX = 8000;
    /** The default size of an exported chart. */
    public static final ExportSize CHART = new ExportSize(ChartPicture.DEFAULT_WIDTH, ChartPicture.DEFAULT_HEIGHT);

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*[x×X*]\\s*(\\d{1,6})\\s*");

    /** A size checked against the bounds; one-line message naming the bound otherwise. */
    public ExportSize {
        check("width", width);
        check("height", height);
    }

    /** Reads "1600×1000", "1600x1000" or "1600 x 1000"; a one-line error saying what was expected otherwise. */
    public static ExportSize parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("size must be width × height in pixels, e.g. 1600×1000, was \""
                    + (text == null ? "" : text.strip()) + "\"");
        }
        return new ExportSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** {@code width}×{@code height} scaled by {@code factor} and kept inside the bounds (e.g. 2× a window). */
    public static ExportSize scaled(double width, double height, double factor) {
        return new ExportSize(clamp(width * factor), clamp(height * factor));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d×%d", width, height);
    }

    private static int clamp(double v) {
        return (int) Math.max(MIN, Math.min(MAX, Math.round(v)));
    }

    private static void check(String what, int v) {
        if (v < MIN || v > MAX) {
            throw new IllegalArgumentException(what + " must be " + MIN + " to " + MAX + " px, was " + v);
        }
    }
}
