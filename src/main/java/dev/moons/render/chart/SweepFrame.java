package dev.moons.render.chart;

/**
 * A sweep panel's data rectangle in canvas pixels (x, y, w, h), its x range in log10(lr) and its y range in data
 * units (log10 units on a log axis); {@code top} is where the diverged strip above the rectangle begins.
 */
record SweepFrame(double x, double y, double w, double h, double[] xr, double[] yr, boolean log, double top) {
    /** The pixel column of log10(lr) {@code log10Lr}. */
    double px(double log10Lr) {
        return x + (log10Lr - xr[0]) / (xr[1] - xr[0]) * w;
    }

    /** The pixel row of data value {@code v}; on a log axis a non-positive v sits on the bottom edge. */
    double py(double v) {
        double u = log ? (v > 0 ? Math.log10(v) : Double.NEGATIVE_INFINITY) : v;
        if (u == Double.NEGATIVE_INFINITY) {
            return y + h;
        }
        return y + h - (u - yr[0]) / (yr[1] - yr[0]) * h;
    }

    /** {@code py} clamped into the rectangle; NaN goes to the bottom edge. */
    double clampY(double py) {
        return Double.isNaN(py) ? y + h : Math.max(y, Math.min(y + h, py));
    }
}
