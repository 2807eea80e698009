package dev.moons.render.chart;

import static dev.moons.render.chart.ChartStyle.AXIS;
import static dev.moons.render.chart.ChartStyle.GRID;
import static dev.moons.render.chart.ChartStyle.LABEL_FONT;
import static dev.moons.render.chart.ChartStyle.MUTED;
import static dev.moons.render.chart.ChartStyle.PAD;
import static dev.moons.render.chart.ChartStyle.TEXT;
import static dev.moons.render.chart.ChartStyle.TICK_FONT;
import static dev.moons.render.chart.ChartStyle.crisp;

import dev.moons.training.Summary;
import dev.moons.training.sweep.SweepAggregate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A sweep panel's scales and axes: the log10 learning-rate range, the metric's y range (nice linear or whole log
 * decades), the y ticks and labels, the grid (with a tinted strip for diverged rates) and the labelled axes.
 */
final class SweepAxes {
    private static final Color GRID_MINOR = Color.web("#f3f3f3");
    private static final double X_MARGIN_DECADES = 0.2;

    private SweepAxes() {}

    /** log10(lr) range of the sorted {@code points} with a margin; −3..1 (with margins) when there are none. */
    static double[] xRange(List<SweepAggregate> points) {
        if (points.isEmpty()) {
            return new double[] {-3 - X_MARGIN_DECADES, 1 + X_MARGIN_DECADES};
        }
        double lo = Math.log10(points.get(0).lr());
        double hi = Math.log10(points.get(points.size() - 1).lr());
        double margin = hi - lo < 1 ? 0.5 : X_MARGIN_DECADES;
        return new double[] {lo - margin, hi + margin};
    }

