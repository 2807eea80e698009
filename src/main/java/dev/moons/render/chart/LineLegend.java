package dev.moons.render.chart;

import static dev.moons.render.chart.ChartStyle.TEXT;
import static dev.moons.render.chart.ChartStyle.crisp;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A {@link LinePlot}'s legend: a small translucent box inside the plot, in whichever corner hides the fewest drawn
 * points and markers, or a band above the plot when the box would cover more than 15 % of it; one entry per
 * series (greyed out when hidden); remembers where each entry was drawn so that a click can find it.
 */
final class LineLegend {
    private static final Font FONT = Font.font(ChartStyle.FAMILY, 13);
    private static final double SWATCH = 27;
    private static final double GAP = 12;
    private static final double PAD = 7;
    private static final double ROW = 19;
    private static final Color HIDDEN_TEXT = Color.web("#aaaaaa");

    private final ChartText text;
    private final LineMarkers markers;
    /** The largest share of the plot frame's area a legend inside it may cover; a larger one goes above it. */
    static final double MAX_AREA_SHARE = 0.15;
    /** The least plot-frame height the legend may leave when it moves above the plot. */
    static final double MIN_FRAME_HEIGHT = 80;
    /** The least plot-frame width the legend may leave when it moves beside the plot. */
    static final double MIN_FRAME_WIDTH = 120;

    private final List<double[]> boxes = new ArrayList<>();
    private Bounds box;
    private boolean inside;

    LineLegend(ChartText text, LineMarkers markers) {
        this.text = text;
        this.markers = markers;
    }

    /** How a legend is set: its box size, its column count and widths, and each entry's width. */
    record Layout(double width, double height, int columns, double[] colWidths, double[] widths) {
    }

    /**
     * Where the legend goes and what room it leaves the plot frame: {@code layout} null for none; a NaN
     * {@code top} for inside the frame, else outside with its top-left corner at ({@code left}, {@code top}) (a
     * NaN left: right-aligned to the frame).
     */
    record Placement(Layout layout, double left, double top, double frameTop, double frameRight) {
    }

    /**
     * Places the legend for a canvas {@code canvasWidth} wide whose frame would span [left, right] × [top, bottom]
     * ({@code left} estimated): inside while it covers at most 15 % of the frame, else above it while the frame
     * keeps {@value #MIN_FRAME_HEIGHT} px of height, else beside it while the frame keeps {@value #MIN_FRAME_WIDTH}
     * px of width, else (a stamp-sized plot) nowhere.
     */
    Placement arrange(List<LinePlot.Series> series, double canvasWidth, double left, double top, double right,
            double bottom) {
        Layout inside = layout(series, (right - left) * 0.9);
        if (series.isEmpty() || fitsInside(inside, right - left, bottom - top)) {
            return new Placement(inside, Double.NaN, Double.NaN, top, right);
        }
        Layout above = layout(series, canvasWidth - 2 * ChartStyle.PAD);
        if (bottom - top - above.height() >= MIN_FRAME_HEIGHT) {
            return new Placement(above, Double.NaN, top - 4, top + above.height(), right);
        }
        Layout column = layout(series, 0);
        if (right - left - column.width() - 8 >= MIN_FRAME_WIDTH) {
            return new Placement(column, right - column.width(), top, top, right - column.width() - 8);
        }
        return new Placement(null, Double.NaN, Double.NaN, top, right);
    }

    /** The legend of {@code series} in as many columns as fit {@code maxWidth} (one row per series at least). */
    Layout layout(List<LinePlot.Series> series, double maxWidth) {
        int n = series.size();
        double[] widths = new double[n];
        for (int k = 0; k < n; k++) {
            widths[k] = SWATCH + text.width(series.get(k).name(), FONT);
        }
        int columns = Math.max(1, n);
        double[] colWidths = columnWidths(widths, columns);
        while (columns > 1 && sum(colWidths) + (columns - 1) * GAP + 2 * PAD > maxWidth) {
            columns = columns == n ? (n + 1) / 2 : columns - 1;
            colWidths = columnWidths(widths, columns);
        }
        int rows = (n + columns - 1) / columns;
        return new Layout(sum(colWidths) + (columns - 1) * GAP + 2 * PAD, rows * ROW + 2 * PAD - 4, columns,
                colWidths, widths);
    }

    /** Whether {@code layout} may sit inside a plot frame w × h: at most 15 % of its area and 90 % of its width. */
    static boolean fitsInside(Layout layout, double w, double h) {
        return layout.width() <= w * 0.9 && layout.width() * layout.height() <= MAX_AREA_SHARE * w * h;
    }

