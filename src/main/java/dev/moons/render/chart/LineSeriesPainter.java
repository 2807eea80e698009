package dev.moons.render.chart;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Strokes a {@link LinePlot}'s visible series as min–max decimated polylines, one decimated point per pixel
 * column at most four; a point with no neighbour (a run of one between gaps) is drawn as a dot; a series marked
 * {@link LinePlot.Series#setShadedAbove shaded} first gets the region above it filled, under every line. Drawn unclipped:
 * the plot then covers what lies outside its rectangle (see {@link CanvasRegion#coverOutside}).
 */
final class LineSeriesPainter {
    private static final double LINE_WIDTH = 2.4;
    /** Opacity of a shaded region above a line: light enough that the lines under it read clearly. */
    private static final double SHADE_OPACITY = 0.13;
    /** How far beyond the plot rectangle a y is clamped: far enough to leave the edge at the right slope. */
    private static final double OFF_CANVAS = 100_000;

    private LineSeriesPainter() {}

    /** Decimates (incrementally where the range is unchanged) and strokes every visible series in {@code f}. */
    static void draw(GraphicsContext g, LineFrame f, List<LinePlot.Series> series) {
        g.save();
        g.setLineWidth(LINE_WIDTH);
        // bevel joins: no arc per vertex for the rasterizer (a decimated polyline has a vertex every pixel)
        g.setLineJoin(StrokeLineJoin.BEVEL);
        g.setLineCap(StrokeLineCap.ROUND);
        LineFrame.Range r = f.range();
        int columns = Math.max(1, (int) Math.round(f.w()));
        shadeAbove(g, f, series, columns);
        for (LinePlot.Series s : series) {
            if (!s.visible || s.size == 0) {
                continue;
            }
            MinMaxDecimator d = s.decimator;
            if (!d.matches(r.x0(), r.x1(), columns, f.log()) || d.consumed() > s.size) {
                d.reset(r.x0(), r.x1(), columns, f.log());
            }
            d.append(s.xs, s.ys, s.size);
            int m = d.view();
            g.setStroke(s.color());
            // butt caps on dashes: round ones would add two arcs per dash for the rasterizer
            g.setLineCap(s.isDashed() ? StrokeLineCap.BUTT : StrokeLineCap.ROUND);
            if (s.isDashed()) {
                g.setLineDashes(8, 6);
            } else {
                g.setLineDashes();
            }
            strokePolyline(g, f, d.x(), d.y(), m, s.color());
        }
        g.setLineDashes();
        g.restore();
    }

    // the shaded series' regions above their lines, translucent, under every line
    private static void shadeAbove(GraphicsContext g, LineFrame f, List<LinePlot.Series> series, int columns) {
        LineFrame.Range r = f.range();
        for (LinePlot.Series s : series) {
            if (!s.visible || s.size == 0 || !s.shadedAbove) {
                continue;
            }
            MinMaxDecimator d = s.decimator;
            if (!d.matches(r.x0(), r.x1(), columns, f.log()) || d.consumed() > s.size) {
                d.reset(r.x0(), r.x1(), columns, f.log());
            }
            d.append(s.xs, s.ys, s.size);
            // view() first: writing the open column may grow the output arrays
            int m = d.view();
            fillAbove(g, f, d.x(), d.y(), m, s.color().deriveColor(0, 1, 1, SHADE_OPACITY));
        }
    }

    // one polygon per unbroken run: along the line, then back along the frame's top edge
    private static void fillAbove(GraphicsContext g, LineFrame f, double[] xs, double[] ys, int m, Color fill) {
        g.setFill(fill);
        int k = 0;
        while (k < m) {
            while (k < m && Double.isNaN(ys[k])) {
                k++;
            }
            int start = k;
            while (k < m && !Double.isNaN(ys[k])) {
                k++;
            }
            if (k - start < 1) {
                continue;
            }
            g.beginPath();
            double top = f.y() - 2;
            g.moveTo(f.px(xs[start]), top);
            for (int i = start; i < k; i++) {
                g.lineTo(f.px(xs[i]), Math.max(top, Math.min(f.y() + f.h() + 2, f.py(ys[i]))));
            }
            // a run of one point shades its own pixel column
            g.lineTo(k - start == 1 ? f.px(xs[start]) + 1 : f.px(xs[k - 1]), top);
            g.closePath();
            g.fill();
        }
    }

    private static void strokePolyline(GraphicsContext g, LineFrame f, double[] xs, double[] ys, int m, Color color) {
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
            double y = Math.max(f.y() - OFF_CANVAS, Math.min(f.y() + f.h() + OFF_CANVAS, f.py(ys[k])));
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
}
