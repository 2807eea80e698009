package dev.moons.render.chart;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Strokes a {@link LinePlot}'s visible series as min–max decimated polylines, one decimated point per pixel
 * column at most four; a point with no neighbour (a run of one between gaps) is drawn as a dot. Drawn unclipped:
 * the plot then covers what lies outside its rectangle (see {@link CanvasRegion#coverOutside}).
 */
final class LineSeriesPainter {
    private static final double LINE_WIDTH = 2.4;
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
