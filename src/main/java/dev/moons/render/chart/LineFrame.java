package dev.moons.render.chart;

/**
 * A line plot's rectangle in canvas pixels (x, y, w, h) and the data range it shows; on a log axis the y range is
 * in log10 units.
 */
record LineFrame(double x, double y, double w, double h, Range range, boolean log) {
    /** The pixel column of data x {@code v}. */
    double px(double v) {
        return x + (v - range.x0) / (range.x1 - range.x0) * w;
    }

    /** The pixel row of data y {@code v} (log10 units on a log axis). */
    double py(double v) {
        return y + h - (v - range.y0) / (range.y1 - range.y0) * h;
    }

    /** The x and y extents shown, and whether any visible series has a point in them. */
    record Range(double x0, double x1, double y0, double y1, boolean hasData) {
    }
}
