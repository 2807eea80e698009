package dev.moons.render.chart;

import dev.moons.training.Summary;
import dev.moons.training.sweep.SweepAggregate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * One panel of a learning-rate sweep: a final metric against the learning rate on a log10 x axis. Fixed LR is
 * a line through the per-lr means with a ±std bar over the completed seeds; a learning rate whose runs all
 * diverged gets a red × in a strip at the top; backtracking, which has no learning rate, is a horizontal band
 * (mean ± std) across the whole width. Redrawn whenever its data or size change. FX thread only.
 */
public final class SweepPlot extends CanvasRegion {
    /** What the y axis shows, read from each aggregate. */
    public enum Metric {
        /** Final test accuracy, linear y. */
        TEST_ACCURACY("Final test accuracy vs learning rate", "test accuracy", false, SweepAggregate::testAcc, "%.3f"),
        /** Final training loss, log y. */
        TRAIN_LOSS("Final training loss vs learning rate", "training loss (BCE)", true, SweepAggregate::trainLoss,
                "%.3g"),
        /** Total loss evaluations per run, log y. */
        LOSS_EVALUATIONS("Loss evaluations per run", "loss evaluations", true, SweepAggregate::lossEvals, "%.0f");

        private final String title;
        private final String axis;
        private final boolean log;
        private final Function<SweepAggregate, Summary> field;
        private final String format;

        Metric(String title, String axis, boolean log, Function<SweepAggregate, Summary> field, String format) {
            this.title = title;
            this.axis = axis;
            this.log = log;
            this.field = field;
            this.format = format;
        }

        /** The statistics this metric plots from {@code a}. */
        public Summary of(SweepAggregate a) {
            return field.apply(a);
        }

        public String title() {
            return title;
        }

        public boolean isLog() {
            return log;
        }
    }

    /** Vermilion (Okabe–Ito): diverged learning rates. */
    public static final Color DIVERGED_COLOR = Color.web("#D55E00");

    private static final String FAMILY = Font.getDefault().getFamily();
    private static final Font TITLE_FONT = Font.font(FAMILY, FontWeight.BOLD, 17);
    private static final Font LABEL_FONT = Font.font(FAMILY, 14);
    private static final Font TICK_FONT = Font.font(FAMILY, 13);
    private static final Font SMALL_FONT = Font.font(FAMILY, 12);
    private static final Color TEXT = Color.web("#222222");
    private static final Color MUTED = Color.web("#666666");
    private static final Color GRID = Color.web("#e3e3e3");
    private static final Color GRID_MINOR = Color.web("#f3f3f3");
    private static final Color AXIS = Color.web("#8a8a8a");
    private static final double PAD = 10;
    private static final double STRIP = 36;
    private static final double X_MARGIN_DECADES = 0.2;

    private final Text measure = new Text();
    private final Metric metric;
    private final Color fixedColor;
    private final Color bandColor;
    private List<SweepAggregate> fixed = List.of();
    private SweepAggregate band;

    /** An empty panel for {@code metric}, fixed LR drawn in {@code fixedColor}, the band in {@code bandColor}. */
    public SweepPlot(Metric metric, Color fixedColor, Color bandColor) {
        this.metric = metric;
        this.fixedColor = fixedColor;
        this.bandColor = bandColor;
        getStyleClass().add("sweep-plot");
        setStyle("-fx-background-color: white;");
        setMinSize(240, 180);
        setPrefSize(700, 420);
    }

    /**
     * Shows one aggregate per fixed learning rate (any order; ones with no completed and no diverged run, e.g.
     * still pending, are left out) and the backtracking band, or null for none yet.
     */
    public void show(List<SweepAggregate> fixedAggregates, SweepAggregate backtrackingBand) {
        this.fixed = List.copyOf(fixedAggregates);
        this.band = backtrackingBand;
        redraw();
    }

    public Metric metric() {
        return metric;
    }

