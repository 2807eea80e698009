package dev.moons.render.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Canvas-based live line plot; decimates to about one point per pixel column; at most one redraw per pulse.
 * Data live in growable primitive arrays; every change only marks the plot dirty, and a one-shot
 * {@link AnimationTimer} redraws it on a later pulse: at most {@link #MIN_REDRAW_NANOS} apart, and never two
 * plots in the same pulse. The legend is a small box inside the plot, in the corner
 * that hides the fewest points; clicking a legend entry hides or shows its series.
 */
public final class LinePlot extends CanvasRegion {
    private static final String FAMILY = Font.getDefault().getFamily();
    private static final Font TITLE_FONT = Font.font(FAMILY, FontWeight.BOLD, 17);
    private static final Font LABEL_FONT = Font.font(FAMILY, 14);
    private static final Font TICK_FONT = Font.font(FAMILY, 13);
    private static final Font SMALL_FONT = Font.font(FAMILY, 12);
    private static final Font LEGEND_FONT = Font.font(FAMILY, 13);
    private static final double LEGEND_SWATCH = 27;
    private static final double LEGEND_GAP = 12;
    private static final double LEGEND_PAD = 7;
    private static final double LEGEND_ROW = 19;
    private static final Color TEXT = Color.web("#222222");
    private static final Color MUTED = Color.web("#666666");
    private static final Color GRID = Color.web("#e3e3e3");
    private static final Color GRID_MINOR = Color.web("#f1f1f1");
    private static final Color AXIS = Color.web("#8a8a8a");
    private static final double PAD = 10;
    private static final double LINE_WIDTH = 2.4;
    private static final double OFF_CANVAS = 100_000;

    private final String title;
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final Text measure = new Text();
    private final List<double[]> legendBoxes = new ArrayList<>();
    /**
     * Shortest time between two pulse-driven redraws of one plot (30 per second): data arriving every pulse are
     * all kept and drawn, at most 30 times a second; in the software pipeline each redraw is a full rasterization.
     */
    static final long MIN_REDRAW_NANOS = 30_000_000L;
    /** The pulse (its AnimationTimer time) in which some LinePlot last redrew: plots take turns, one per pulse. */
    private static long pulseOfLastRedraw = Long.MIN_VALUE;
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
            pulseOfLastRedraw = now;
            lastTimedRedraw = now;
            redraw();
        }
    };
    private long lastTimedRedraw = Long.MIN_VALUE / 2;
    private String xLabel = "";
    private String yLabel = "";
    private boolean logY;
    private double fixedXMin = Double.NaN;
    private double fixedXMax = Double.NaN;
    private double yCap = Double.NaN;
    private double cursorX = Double.NaN;
    private boolean dirty = true;
    private boolean scheduled;
    private long redraws;

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

    /** Sets the x- and y-axis titles. */
    public void setAxisLabels(String xLabel, String yLabel) {
        this.xLabel = xLabel == null ? "" : xLabel;
        this.yLabel = yLabel == null ? "" : yLabel;
        invalidate();
    }

    /** Switches the y axis between linear and log10 (non-positive values are then skipped). */
    public void setLogY(boolean logY) {
        this.logY = logY;
        invalidate();
    }

    public boolean isLogY() {
        return logY;
    }

    /** Fixes the x range to [min, max]; a NaN end is auto-ranged on the data (both NaN: fully automatic). */
    public void setXRange(double min, double max) {
        this.fixedXMin = min;
        this.fixedXMax = max;
        invalidate();
    }

    /** Caps the auto-ranged y axis at {@code max} (NaN: no cap), so that a run blowing up leaves the top edge. */
    public void setYCap(double max) {
        this.yCap = max;
        invalidate();
    }

    /** Adds a vertical dashed line at {@code x} with a small label (e.g. "lr → 0.1"). */
    public void addMarker(double x, String label) {
        markers.add(new Marker(x, label == null ? "" : label));
        invalidate();
    }

    /** Draws a solid vertical cursor at {@code x} (e.g. the epoch a scrubber shows); NaN removes it. */
    public void setCursor(double x) {
        this.cursorX = x;
        invalidate();
    }

    /** The cursor's x, or NaN when there is none. */
    public double cursor() {
        return cursorX;
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

    /** Redraws now if anything changed since the last redraw (e.g. right before a snapshot). */
    public void flush() {
        if (dirty) {
            redraw();
        }
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
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setLineDashes();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w < 60 || h < 60) {
            return;
        }
        double headerBottom = title.isEmpty() ? PAD - 8 : PAD + 22;
        Range range = range();
        double[] yTicks = yTicks(range, h);
        double tickWidth = 0;
        for (double t : yTicks) {
            tickWidth = Math.max(tickWidth, textWidth(yTickLabel(t, yTicks), TICK_FONT));
        }
        double left = PAD + (yLabel.isEmpty() ? 0 : 22) + tickWidth + 8;
        double bottom = h - PAD - (xLabel.isEmpty() ? 0 : 22) - 22;
        double top = headerBottom + 8;
        double right = w - PAD - 14;
        Frame f = new Frame(left, top, Math.max(10, right - left), Math.max(10, bottom - top), range, logY);
        drawGrid(g, f, yTicks);
        drawSeries(g, f);
        coverOutside(g, f.x - 2, f.y - 2, f.w + 4, f.h + 4, Color.WHITE);
        drawHeader(g, w);
        drawMarkers(g, f);
        drawCursor(g, f);
        drawAxes(g, f, w);
        drawLegend(g, f);
        if (!range.hasData) {
            g.setFill(MUTED);
            g.setFont(LABEL_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("no data yet", f.x + f.w / 2, f.y + f.h / 2);
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
        g.fillText(fit(title, TITLE_FONT, w - 2 * PAD), PAD, PAD);
    }

    // legend as a small translucent box inside the plot, in whichever corner hides the fewest drawn points
    private void drawLegend(GraphicsContext g, Frame f) {
        legendBoxes.clear();
        int n = series.size();
        if (n == 0 || f.w < 80 || f.h < 40) {
            return;
        }
        double[] widths = new double[n];
        for (int k = 0; k < n; k++) {
            widths[k] = LEGEND_SWATCH + textWidth(series.get(k).name, LEGEND_FONT);
        }
        int columns = n;
        double[] colWidths = columnWidths(widths, columns);
        while (columns > 1 && sum(colWidths) + (columns - 1) * LEGEND_GAP + 2 * LEGEND_PAD > f.w * 0.9) {
            columns = columns == n ? (n + 1) / 2 : columns - 1;
            colWidths = columnWidths(widths, columns);
        }
        int rows = (n + columns - 1) / columns;
        double bw = sum(colWidths) + (columns - 1) * LEGEND_GAP + 2 * LEGEND_PAD;
        double bh = rows * LEGEND_ROW + 2 * LEGEND_PAD - 4;
        double[] corner = emptiestCorner(f, bw, bh);
        double bx = corner[0];
        double by = corner[1];
        g.setFill(Color.rgb(255, 255, 255, 0.82));
        g.fillRoundRect(bx, by, bw, bh, 8, 8);
        g.setStroke(Color.rgb(0, 0, 0, 0.16));
        g.setLineWidth(1);
        g.strokeRoundRect(crisp(bx), crisp(by), bw - 1, bh - 1, 8, 8);
        g.setFont(LEGEND_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < n; k++) {
            Series s = series.get(k);
            int col = k % columns;
            int row = k / columns;
            double x = bx + LEGEND_PAD;
            for (int c = 0; c < col; c++) {
                x += colWidths[c] + LEGEND_GAP;
            }
            double y = by + LEGEND_PAD - 2 + row * LEGEND_ROW + LEGEND_ROW / 2;
            drawSwatch(g, s, x, y);
            g.setFill(s.visible ? TEXT : Color.web("#aaaaaa"));
            g.fillText(s.name, x + LEGEND_SWATCH, y);
            legendBoxes.add(new double[] {x, y - LEGEND_ROW / 2, widths[k], LEGEND_ROW});
        }
    }

    private static double[] columnWidths(double[] widths, int columns) {
        double[] c = new double[columns];
        for (int k = 0; k < widths.length; k++) {
            c[k % columns] = Math.max(c[k % columns], widths[k]);
        }
        return c;
    }

    private static double sum(double[] values) {
        double t = 0;
        for (double v : values) {
            t += v;
        }
        return t;
    }

    // top-right first, then top-left, bottom-right, bottom-left: the first with the fewest points under it
    private double[] emptiestCorner(Frame f, double bw, double bh) {
        double inset = 6;
        double left = f.x + inset;
        double right = Math.max(left, f.x + f.w - inset - bw);
        double top = f.y + inset;
        double bottom = f.y + f.h - inset - bh;
        double[][] corners = {{right, top}, {left, top}, {right, bottom}, {left, bottom}};
        double[] best = corners[0];
        long bestCount = Long.MAX_VALUE;
        for (double[] c : corners) {
            long count = pointsIn(f, c[0] - 4, c[1] - 4, bw + 8, bh + 8);
            if (count < bestCount) {
                bestCount = count;
                best = c;
            }
        }
        return best;
    }

    private long pointsIn(Frame f, double x, double y, double w, double h) {
        long count = 0;
        for (Series s : series) {
            if (!s.visible || s.size == 0) {
                continue;
            }
            MinMaxDecimator d = s.decimator;
            int m = d.view();
            double[] xs = d.x();
            double[] ys = d.y();
            for (int k = 0; k < m; k++) {
                if (Double.isNaN(ys[k])) {
                    continue;
                }
                double px = f.px(xs[k]);
                double py = f.py(ys[k]);
                if (px >= x && px <= x + w && py >= y && py <= y + h) {
                    count++;
                }
            }
        }
        for (Marker m : markers) {
            double px = f.px(m.x);
            double labelW = m.label.isEmpty() ? 0 : textWidth(m.label, SMALL_FONT) + 8;
            double lx = Math.min(px + 3, f.x + f.w - labelW);
            boolean line = px >= x && px <= x + w;
            boolean label = labelW > 0 && y < f.y + 24 && lx < x + w && lx + labelW > x;
            if (line || label) {
                count += 3;
            }
        }
        return count;
    }

    // the longest prefix of text, with an ellipsis, no wider than width
    private String fit(String text, Font font, double width) {
        if (textWidth(text, font) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 1 && textWidth(text.substring(0, end).stripTrailing() + "…", font) > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    private void drawSwatch(GraphicsContext g, Series s, double x, double y) {
        g.setStroke(s.visible ? s.color : s.color.deriveColor(0, 0.3, 1.2, 0.5));
        g.setLineWidth(3);
        g.setLineCap(StrokeLineCap.BUTT);
        if (s.dashed) {
            g.setLineDashes(6, 4);
        }
        g.strokeLine(x, y, x + 21, y);
        g.setLineDashes();
    }

    private void drawGrid(GraphicsContext g, Frame f, double[] yTicks) {
        g.setLineWidth(1);
        if (f.log) {
            g.setStroke(GRID_MINOR);
            int decades = (int) Math.round(f.range.y1 - f.range.y0);
            if (decades <= 4) {
                for (double t : Ticks.logMinor((int) Math.round(f.range.y0), (int) Math.round(f.range.y1))) {
                    double y = crisp(f.py(Math.log10(t)));
                    g.strokeLine(f.x, y, f.x + f.w, y);
                }
            }
        }
        g.setStroke(GRID);
        for (double t : yTicks) {
            double y = crisp(f.py(f.log ? Math.log10(t) : t));
            g.strokeLine(f.x, y, f.x + f.w, y);
        }
        for (double t : xTicks(f)) {
            double x = crisp(f.px(t));
            g.strokeLine(x, f.y, x, f.y + f.h);
        }
    }

    // drawn unclipped: the caller then covers what lies outside the plot rectangle (see coverOutside)
    private void drawSeries(GraphicsContext g, Frame f) {
        g.save();
        g.setLineWidth(LINE_WIDTH);
        // bevel joins: no arc per vertex for the rasterizer (a decimated polyline has a vertex every pixel)
        g.setLineJoin(StrokeLineJoin.BEVEL);
        g.setLineCap(StrokeLineCap.ROUND);
        int columns = Math.max(1, (int) Math.round(f.w));
        for (Series s : series) {
            if (!s.visible || s.size == 0) {
                continue;
            }
            MinMaxDecimator d = s.decimator;
            if (!d.matches(f.range.x0, f.range.x1, columns, logY) || d.consumed() > s.size) {
                d.reset(f.range.x0, f.range.x1, columns, logY);
            }
            d.append(s.xs, s.ys, s.size);
            int m = d.view();
            g.setStroke(s.color);
            // butt caps on dashes: round ones would add two arcs per dash for the rasterizer
            g.setLineCap(s.dashed ? StrokeLineCap.BUTT : StrokeLineCap.ROUND);
            if (s.dashed) {
                g.setLineDashes(8, 6);
            } else {
                g.setLineDashes();
            }
            strokePolyline(g, f, d.x(), d.y(), m, s.color);
        }
        g.setLineDashes();
        g.restore();
    }

    private void strokePolyline(GraphicsContext g, Frame f, double[] xs, double[] ys, int m, Color color) {
        g.beginPath();
        boolean pen = false;
        int runLength = 0;
        double lastX = 0;
        double lastY = 0;
        for (int k = 0; k < m; k++) {
            if (Double.isNaN(ys[k])) {
                dotIfLone(g, runLength, lastX, lastY, color);
                pen = false;
                runLength = 0;
                continue;
            }
            double x = f.px(xs[k]);
            double y = Math.max(f.y - OFF_CANVAS, Math.min(f.y + f.h + OFF_CANVAS, f.py(ys[k])));
            if (pen) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                pen = true;
            }
            runLength++;
            lastX = x;
            lastY = y;
        }
        g.stroke();
        dotIfLone(g, runLength, lastX, lastY, color);
    }

    private static void dotIfLone(GraphicsContext g, int runLength, double x, double y, Color color) {
        if (runLength == 1) {
            g.setFill(color);
            g.fillOval(x - 2.5, y - 2.5, 5, 5);
        }
    }

    private void drawCursor(GraphicsContext g, Frame f) {
        if (!(cursorX >= f.range.x0 && cursorX <= f.range.x1)) {
            return;
        }
        double x = crisp(f.px(cursorX));
        g.setStroke(Color.web("#7a2d8f"));
        g.setLineWidth(2);
        g.strokeLine(x, f.y, x, f.y + f.h);
    }

    // all dashed lines first, then the labels on top, stacked in rows so neighbours never overlap
    private void drawMarkers(GraphicsContext g, Frame f) {
        g.setStroke(Color.web("#444444"));
        g.setLineWidth(1.2);
        g.setLineDashes(5, 4);
        for (Marker m : markers) {
            if (m.x >= f.range.x0 && m.x <= f.range.x1) {
                double x = crisp(f.px(m.x));
                g.strokeLine(x, f.y, x, f.y + f.h);
            }
        }
        g.setLineDashes();
        List<double[]> placed = new ArrayList<>();
        g.setFont(SMALL_FONT);
        for (Marker m : markers) {
            if (!(m.x >= f.range.x0 && m.x <= f.range.x1) || m.label.isEmpty()) {
                continue;
            }
            double x = crisp(f.px(m.x));
            double tw = textWidth(m.label, SMALL_FONT) + 8;
            double lx = Math.min(x + 3, f.x + f.w - tw);
            int row = 0;
            while (overlaps(placed, lx, row, tw)) {
                row++;
            }
            placed.add(new double[] {lx, row, tw});
            double ly = f.y + 4 + row * 19;
            g.setFill(Color.rgb(255, 255, 255, 0.92));
            g.fillRoundRect(lx, ly, tw, 17, 6, 6);
            g.setStroke(Color.web("#bbbbbb"));
            g.setLineWidth(1);
            g.strokeRoundRect(lx + 0.5, ly + 0.5, tw - 1, 16, 6, 6);
            g.setFill(TEXT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(m.label, lx + 4, ly + 9);
        }
    }

    private static boolean overlaps(List<double[]> placed, double x, int row, double w) {
        for (double[] p : placed) {
            if (p[1] == row && x < p[0] + p[2] + 4 && p[0] < x + w + 4) {
                return true;
            }
        }
        return false;
    }

    private void drawAxes(GraphicsContext g, Frame f, double w) {
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(crisp(f.x), f.y, crisp(f.x), f.y + f.h);
        g.strokeLine(f.x, crisp(f.y + f.h), f.x + f.w, crisp(f.y + f.h));
        g.setFont(TICK_FONT);
        g.setFill(TEXT);
        double[] yTicks = yTicks(f.range, canvas.getHeight());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : yTicks) {
            double y = f.py(f.log ? Math.log10(t) : t);
            g.strokeLine(f.x - 4, crisp(y), f.x, crisp(y));
            g.fillText(yTickLabel(t, yTicks), f.x - 7, y);
        }
        double[] xTicks = xTicks(f);
        double step = xTicks.length > 1 ? xTicks[1] - xTicks[0] : 1;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : xTicks) {
            double x = f.px(t);
            g.strokeLine(crisp(x), f.y + f.h, crisp(x), f.y + f.h + 4);
            g.fillText(Ticks.format(t, step), x, f.y + f.h + 6);
        }
        g.setFont(LABEL_FONT);
        g.setFill(MUTED);
        if (!xLabel.isEmpty()) {
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(xLabel, f.x + f.w / 2, canvas.getHeight() - PAD + 2);
        }
        if (!yLabel.isEmpty()) {
            String label = yAxisTitle(f.h);
            g.save();
            g.translate(PAD + 2, f.y + f.h / 2);
            g.rotate(-90);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(label, 0, 0);
            g.restore();
        }
    }

    // the y-axis title, shortened until it fits along a plot of the given height
    private String yAxisTitle(double height) {
        String[] candidates = logY ? new String[] {yLabel + " (log scale)", yLabel + " (log)", yLabel}
                : new String[] {yLabel};
        for (String c : candidates) {
            if (textWidth(c, LABEL_FONT) <= height) {
                return c;
            }
        }
        return fit(yLabel, LABEL_FONT, height);
    }

    private double[] xTicks(Frame f) {
        double[] ticks = Ticks.linear(f.range.x0, f.range.x1, Math.max(2, (int) (f.w / 90)));
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        if (step < 1 && allIntegers()) {
            return Ticks.linear(f.range.x0, f.range.x1, Math.max(1, (int) Math.round(f.range.x1 - f.range.x0)));
        }
        return ticks;
    }

    private boolean allIntegers() {
        for (Series s : series) {
            if (s.size > 0 && (s.minX != Math.rint(s.minX) || s.maxX != Math.rint(s.maxX))) {
                return false;
            }
        }
        return true;
    }

    private double[] yTicks(Range range, double height) {
        int target = Math.max(2, (int) (height / 70));
        if (logY) {
            int lo = (int) Math.round(range.y0);
            int hi = (int) Math.round(range.y1);
            double[] major = Ticks.logMajor(lo, hi, target + 2);
            if (hi - lo <= 2) {
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
        return Ticks.linear(range.y0, range.y1, target);
    }

    private String yTickLabel(double t, double[] ticks) {
        if (logY) {
            return Ticks.formatLog(t);
        }
        return Ticks.format(t, ticks.length > 1 ? ticks[1] - ticks[0] : Math.abs(t));
    }

    // the x and y extents of the visible data (y in log10 units on a log axis)
    private Range range() {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
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
            return new Range(x0, x1, decades[0], decades[1], hasData);
        }
        if (!hasData) {
            return new Range(x0, x1, 0, 1, false);
        }
        double margin = (y1 - y0) * 0.03;
        double[] nice = Ticks.niceRange(y0 - margin, y1 + margin, 5);
        return new Range(x0, x1, nice[0], nice[1], true);
    }

    private void toggleLegendAt(double x, double y) {
        for (int k = 0; k < legendBoxes.size() && k < series.size(); k++) {
            double[] b = legendBoxes.get(k);
            if (x >= b[0] && x <= b[0] + b[2] && y >= b[1] && y <= b[1] + b[3]) {
                Series s = series.get(k);
                s.setVisible(!s.visible);
                return;
            }
        }
    }

    private double textWidth(String s, Font font) {
        measure.setFont(font);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    private record Marker(double x, String label) {
    }

    private record Range(double x0, double x1, double y0, double y1, boolean hasData) {
    }

    // plot rectangle in canvas pixels and the data range it shows
    private record Frame(double x, double y, double w, double h, Range range, boolean log) {
        double px(double v) {
            return x + (v - range.x0) / (range.x1 - range.x0) * w;
        }

        double py(double v) {
            return y + h - (v - range.y0) / (range.y1 - range.y0) * h;
        }
    }

    /** One named line of a {@link LinePlot}; its points are stored in growable primitive arrays. FX thread only. */
    public static final class Series {
        private final LinePlot owner;
        private final String name;
        private final Color color;
        private final boolean dashed;
        private final MinMaxDecimator decimator = new MinMaxDecimator();
        private double[] xs = new double[64];
        private double[] ys = new double[64];
        private int size;
        private boolean visible = true;
        private double minX;
        private double maxX;
        private double minY;
        private double maxY;
        private double minPositiveY;
        private double maxPositiveY;

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
