package dev.moons.render.chart;

import static dev.moons.render.chart.ChartStyle.LABEL_FONT;
import static dev.moons.render.chart.ChartStyle.MUTED;
import static dev.moons.render.chart.ChartStyle.PAD;
import static dev.moons.render.chart.ChartStyle.SMALL_FONT;
import static dev.moons.render.chart.ChartStyle.TEXT;
import static dev.moons.render.chart.ChartStyle.TICK_FONT;
import static dev.moons.render.chart.ChartStyle.TITLE_FONT;

import dev.moons.training.Summary;
import dev.moons.training.sweep.SweepAggregate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * One panel of a learning-rate sweep: a final metric against the learning rate on a log10 x axis. Fixed LR is
 * a line through the per-lr means with a ±std bar over the completed seeds; a learning rate whose runs all
 * diverged gets a red × in a strip at the top; backtracking, which has no learning rate, is a horizontal band
 * (mean ± std) across the whole width. Redrawn whenever its data or size change. FX thread only. This class
 * lays out the panel and draws the title and legend; {@link SweepAxes} owns scales, grid and axes and
 * {@link SweepMarks} the band, the line and the diverged marks.
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

        /** The panel's title. */
        public String title() {
            return title;
        }

        /** Whether the y axis is log10. */
        public boolean isLog() {
            return log;
        }

        String axis() {
            return axis;
        }

        String format() {
            return format;
        }
    }

    /** Vermilion (Okabe–Ito): diverged learning rates. */
    public static final Color DIVERGED_COLOR = Color.web("#D55E00");

    private static final double STRIP = 36;

    private final ChartText text = new ChartText();
    private final Metric metric;
    private final Color fixedColor;
    private final Color bandColor;
    private final SweepMarks marks;
    private List<SweepAggregate> fixed = List.of();
    private List<Line> lines = List.of();
    private String bandName = "backtracking";
    private SweepAggregate band;

    /**
     * One swept method's line: its legend name ("momentum"), colour and one aggregate per learning rate.
     *
     * @param name       the legend's name of the method
     * @param color      its colour
     * @param aggregates one per learning rate, any order
     */
    public record Line(String name, Color color, List<SweepAggregate> aggregates) {
        public Line {
            aggregates = List.copyOf(aggregates);
        }
    }

    /** An empty panel for {@code metric}, fixed LR drawn in {@code fixedColor}, the band in {@code bandColor}. */
    public SweepPlot(Metric metric, Color fixedColor, Color bandColor) {
        this.metric = metric;
        this.fixedColor = fixedColor;
        this.bandColor = bandColor;
        this.marks = new SweepMarks(metric, fixedColor, bandColor, text);
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
        this.lines = List.of();
        this.band = backtrackingBand;
        redraw();
    }

    /**
     * Shows several swept methods, one line each in its own colour, against the band of the line search named
     * {@code bandName} (null for none yet); the constructor's fixed colour is then unused.
     */
    public void show(List<Line> sweptLines, String bandName, SweepAggregate band) {
        this.lines = List.copyOf(sweptLines);
        this.fixed = lines.stream().flatMap(l -> l.aggregates().stream()).toList();
        this.bandName = bandName;
        this.band = band;
        redraw();
    }

    /** The metric this panel plots. */
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
        double[] xr = SweepAxes.xRange(points);
        double[] yr = SweepAxes.yRange(metric, points, band);
        double[] yTicks = SweepAxes.yTicks(metric.log, yr, h);
        double tickWidth = 0;
        for (double t : yTicks) {
            tickWidth = Math.max(tickWidth, text.width(SweepAxes.yLabel(metric.log, t, yTicks), TICK_FONT));
        }
        double left = PAD + 24 + tickWidth + 8;
        double right = w - PAD - 8;
        double top = headerBottom + 6;
        double dataTop = top + (anyDiverged ? STRIP : 0);
        double bottom = h - PAD - 22 - 24;
        SweepFrame f = new SweepFrame(left, dataTop, Math.max(10, right - left), Math.max(10, bottom - dataTop), xr,
                yr, metric.log, top);
        SweepAxes.drawGrid(g, f, yTicks);
        if (band != null && band.completed() > 0) {
            marks.drawBand(g, f, metric.of(band));
        }
        if (lines.isEmpty()) {
            marks.drawFixed(g, f, points);
        } else {
            for (Line line : lines) {
                List<SweepAggregate> own = new ArrayList<>(line.aggregates().stream()
                        .filter(a -> a.completed() > 0 || a.isDiverged()).toList());
                own.sort((a, b) -> Double.compare(a.lr(), b.lr()));
                new SweepMarks(metric, line.color(), bandColor, text).drawFixed(g, f, own);
            }
        }
        marks.drawDiverged(g, f, points);
        SweepAxes.drawAxes(g, f, metric, yTicks, h, text);
        if (points.isEmpty() && (band == null || band.completed() == 0)) {
            g.setFill(MUTED);
            g.setFont(LABEL_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("no runs yet", f.x() + f.w() / 2, f.y() + f.h() / 2);
        }
    }

    // title left, legend right on the same line or on the next when it does not fit; entries only for what is shown
    private double drawHeader(GraphicsContext g, double w, boolean withBand, boolean withDiverged) {
        g.setFont(TITLE_FONT);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(metric.title, PAD, PAD);
        List<String> nameList = new ArrayList<>();
        List<Color> lineColors = new ArrayList<>();
        if (lines.isEmpty()) {
            nameList.add("fixed LR: mean ± std over seeds");
            lineColors.add(fixedColor);
        } else {
            for (Line line : lines) {
                nameList.add(line.name() + ": mean ± std");
                lineColors.add(line.color());
            }
        }
        int bandAt = nameList.size();
        nameList.add(bandName + ": mean ± std");
        nameList.add("all seeds diverged");
        String[] names = nameList.toArray(new String[0]);
        boolean[] shown = new boolean[names.length];
        java.util.Arrays.fill(shown, 0, bandAt, true);
        shown[bandAt] = withBand;
        shown[bandAt + 1] = withDiverged;
        double legendWidth = 0;
        for (int k = 0; k < names.length; k++) {
            legendWidth += shown[k] ? 30 + text.width(names[k], SMALL_FONT) + 16 : 0;
        }
        boolean ownLine = PAD + text.width(metric.title, TITLE_FONT) + 24 + legendWidth > w - PAD;
        double x = ownLine ? PAD : w - PAD - legendWidth + 16;
        double y = ownLine ? PAD + 26 : PAD + 2;
        for (int k = 0; k < names.length; k++) {
            if (!shown[k]) {
                continue;
            }
            double cy = y + 8;
            if (k < bandAt) {
                g.setStroke(lineColors.get(k));
                g.setLineWidth(2.4);
                g.strokeLine(x, cy, x + 22, cy);
                g.setFill(lineColors.get(k));
                g.fillOval(x + 11 - 4, cy - 4, 8, 8);
            } else if (k == bandAt) {
                g.setFill(bandColor.deriveColor(0, 1, 1, 0.22));
                g.fillRect(x, cy - 7, 22, 14);
                g.setStroke(bandColor);
                g.setLineWidth(2);
                g.setLineDashes(5, 3);
                g.strokeLine(x, cy, x + 22, cy);
                g.setLineDashes();
            } else {
                SweepMarks.cross(g, x + 11, cy, 5);
            }
            g.setFont(SMALL_FONT);
            g.setFill(TEXT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(names[k], x + 30, cy);
            x += 30 + text.width(names[k], SMALL_FONT) + 16;
        }
        return y + 20;
    }
}