    @Override
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setLineDashes();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w < 120 || h < 120) {
            return;
        }
        List<SweepAggregate> points = new ArrayList<>(fixed.stream()
                .filter(a -> a.completed() > 0 || a.isDiverged()).toList());
        points.sort((a, b) -> Double.compare(a.lr(), b.lr()));
        boolean anyDiverged = points.stream().anyMatch(SweepAggregate::isDiverged);
        double headerBottom = drawHeader(g, w, band != null && band.completed() > 0, anyDiverged);
        double[] xr = xRange(points);
        double[] yr = yRange(points);
        double[] yTicks = yTicks(yr, h);
        double tickWidth = 0;
        for (double t : yTicks) {
            tickWidth = Math.max(tickWidth, textWidth(yLabel(t, yTicks), TICK_FONT));
        }
        double left = PAD + 24 + tickWidth + 8;
        double right = w - PAD - 8;
        double top = headerBottom + 6;
        double dataTop = top + (anyDiverged ? STRIP : 0);
        double bottom = h - PAD - 22 - 24;
        Frame f = new Frame(left, dataTop, Math.max(10, right - left), Math.max(10, bottom - dataTop), xr, yr,
                metric.log);
        drawGrid(g, f, top, yTicks);
        if (band != null && band.completed() > 0) {
            drawBand(g, f, metric.of(band));
        }
        drawFixed(g, f, points);
        drawDiverged(g, f, top, points);
        drawAxes(g, f, top, yTicks, h);
        if (points.isEmpty() && (band == null || band.completed() == 0)) {
            g.setFill(MUTED);
            g.setFont(LABEL_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("no runs yet", f.x + f.w / 2, f.y + f.h / 2);
        }
    }

    // title left, legend right on the same line or on the next when it does not fit; entries only for what is shown
    private double drawHeader(GraphicsContext g, double w, boolean withBand, boolean withDiverged) {
        g.setFont(TITLE_FONT);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(metric.title, PAD, PAD);
        String[] names = {"fixed LR: mean ± std over seeds", "backtracking: mean ± std", "all seeds diverged"};
        boolean[] shown = {true, withBand, withDiverged};
        double legendWidth = 0;
        for (int k = 0; k < names.length; k++) {
            legendWidth += shown[k] ? 30 + textWidth(names[k], SMALL_FONT) + 16 : 0;
        }
        boolean ownLine = PAD + textWidth(metric.title, TITLE_FONT) + 24 + legendWidth > w - PAD;
        double x = ownLine ? PAD : w - PAD - legendWidth + 16;
        double y = ownLine ? PAD + 26 : PAD + 2;
        for (int k = 0; k < names.length; k++) {
            if (!shown[k]) {
                continue;
            }
            double cy = y + 8;
            if (k == 0) {
                g.setStroke(fixedColor);
                g.setLineWidth(2.4);
                g.strokeLine(x, cy, x + 22, cy);
                g.setFill(fixedColor);
                g.fillOval(x + 11 - 4, cy - 4, 8, 8);
            } else if (k == 1) {
                g.setFill(bandColor.deriveColor(0, 1, 1, 0.22));
                g.fillRect(x, cy - 7, 22, 14);
                g.setStroke(bandColor);
                g.setLineWidth(2);
                g.setLineDashes(5, 3);
                g.strokeLine(x, cy, x + 22, cy);
                g.setLineDashes();
            } else {
                cross(g, x + 11, cy, 5);
            }
            g.setFont(SMALL_FONT);
            g.setFill(TEXT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(names[k], x + 30, cy);
            x += 30 + textWidth(names[k], SMALL_FONT) + 16;
        }
        return y + 20;
    }

    private double[] xRange(List<SweepAggregate> points) {
        if (points.isEmpty()) {
            return new double[] {-3 - X_MARGIN_DECADES, 1 + X_MARGIN_DECADES};
        }
        double lo = Math.log10(points.get(0).lr());
        double hi = Math.log10(points.get(points.size() - 1).lr());
        double margin = hi - lo < 1 ? 0.5 : X_MARGIN_DECADES;
        return new double[] {lo - margin, hi + margin};
    }

    // linear: a nice range around every mean ± std; log: whole decades (log10 units)
    private double[] yRange(List<SweepAggregate> points) {
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
                if (Double.isFinite(v) && (!metric.log || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (metric.log && Double.isFinite(s.mean()) && s.mean() > 0) {
                lo = Math.min(lo, s.mean());
            }
        }
        if (metric.log) {
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

    // log: 1, 2, 5 (and 3 under one decade) × 10^k inside the range when it spans few decades, else decades
    private double[] yTicks(double[] yr, double h) {
        if (!metric.log) {
            return Ticks.linear(yr[0], yr[1], Math.max(2, (int) (h / 70)));
        }
        double span = yr[1] - yr[0];
        double[] mantissas = span < 1 ? new double[] {1, 2, 3, 5} : span <= 2.5 ? new double[] {1, 2, 5} : new double[] {1};
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

    private String yLabel(double t, double[] ticks) {
        return metric.log ? Ticks.formatLog(t) : Ticks.format(t, ticks.length > 1 ? ticks[1] - ticks[0] : 1);
    }

    private void drawGrid(GraphicsContext g, Frame f, double top, double[] yTicks) {
        g.setLineWidth(1);
        g.setStroke(GRID_MINOR);
        int d0 = (int) Math.floor(f.xr[0]);
        int d1 = (int) Math.ceil(f.xr[1]);
        for (double t : Ticks.logMinor(d0, d1)) {
            double lx = Math.log10(t);
            if (lx > f.xr[0] && lx < f.xr[1]) {
                double x = crisp(f.px(lx));
                g.strokeLine(x, top, x, f.y + f.h);
            }
        }
        g.setStroke(GRID);
        for (int d = d0; d <= d1; d++) {
            if (d >= f.xr[0] && d <= f.xr[1]) {
                double x = crisp(f.px(d));
                g.strokeLine(x, top, x, f.y + f.h);
            }
        }
        for (double t : yTicks) {
            double y = crisp(f.py(t));
            g.strokeLine(f.x, y, f.x + f.w, y);
        }
        if (f.y > top) {
            g.setFill(DIVERGED_COLOR.deriveColor(0, 1, 1, 0.06));
            g.fillRect(f.x, top, f.w, f.y - top);
            g.setStroke(GRID);
            g.strokeLine(f.x, crisp(f.y), f.x + f.w, crisp(f.y));
        }
    }

    private void drawBand(GraphicsContext g, Frame f, Summary s) {
        if (!Double.isFinite(s.mean())) {
            return;
        }
        double yHi = clampY(f, f.py(s.mean() + s.std()));
        double yLo = clampY(f, f.py(s.mean() - s.std()));
        double yMean = f.py(s.mean());
        g.setFill(bandColor.deriveColor(0, 1, 1, 0.18));
        g.fillRect(f.x, yHi, f.w, Math.max(1, yLo - yHi));
        g.setStroke(bandColor);
        g.setLineWidth(2);
        g.setLineDashes(8, 5);
        g.strokeLine(f.x, yMean, f.x + f.w, yMean);
        g.setLineDashes();
        String label = "backtracking " + value(s.mean()) + (s.std() > 0 ? " ± " + value(s.std()) : "");
        g.setFont(SMALL_FONT);
        double tw = textWidth(label, SMALL_FONT) + 10;
        double ly = yHi - 20 >= f.y ? yHi - 20 : Math.min(yLo + 3, f.y + f.h - 18);
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(f.x + 6, ly, tw, 17, 6, 6);
        g.setFill(bandColor.darker());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, f.x + 11, ly + 9);
    }

    private void drawFixed(GraphicsContext g, Frame f, List<SweepAggregate> points) {
        g.save();
        g.beginPath();
        g.rect(f.x - 6, f.y - 6, f.w + 12, f.h + 12);
        g.clip();
        g.setStroke(fixedColor);
        g.setLineWidth(2.4);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.beginPath();
        boolean pen = false;
        for (SweepAggregate a : points) {
            double mean = metric.of(a).mean();
            if (a.completed() == 0 || !visible(mean)) {
                pen = false;
                continue;
            }
            double x = f.px(Math.log10(a.lr()));
            double y = f.py(mean);
            if (pen) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                pen = true;
            }
        }
        g.stroke();
        for (SweepAggregate a : points) {
            Summary s = metric.of(a);
            if (a.completed() == 0 || !visible(s.mean())) {
                continue;
            }
            double x = f.px(Math.log10(a.lr()));
            double y = f.py(s.mean());
            if (s.std() > 0) {
                double yHi = clampY(f, f.py(s.mean() + s.std()));
                double yLo = clampY(f, f.py(s.mean() - s.std()));
                g.setLineWidth(1.6);
                g.strokeLine(x, yHi, x, yLo);
                g.strokeLine(x - 5, yHi, x + 5, yHi);
                g.strokeLine(x - 5, yLo, x + 5, yLo);
            }
            g.setFill(Color.WHITE);
            g.fillOval(x - 5, y - 5, 10, 10);
            g.setFill(fixedColor);
            g.fillOval(x - 4, y - 4, 8, 8);
            if (a.diverged() > 0) {
                g.setFont(SMALL_FONT);
                g.setFill(DIVERGED_COLOR);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(a.diverged() + "/" + a.runs() + " diverged", x, clampY(f, f.py(s.mean() + s.std())) - 4);
            }
        }
        g.restore();
    }

    private void drawDiverged(GraphicsContext g, Frame f, double top, List<SweepAggregate> points) {
        for (SweepAggregate a : points) {
            if (!a.isDiverged()) {
                continue;
            }
            double x = f.px(Math.log10(a.lr()));
            cross(g, x, top + 11, 6);
            g.setFont(SMALL_FONT);
            g.setFill(DIVERGED_COLOR);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            double half = textWidth("diverged", SMALL_FONT) / 2 + 2;
            g.fillText("diverged", Math.max(f.x + half, Math.min(f.x + f.w - half, x)), top + 19);
        }
    }

    private void drawAxes(GraphicsContext g, Frame f, double top, double[] yTicks, double h) {
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(crisp(f.x), top, crisp(f.x), f.y + f.h);
        g.strokeLine(f.x, crisp(f.y + f.h), f.x + f.w, crisp(f.y + f.h));
        g.setFont(TICK_FONT);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : yTicks) {
            double y = f.py(t);
            g.strokeLine(f.x - 4, crisp(y), f.x, crisp(y));
            g.fillText(yLabel(t, yTicks), f.x - 7, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int d = (int) Math.ceil(f.xr[0]); d <= Math.floor(f.xr[1]); d++) {
            double x = f.px(d);
            g.strokeLine(crisp(x), f.y + f.h, crisp(x), f.y + f.h + 4);
            g.fillText(Ticks.formatLog(Math.pow(10, d)), x, f.y + f.h + 6);
        }
        g.setFont(LABEL_FONT);
        g.setFill(MUTED);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("learning rate (log scale)", f.x + f.w / 2, h - PAD + 2);
        g.save();
        g.translate(PAD + 2, f.y + f.h / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(metric.log ? metric.axis + " (log scale)" : metric.axis, 0, 0);
        g.restore();
    }

    private static void cross(GraphicsContext g, double x, double y, double r) {
        g.setStroke(DIVERGED_COLOR);
        g.setLineWidth(2.6);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(x - r, y - r, x + r, y + r);
        g.strokeLine(x - r, y + r, x + r, y - r);
    }

    private boolean visible(double v) {
        return Double.isFinite(v) && (!metric.log || v > 0);
    }

    private static double clampY(Frame f, double y) {
        return Double.isNaN(y) ? f.y + f.h : Math.max(f.y, Math.min(f.y + f.h, y));
    }

    private String value(double v) {
        return String.format(Locale.ROOT, metric.format, v);
    }

    private double textWidth(String s, Font font) {
        measure.setFont(font);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    // plot rectangle in canvas pixels; x range in log10(lr), y range in data units (log10 units on a log axis)
    private record Frame(double x, double y, double w, double h, double[] xr, double[] yr, boolean log) {
        double px(double log10Lr) {
            return x + (log10Lr - xr[0]) / (xr[1] - xr[0]) * w;
        }

        double py(double v) {
            double u = log ? (v > 0 ? Math.log10(v) : Double.NEGATIVE_INFINITY) : v;
            if (u == Double.NEGATIVE_INFINITY) {
                return y + h;
            }
            return y + h - (u - yr[0]) / (yr[1] - yr[0]) * h;
        }
    }
}