    /**
     * Places the legend for {@code series} as {@link #arrange} decided and returns its box, or null: inside, in
     * the emptiest corner of {@code f}; outside, where {@code placement} says.
     */
    Bounds place(LineFrame f, List<LinePlot.Series> series, Placement placement) {
        Layout layout = placement.layout();
        double outsideLeft = placement.left();
        double outsideTop = placement.top();
        boxes.clear();
        box = null;
        boolean outside = !Double.isNaN(outsideTop);
        if (layout == null || series.isEmpty() || (!outside && (f.w() < 80 || f.h() < 40))) {
            return null;
        }
        if (outside) {
            double bx = Double.isNaN(outsideLeft) ? Math.max(ChartStyle.PAD, f.x() + f.w() - layout.width()) : outsideLeft;
            box = new BoundingBox(bx, outsideTop, layout.width(), layout.height());
        } else {
            double[] corner = emptiestCorner(f, series, layout.width(), layout.height());
            box = new BoundingBox(corner[0], corner[1], layout.width(), layout.height());
        }
        inside = !outside;
        return box;
    }

    /** Draws the legend where the last {@link #place} put it (nothing when it put none). */
    void draw(GraphicsContext g, List<LinePlot.Series> series, Layout layout) {
        if (box == null) {
            return;
        }
        int n = series.size();
        double bx = box.getMinX();
        double by = box.getMinY();
        double bw = box.getWidth();
        double bh = box.getHeight();
        if (inside) {
            g.setFill(Color.rgb(255, 255, 255, 0.82));
            g.fillRoundRect(bx, by, bw, bh, 8, 8);
            g.setStroke(Color.rgb(0, 0, 0, 0.16));
            g.setLineWidth(1);
            g.strokeRoundRect(crisp(bx), crisp(by), bw - 1, bh - 1, 8, 8);
        }
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < n; k++) {
            LinePlot.Series s = series.get(k);
            int col = k % layout.columns();
            int row = k / layout.columns();
            double x = bx + PAD;
            for (int c = 0; c < col; c++) {
                x += layout.colWidths()[c] + GAP;
            }
            double y = by + PAD - 2 + row * ROW + ROW / 2;
            drawSwatch(g, s, x, y);
            g.setFill(s.visible ? TEXT : HIDDEN_TEXT);
            text.fill(g, s.name(), x + SWATCH, y);
            boxes.add(new double[] {x, y - ROW / 2, layout.widths()[k], ROW});
        }
    }

    /** The legend's box from the last {@link #place}, or null when none was placed. */
    Bounds box() {
        return box;
    }

    /** The index of the series whose entry was drawn at (x, y) in the last {@link #draw}, or −1. */
    int entryAt(double x, double y) {
        for (int k = 0; k < boxes.size(); k++) {
            double[] b = boxes.get(k);
            if (x >= b[0] && x <= b[0] + b[2] && y >= b[1] && y <= b[1] + b[3]) {
                return k;
            }
        }
        return -1;
    }

    private static void drawSwatch(GraphicsContext g, LinePlot.Series s, double x, double y) {
        Color c = s.color();
        g.setStroke(s.visible ? c : c.deriveColor(0, 0.3, 1.2, 0.5));
        g.setLineWidth(3);
        g.setLineCap(StrokeLineCap.BUTT);
        if (s.isDashed()) {
            g.setLineDashes(6, 4);
        }
        g.strokeLine(x, y, x + 21, y);
        g.setLineDashes();
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
    private double[] emptiestCorner(LineFrame f, List<LinePlot.Series> series, double bw, double bh) {
        double inset = 6;
        double left = f.x() + inset;
        double right = Math.max(left, f.x() + f.w() - inset - bw);
        double top = f.y() + inset;
        double bottom = f.y() + f.h() - inset - bh;
        double[][] corners = {{right, top}, {left, top}, {right, bottom}, {left, bottom}};
        double[] best = corners[0];
        long bestCount = Long.MAX_VALUE;
        for (double[] c : corners) {
            long count = pointsIn(f, series, c[0] - 4, c[1] - 4, bw + 8, bh + 8)
                    + markers.weightIn(f, c[0] - 4, c[1] - 4, bw + 8);
            if (count < bestCount) {
                bestCount = count;
                best = c;
            }
        }
        return best;
    }

    // decimated points of the visible series inside the box (x, y, w, h)
    private static long pointsIn(LineFrame f, List<LinePlot.Series> series, double x, double y, double w, double h) {
        long count = 0;
        for (LinePlot.Series s : series) {
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
        return count;
    }
}
