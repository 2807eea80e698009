package dev.moons.render.chart;

import static dev.moons.render.chart.ChartStyle.LABEL_FONT;
import static dev.moons.render.chart.ChartStyle.MUTED;
import static dev.moons.render.chart.ChartStyle.PAD;
import static dev.moons.render.chart.ChartStyle.TEXT;
import static dev.moons.render.chart.ChartStyle.TICK_FONT;
import static dev.moons.render.chart.ChartStyle.TITLE_FONT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import dev.moons.render.ShowGate;
import javafx.animation.AnimationTimer;
import javafx.geometry.BoundingBox;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Canvas-based live line plot; decimates to about one point per pixel column; at most one redraw per pulse.
 * Data live in growable primitive arrays ({@link Series}); every change only marks the plot dirty, and a one-shot
 * {@link AnimationTimer} redraws it on a later pulse: at most {@link #MIN_REDRAW_NANOS} apart, and never two
 * plots in the same pulse. A redraw lays out the frame and hands the parts to their owners: {@link LineAxes}
 * (range, ticks, grid, axes), {@link LineSeriesPainter} (the decimated lines), {@link LineMarkers} (markers and
 * cursor) and {@link LineLegend} (a small box inside the plot, in the corner that hides the fewest points;
 * clicking a legend entry hides or shows its series). Over 400 lines with its nested {@link Series}, the one data
 * holder the parts read: one job, the plot and its lines.
 */
public final class LinePlot extends CanvasRegion {
    /**
     * Shortest time between two pulse-driven redraws of one plot (30 per second): data arriving every pulse are
     * all kept and drawn, at most 30 times a second; in the software pipeline each redraw is a full rasterization.
     */
    static final long MIN_REDRAW_NANOS = 30_000_000L;
    /** The pulse (its AnimationTimer time) in which some LinePlot last redrew: plots take turns, one per pulse. */
    private static long pulseOfLastRedraw = Long.MIN_VALUE;

    private final String title;
    private final List<Series> series = new ArrayList<>();
    private final ChartText text = new ChartText();
    private final LineAxes axes = new LineAxes(text);
    private final LineMarkers markers = new LineMarkers(text);
    private final LineLegend legend = new LineLegend(text, markers);
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!dirty) {
                stop();
                scheduled = false;
                return;
            }
            if (now == pulseOfLastRedraw || now - lastTimedRedraw < MIN_REDRAW_NANOS) {
                return; // stays scheduled: tried again next pulse
            }
            stop();
            scheduled = false;
            if (!shown.open()) {
                return; // a hidden tab's plot: drawn once it is shown (ShowGate calls invalidate)
            }
            pulseOfLastRedraw = now;
            lastTimedRedraw = now;
            redraw();
        }
    };
    private final ShowGate shown = new ShowGate(this, this::invalidate);
    private long lastTimedRedraw = Long.MIN_VALUE / 2;
    private boolean dirty = true;
    private boolean scheduled;
    private long redraws;
    private LineFrame lastFrame;

    /** An empty plot titled {@code title}. */
    public LinePlot(String title) {
        this.title = title == null ? "" : title;
        getStyleClass().add("line-plot");
        setStyle("-fx-background-color: white;");
        setMinSize(200, 150);
        setPrefSize(640, 360);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> toggleLegendAt(e.getX(), e.getY()));
    }

    /** Adds a series drawn in {@code color}, dashed or solid, and returns it. */
    public Series addSeries(String name, Color color, boolean dashed) {
        Series s = new Series(this, name, color, dashed);
        series.add(s);
        invalidate();
        return s;
    }

    /** As {@link #addSeries} for a line only some runs have (a penalised loss): in the legend only with points. */
    public Series addOptionalSeries(String name, Color color, boolean dashed) {
        Series s = addSeries(name, color, dashed);
        s.optional = true;
        return s;
    }

    /** Sets the x- and y-axis titles. */
    public void setAxisLabels(String xLabel, String yLabel) {
        axes.setLabels(xLabel, yLabel);
        invalidate();
    }

    /** Switches the y axis between linear and log10 (non-positive values are then skipped). */
    public void setLogY(boolean logY) {
        axes.setLogY(logY);
        invalidate();
    }

    /** The x-axis title ("" when none). */
    public String xAxisLabel() {
        return axes.xLabel();
    }

    /** The y-axis title ("" when none). */
    public String yAxisLabel() {
        return axes.yLabel();
    }

    /**
     * The axis extents a redraw would show now, {x0, x1, y0, y1}, y in log10 units on a log axis; y0 = y1 = NaN
     * when no visible series has a point.
     */
    public double[] shownRange() {
        LineFrame.Range r = axes.range(series);
        return r.hasData() ? new double[] {r.x0(), r.x1(), r.y0(), r.y1()}
                : new double[] {r.x0(), r.x1(), Double.NaN, Double.NaN};
    }

    /** Whether the y axis is log10. */
    public boolean isLogY() {
        return axes.isLogY();
    }

    /** Fixes the x range to [min, max]; a NaN end is auto-ranged on the data (both NaN: fully automatic). */
    public void setXRange(double min, double max) {
        axes.setXRange(min, max);
        invalidate();
    }

    /** Caps the auto-ranged y axis at {@code max} (NaN: no cap), so that a run blowing up leaves the top edge. */
    public void setYCap(double max) {
        axes.setYCap(max);
        invalidate();
    }

    /** Adds a vertical dashed line at {@code x} with a small label (e.g. "lr → 0.1"). */
    public void addMarker(double x, String label) {
        markers.add(x, label);
        invalidate();
    }

    /** Draws a solid vertical cursor at {@code x} (e.g. the epoch a scrubber shows); NaN removes it. */
    public void setCursor(double x) {
        markers.setCursor(x);
        invalidate();
    }

    /** The cursor's x, or NaN when there is none. */
    public double cursor() {
        return markers.cursor();
    }

    /** Removes every marker. */
    public void clearMarkers() {
        markers.clear();
        invalidate();
    }

    /** Empties every series, keeping the series themselves. */
    public void clearData() {
        for (Series s : series) {
            s.reset();
        }
        invalidate();
    }

    /** The series in the order they were added (unmodifiable). */
    public List<Series> series() {
        return Collections.unmodifiableList(series);
    }

    /**
     * A new plot titled {@code title} with this plot's series (points, colours, dashes, visibility), axis titles
     * and ranges, markers and cursor: the same chart, free to be laid out at another size (e.g. for an export).
     */
    public LinePlot copy(String title) {
        LinePlot copy = new LinePlot(title);
        axes.copyTo(copy.axes);
        markers.copyTo(copy.markers);
        for (Series s : series) {
            Series t = copy.addSeries(s.name, s.color, s.dashed);
            t.optional = s.optional;
            t.shadedAbove = s.shadedAbove;
            for (int i = 0; i < s.size; i++) {
                t.add(s.xs[i], s.ys[i]);
            }
            t.visible = s.visible;
        }
        return copy;
    }

    /** Redraws now if anything changed since the last redraw (e.g. right before a snapshot). */
    public void flush() {
        if (dirty) {
            redraw();
        }
    }

    /** Where the last redraw put its labels, its legend and its plot frame. */
    public ChartLayout lastLayout() {
        return new ChartLayout(List.copyOf(text.boxes()), legend.box(), lastFrame == null ? null
                : new BoundingBox(lastFrame.x(), lastFrame.y(), lastFrame.w(), lastFrame.h()));
    }

    /** How many times the canvas has been redrawn (for tests and diagnostics). */
    public long redrawCount() {
        return redraws;
    }

    private void invalidate() {
        dirty = true;
        if (!scheduled) {
            scheduled = true;
            pulse.start();
        }
    }

    @Override
    void redraw() {
        dirty = false;
        redraws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        text.clearBoxes();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setLineDashes();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w < 60 || h < 60) {
            return;
        }
        double headerBottom = title.isEmpty() ? PAD - 8 : PAD + 22;
        LineFrame.Range range = axes.range(series);
        double bottom = h - PAD - (axes.hasXLabel() ? 22 : 0) - 22;
        double right = w - PAD - 14;
        double top = headerBottom + 8;
        double estimatedLeft = PAD + (axes.hasYLabel() ? 22 : 0) + 48;
        List<Series> inLegend = legendSeries();
        LineLegend.Placement placed = legend.arrange(inLegend, w, estimatedLeft, top, right, bottom);
        top = placed.frameTop();
        right = placed.frameRight();
        double[] yTicks = axes.yTicks(range, bottom - top);
        double tickWidth = 0;
        for (double t : yTicks) {
            tickWidth = Math.max(tickWidth, text.width(axes.yTickLabel(t, yTicks), TICK_FONT));
        }
        double left = PAD + (axes.hasYLabel() ? 22 : 0) + tickWidth + 8;
        LineFrame f = new LineFrame(left, top, Math.max(10, right - left), Math.max(10, bottom - top), range,
                axes.isLogY());
        lastFrame = f;
        double[] xTicks = axes.xTicks(f, series);
        axes.drawGrid(g, f, yTicks, xTicks);
        LineSeriesPainter.draw(g, f, series);
        coverOutside(g, f.x() - 2, f.y() - 2, f.w() + 4, f.h() + 4, Color.WHITE);
        drawHeader(g, w);
        markers.draw(g, f, legend.place(f, inLegend, placed));
        markers.drawCursor(g, f);
        axes.drawAxes(g, f, yTicks, xTicks, h);
        legend.draw(g, inLegend, placed.layout());
        if (!range.hasData()) {
            g.setFill(MUTED);
            g.setFont(LABEL_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            // inside the frame, never out over the tick labels of a narrow plot
            String note = text.width("no data yet", LABEL_FONT) <= f.w() - 8 ? "no data yet" : "no data";
            text.fill(g, text.fit(note, LABEL_FONT, f.w() - 8), f.x() + f.w() / 2, f.y() + f.h() / 2);
        }
    }

    // the title on one line, ellipsized to the width
    private void drawHeader(GraphicsContext g, double w) {
        if (title.isEmpty()) {
            return;
        }
        g.setFont(TITLE_FONT);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        text.fill(g, text.fit(title, TITLE_FONT, w - 2 * PAD), PAD, PAD);
    }

    private List<Series> legendSeries() {
        return series.stream().filter(s -> !s.optional || s.size > 0).toList(); // not the empty optional ones
    }

    private void toggleLegendAt(double x, double y) {
        int k = legend.entryAt(x, y);
        List<Series> inLegend = legendSeries();
        if (k >= 0 && k < inLegend.size()) {
            Series s = inLegend.get(k);
            s.setVisible(!s.visible);
        }
    }

    /** One named line of a {@link LinePlot}; its points are stored in growable primitive arrays. FX thread only. */
    public static final class Series {
        // read directly by the plot's axes, legend and painter (same package, FX thread)
        final MinMaxDecimator decimator = new MinMaxDecimator();
        double[] xs = new double[64];
        double[] ys = new double[64];
        int size;
        boolean visible = true;
        boolean optional;
        boolean shadedAbove;
        double minX;
        double maxX;
        double minY;
        double maxY;
        double minPositiveY;
        double maxPositiveY;
        private final LinePlot owner;
        private final String name;
        private final Color color;
        private final boolean dashed;

        /** True for a series drawn and listed only once it has points (e.g. the penalised loss when λ > 0). */
        public boolean isOptional() {
            return optional;
        }

        private Series(LinePlot owner, String name, Color color, boolean dashed) {
            this.owner = owner;
            this.name = name == null ? "" : name;
            this.color = color;
            this.dashed = dashed;
            resetRange();
        }

        /** Appends the point (x, y); a non-finite y leaves a gap in the line. */
        public void add(double x, double y) {
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, size * 2);
                ys = Arrays.copyOf(ys, size * 2);
            }
            xs[size] = x;
            ys[size] = y;
            size++;
            if (Double.isFinite(x) && Double.isFinite(y)) {
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                if (y > 0) {
                    minPositiveY = Math.min(minPositiveY, y);
                    maxPositiveY = Math.max(maxPositiveY, y);
                }
            }
            owner.invalidate();
        }

        /** Removes every point. */
        public void clear() {
            reset();
            owner.invalidate();
        }

        public int size() {
            return size;
        }

        public String name() {
            return name;
        }

        public Color color() {
            return color;
        }

        public boolean isDashed() {
            return dashed;
        }

        public boolean isVisible() {
            return visible;
        }

        /** Shades the region above the line up to the plot's top edge in its colour (e.g. an unstable region). */
        public void setShadedAbove(boolean shaded) {
            shadedAbove = shaded;
            owner.invalidate();
        }

        /** Whether the region above the line is shaded. */
        public boolean isShadedAbove() {
            return shadedAbove;
        }

        /** Shows or hides the line (the legend entry stays, greyed out). */
        public void setVisible(boolean v) {
            visible = v;
            owner.invalidate();
        }

        /** The x value of point i. */
        public double x(int i) {
            return xs[Objects.checkIndex(i, size)];
        }

        /** The y value of point i. */
        public double y(int i) {
            return ys[Objects.checkIndex(i, size)];
        }

        private void reset() {
            size = 0;
            decimator.reset(Double.NaN, Double.NaN, 1, false);
            resetRange();
        }

        private void resetRange() {
            minX = Double.POSITIVE_INFINITY;
            maxX = Double.NEGATIVE_INFINITY;
            minY = Double.POSITIVE_INFINITY;
            maxY = Double.NEGATIVE_INFINITY;
            minPositiveY = Double.POSITIVE_INFINITY;
            maxPositiveY = Double.NEGATIVE_INFINITY;
        }
    }
}
