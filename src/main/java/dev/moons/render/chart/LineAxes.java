package dev.moons.render.chart;

import static dev.moons.render.chart.ChartStyle.AXIS;
import static dev.moons.render.chart.ChartStyle.GRID;
import static dev.moons.render.chart.ChartStyle.LABEL_FONT;
import static dev.moons.render.chart.ChartStyle.MUTED;
import static dev.moons.render.chart.ChartStyle.PAD;
import static dev.moons.render.chart.ChartStyle.TEXT;
import static dev.moons.render.chart.ChartStyle.TICK_FONT;
import static dev.moons.render.chart.ChartStyle.crisp;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A {@link LinePlot}'s axes: their titles, linear or log10 y, the fixed x range and the y cap; from these and the
 * visible series, the shown range, the tick positions and labels; and the grid and the axes with their ticks.
 */
final class LineAxes {
    private static final Color GRID_MINOR = Color.web("#f1f1f1");

    /** The least vertical distance between two y tick labels, in pixels (a tick label is about 15 high). */
    private static final double MIN_TICK_GAP = 20;

    private final ChartText text;
    private String xLabel = "";
    private String yLabel = "";
    private boolean logY;
    private double fixedXMin = Double.NaN;
    private double fixedXMax = Double.NaN;
    private double yCap = Double.NaN;

    LineAxes(ChartText text) {
        this.text = text;
    }

    void setLabels(String x, String y) {
        this.xLabel = x == null ? "" : x;
        this.yLabel = y == null ? "" : y;
    }

    /** Gives {@code other} these titles, log flag, fixed x range and y cap. */
    void copyTo(LineAxes other) {
        other.xLabel = xLabel;
        other.yLabel = yLabel;
        other.logY = logY;
        other.fixedXMin = fixedXMin;
        other.fixedXMax = fixedXMax;
        other.yCap = yCap;
    }

    /** The x-axis title ("" when none). */
    String xLabel() {
        return xLabel;
    }

    /** The y-axis title ("" when none). */
    String yLabel() {
        return yLabel;
    }

    boolean hasXLabel() {
        return !xLabel.isEmpty();
    }

    boolean hasYLabel() {
        return !yLabel.isEmpty();
    }

    void setLogY(boolean log) {
        this.logY = log;
    }

    boolean isLogY() {
        return logY;
    }

    void setXRange(double min, double max) {
        this.fixedXMin = min;
        this.fixedXMax = max;
    }

    void setYCap(double max) {
        this.yCap = max;
    }