    /** Linear: a nice range around every mean ± std; log: the decades around them (log10 units). */
    static double[] yRange(SweepPlot.Metric metric, List<SweepAggregate> points, SweepAggregate band) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Summary> shown = new ArrayList<>();
        for (SweepAggregate a : points) {
            if (a.completed() > 0) {
                shown.add(metric.of(a));
            }
        }
        if (band != null && band.completed() > 0) {
            shown.add(metric.of(band));
        }
        for (Summary s : shown) {
            for (double v : new double[] {s.mean() - s.std(), s.mean() + s.std()}) {
                if (Double.isFinite(v) && (!metric.isLog() || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (metric.isLog() && Double.isFinite(s.mean()) && s.mean() > 0) {
                lo = Math.min(lo, s.mean());
            }
        }
        if (metric.isLog()) {
            if (!(lo <= hi)) {
                return new double[] {-2, 0};
            }
            double a = Math.log10(lo);
            double b = Math.log10(hi);
            double pad = Math.max(0.1, 0.06 * (b - a));
            return new double[] {a - pad, b + pad};
        }
        if (!(lo <= hi)) {
            return new double[] {0, 1};
        }
        double[] nice = Ticks.niceRange(Math.min(lo, hi - 0.05) - 0.02, hi + 0.02, 6);
        return new double[] {Math.max(0, nice[0]), Math.min(1.0, nice[1])};
    }

    /** Log: 1, 2, 5 (and 3 under one decade) × 10^k inside the range when it spans few decades, else decades. */
    static double[] yTicks(boolean log, double[] yr, double h) {
        if (!log) {
            return Ticks.linear(yr[0], yr[1], Math.max(2, (int) (h / 70)));
        }
        double span = yr[1] - yr[0];
        double[] mantissas = span < 1 ? new double[] {1, 2, 3, 5}
                : span <= 2.5 ? new double[] {1, 2, 5} : new double[] {1};
        List<Double> ticks = new ArrayList<>();
        for (int d = (int) Math.floor(yr[0]); d <= (int) Math.ceil(yr[1]); d++) {
            for (double m : mantissas) {
                double v = m * Math.pow(10, d);
                double u = Math.log10(v);
                if (u >= yr[0] - 1e-9 && u <= yr[1] + 1e-9) {
                    ticks.add(v);
                }
            }
        }
        int every = Math.max(1, (int) Math.ceil(ticks.size() / Math.max(2.0, h / 45)));
        double[] out = new double[(ticks.size() + every - 1) / every];
        for (int k = 0; k < out.length; k++) {
            out[k] = ticks.get(k * every);
        }
        return out;
    }

    /** The label of y tick {@code t} among {@code ticks}. */
    static String yLabel(boolean log, double t, double[] ticks) {
        return log ? Ticks.formatLog(t) : Ticks.format(t, ticks.length > 1 ? ticks[1] - ticks[0] : 1);
    }

    /** Minor and decade lines along x, y tick lines, and the tinted diverged strip above the rectangle if any. */
    static void drawGrid(GraphicsContext g, SweepFrame f, double[] yTicks) {
        double top = f.top();
        g.setLineWidth(1);
        g.setStroke(GRID_MINOR);
        int d0 = (int) Math.floor(f.xr()[0]);
        int d1 = (int) Math.ceil(f.xr()[1]);
        for (double t : Ticks.logMinor(d0, d1)) {
            double lx = Math.log10(t);
            if (lx > f.xr()[0] && lx < f.xr()[1]) {
                double x = crisp(f.px(lx));
                g.strokeLine(x, top, x, f.y() + f.h());
            }
        }
        g.setStroke(GRID);
        for (int d = d0; d <= d1; d++) {
            if (d >= f.xr()[0] && d <= f.xr()[1]) {
                double x = crisp(f.px(d));
                g.strokeLine(x, top, x, f.y() + f.h());
            }
        }
        for (double t : yTicks) {
            double y = crisp(f.py(t));
            g.strokeLine(f.x(), y, f.x() + f.w(), y);
        }
        if (f.y() > top) {
            g.setFill(SweepPlot.DIVERGED_COLOR.deriveColor(0, 1, 1, 0.06));
            g.fillRect(f.x(), top, f.w(), f.y() - top);
            g.setStroke(GRID);
            g.strokeLine(f.x(), crisp(f.y()), f.x() + f.w(), crisp(f.y()));
        }
    }

    /** The axis lines, y ticks with labels, a label per lr decade, and both axis titles. */
    static void drawAxes(GraphicsContext g, SweepFrame f, SweepPlot.Metric metric, double[] yTicks, double h,
            ChartText text) {
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(crisp(f.x()), f.top(), crisp(f.x()), f.y() + f.h());
        g.strokeLine(f.x(), crisp(f.y() + f.h()), f.x() + f.w(), crisp(f.y() + f.h()));
        g.setFont(TICK_FONT);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : yTicks) {
            double y = f.py(t);
            g.strokeLine(f.x() - 4, crisp(y), f.x(), crisp(y));
            g.fillText(yLabel(metric.isLog(), t, yTicks), f.x() - 7, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int d = (int) Math.ceil(f.xr()[0]); d <= Math.floor(f.xr()[1]); d++) {
            double x = f.px(d);
            g.strokeLine(crisp(x), f.y() + f.h(), crisp(x), f.y() + f.h() + 4);
            g.fillText(Ticks.formatLog(Math.pow(10, d)), x, f.y() + f.h() + 6);
        }
        g.setFont(LABEL_FONT);
        g.setFill(MUTED);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("learning rate (log scale)", f.x() + f.w() / 2, h - PAD + 2);
        g.save();
        g.translate(PAD + 2, f.y() + f.h() / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(yTitle(metric, f.h(), text), 0, 0);
        g.restore();
    }

    // the y title, shortened until it fits along the frame: never up into the title and legend above the plot
    static String yTitle(SweepPlot.Metric metric, double height, ChartText text) {
        String[] candidates = metric.isLog()
                ? new String[] {metric.axis() + " (log scale)", metric.axis() + " (log)", metric.axis()}
                : new String[] {metric.axis()};
        for (String c : candidates) {
            if (text.width(c, LABEL_FONT) <= height) {
                return c;
            }
        }
        return text.fit(metric.axis(), LABEL_FONT, height);
    }
}