    /** The x and y extents of the visible data (y in log10 units on a log axis), widened to nice values. */
    LineFrame.Range range(List<LinePlot.Series> series) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (LinePlot.Series s : series) {
            if (!s.visible || s.size == 0) {
                continue;
            }
            x0 = Math.min(x0, s.minX);
            x1 = Math.max(x1, s.maxX);
            y0 = Math.min(y0, logY ? s.minPositiveY : s.minY);
            y1 = Math.max(y1, logY ? s.maxPositiveY : s.maxY);
        }
        boolean hasData = x0 <= x1 && y0 <= y1;
        if (hasData && yCap > 0 && y1 > yCap) {
            y1 = Math.max(yCap, logY ? y0 * 10 : y0 + 1e-9);
        }
        if (!Double.isNaN(fixedXMin) && !Double.isNaN(fixedXMax) && fixedXMax > fixedXMin) {
            x0 = fixedXMin;
            x1 = fixedXMax;
        } else if (!Double.isNaN(fixedXMin) && x0 <= x1 && x1 > fixedXMin) {
            x0 = fixedXMin;
            double step = Ticks.niceStep(x1 - x0, 10);
            x1 = Math.ceil(x1 / step - 1e-9) * step;
        } else if (!(x0 <= x1)) {
            x0 = 0;
            x1 = 1;
        } else if (x0 == x1) {
            x1 = x0 + 1;
        } else {
            double step = Ticks.niceStep(x1 - x0, 10);
            x1 = Math.ceil(x1 / step - 1e-9) * step;
        }
        if (logY) {
            int[] decades = hasData ? Ticks.decadeRange(y0, y1) : new int[] {-2, 0};
            return new LineFrame.Range(x0, x1, decades[0], decades[1], hasData);
        }
        if (!hasData) {
            return new LineFrame.Range(x0, x1, 0, 1, false);
        }
        double margin = (y1 - y0) * 0.03;
        double[] nice = Ticks.niceRange(y0 - margin, y1 + margin, 5);
        return new LineFrame.Range(x0, x1, nice[0], nice[1], true);
    }

    /** The y tick values (data units, not log10) for a plot frame {@code height} pixels high: about one per 50 px. */
    double[] yTicks(LineFrame.Range range, double height) {
        int target = Math.max(1, (int) (height / 50));
        if (logY) {
            int lo = (int) Math.round(range.y0());
            int hi = (int) Math.round(range.y1());
            double[] major = thin(Ticks.logMajor(lo, hi, target + 2), height);
            if (hi - lo <= 2 && height / Math.max(1, hi - lo) / 3 >= 22) {
                double[] withHalves = new double[major.length * 3];
                int n = 0;
                for (int k = lo; k <= hi; k++) {
                    withHalves[n++] = Math.pow(10, k);
                    if (k < hi) {
                        withHalves[n++] = 2 * Math.pow(10, k);
                        withHalves[n++] = 5 * Math.pow(10, k);
                    }
                }
                return Arrays.copyOf(withHalves, n);
            }
            return major;
        }
        return thin(Ticks.linear(range.y0(), range.y1(), target), height);
    }

    // every k-th tick, k the least that leaves MIN_TICK_GAP pixels between neighbours on an axis height px long
    private static double[] thin(double[] ticks, double height) {
        if (ticks.length < 3) {
            return ticks;
        }
        int every = (int) Math.ceil(MIN_TICK_GAP * (ticks.length - 1) / Math.max(1, height));
        if (every <= 1) {
            return ticks;
        }
        return java.util.stream.IntStream.range(0, ticks.length).filter(k -> k % every == 0)
                .mapToDouble(k -> ticks[k]).toArray();
    }

    /** The label of y tick {@code t} among {@code ticks}. */
    String yTickLabel(double t, double[] ticks) {
        if (logY) {
            return Ticks.formatLog(t);
        }
        return Ticks.format(t, ticks.length > 1 ? ticks[1] - ticks[0] : Math.abs(t));
    }

    /** The x tick values: nice steps, or every integer when the data are whole numbers and nice steps are finer. */
    double[] xTicks(LineFrame f, List<LinePlot.Series> series) {
        LineFrame.Range r = f.range();
        int target = Math.max(2, (int) (f.w() / 90));
        if (allIntegers(series)) {
            target = Math.min(target, Math.max(1, (int) Math.round(r.x1() - r.x0())));
        }
        double[] ticks = Ticks.linear(r.x0(), r.x1(), target);
        // fewer ticks while two neighbouring labels would touch (e.g. "5001000" on a narrow chart)
        while (target > 1 && !roomFor(ticks, f)) {
            target--;
            ticks = Ticks.linear(r.x0(), r.x1(), target);
        }
        return ticks;
    }

    // whether each x tick label has its width plus a gap between its neighbours' centres
    private boolean roomFor(double[] ticks, LineFrame f) {
        if (ticks.length < 2) {
            return true;
        }
        double step = ticks[1] - ticks[0];
        double widest = 0;
        for (double t : ticks) {
            widest = Math.max(widest, text.width(Ticks.format(t, step), TICK_FONT));
        }
        return Math.abs(f.px(ticks[1]) - f.px(ticks[0])) >= widest + 12;
    }

    private static boolean allIntegers(List<LinePlot.Series> series) {
        for (LinePlot.Series s : series) {
            if (s.size > 0 && (s.minX != Math.rint(s.minX) || s.maxX != Math.rint(s.maxX))) {
                return false;
            }
        }
        return true;
    }

    /** Grid lines at the ticks, and minor log lines when the y axis spans at most four decades. */
    void drawGrid(GraphicsContext g, LineFrame f, double[] yTicks, double[] xTicks) {
        LineFrame.Range r = f.range();
        g.setLineWidth(1);
        if (f.log()) {
            g.setStroke(GRID_MINOR);
            int decades = (int) Math.round(r.y1() - r.y0());
            if (decades <= 4) {
                for (double t : Ticks.logMinor((int) Math.round(r.y0()), (int) Math.round(r.y1()))) {
                    double y = crisp(f.py(Math.log10(t)));
                    g.strokeLine(f.x(), y, f.x() + f.w(), y);
                }
            }
        }
        g.setStroke(GRID);
        for (double t : yTicks) {
            double y = crisp(f.py(f.log() ? Math.log10(t) : t));
            g.strokeLine(f.x(), y, f.x() + f.w(), y);
        }
        for (double t : xTicks) {
            double x = crisp(f.px(t));
            g.strokeLine(x, f.y(), x, f.y() + f.h());
        }
    }

    /** The two axis lines, their ticks and labels, and the axis titles (the y title rotated, shortened to fit). */
    void drawAxes(GraphicsContext g, LineFrame f, double[] yTicks, double[] xTicks, double canvasHeight) {
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(crisp(f.x()), f.y(), crisp(f.x()), f.y() + f.h());
        g.strokeLine(f.x(), crisp(f.y() + f.h()), f.x() + f.w(), crisp(f.y() + f.h()));
        g.setFont(TICK_FONT);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : yTicks) {
            double y = f.py(f.log() ? Math.log10(t) : t);
            g.strokeLine(f.x() - 4, crisp(y), f.x(), crisp(y));
            text.fill(g, yTickLabel(t, yTicks), f.x() - 7, y);
        }
        double step = xTicks.length > 1 ? xTicks[1] - xTicks[0] : 1;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : xTicks) {
            double x = f.px(t);
            g.strokeLine(crisp(x), f.y() + f.h(), crisp(x), f.y() + f.h() + 4);
            text.fill(g, Ticks.format(t, step), x, f.y() + f.h() + 6);
        }
        g.setFont(LABEL_FONT);
        g.setFill(MUTED);
        if (!xLabel.isEmpty()) {
            g.setTextBaseline(VPos.BOTTOM);
            text.fill(g, text.fit(xLabel, LABEL_FONT, f.w()), f.x() + f.w() / 2, canvasHeight - PAD + 2);
        }
        if (!yLabel.isEmpty()) {
            String label = yAxisTitle(f.h());
            g.save();
            g.translate(PAD + 2, f.y() + f.h() / 2);
            g.rotate(-90);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(label, 0, 0);
            g.restore();
            double tw = text.width(label, LABEL_FONT);
            text.record(PAD + 2, f.y() + f.h() / 2 - tw / 2, text.height(LABEL_FONT), tw);
        }
    }

    // the y-axis title, shortened until it fits along a plot of the given height
    private String yAxisTitle(double height) {
        String[] candidates = logY ? new String[] {yLabel + " (log scale)", yLabel + " (log)", yLabel}
                : new String[] {yLabel};
        for (String c : candidates) {
            if (text.width(c, LABEL_FONT) <= height) {
                return c;
            }
        }
        return text.fit(yLabel, LABEL_FONT, height);
    }
}
