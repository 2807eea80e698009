package dev.moons.render.chart;

import static dev.moons.render.chart.ChartStyle.SMALL_FONT;
import static dev.moons.render.chart.ChartStyle.TEXT;
import static dev.moons.render.chart.ChartStyle.crisp;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A {@link LinePlot}'s vertical lines: labelled dashed markers (e.g. "lr → 0.1"), their labels stacked in rows so
 * neighbours never overlap, and one solid cursor (e.g. the epoch a scrubber shows).
 */
final class LineMarkers {
    private static final Color MARKER = Color.web("#444444");
    private static final Color CURSOR = Color.web("#7a2d8f");
    private static final Color LABEL_EDGE = Color.web("#bbbbbb");

    /** The least plot height at which marker labels are drawn. */
    private static final double MIN_LABEL_HEIGHT = 60;

    private final ChartText text;
    private final List<Marker> markers = new ArrayList<>();
    private double cursorX = Double.NaN;

    LineMarkers(ChartText text) {
        this.text = text;
    }

    void add(double x, String label) {
        markers.add(new Marker(x, label == null ? "" : label));
    }

    /** Gives {@code other} these markers and this cursor. */
    void copyTo(LineMarkers other) {
        other.markers.clear();
        other.markers.addAll(markers);
        other.cursorX = cursorX;
    }

    void clear() {
        markers.clear();
    }

    void setCursor(double x) {
        cursorX = x;
    }

    double cursor() {
        return cursorX;
    }

    /** The solid cursor line, when its x is inside the shown range. */
    void drawCursor(GraphicsContext g, LineFrame f) {
        if (!(cursorX >= f.range().x0() && cursorX <= f.range().x1())) {
            return;
        }
        double x = crisp(f.px(cursorX));
        g.setStroke(CURSOR);
        g.setLineWidth(2);
        g.strokeLine(x, f.y(), x, f.y() + f.h());
    }

    /** All dashed lines first, then the labels on top, stacked in rows so neighbours never overlap. */
    void draw(GraphicsContext g, LineFrame f, javafx.geometry.Bounds avoid) {
        g.setStroke(MARKER);
        g.setLineWidth(1.2);
        g.setLineDashes(5, 4);
        for (Marker m : markers) {
            if (shown(m, f)) {
                double x = crisp(f.px(m.x));
                g.strokeLine(x, f.y(), x, f.y() + f.h());
            }
        }
        g.setLineDashes();
        if (f.h() < MIN_LABEL_HEIGHT) {
            return; // a plot this short keeps its marker lines but has no room for their labels
        }
        List<double[]> placed = new ArrayList<>();
        g.setFont(SMALL_FONT);
        for (Marker m : markers) {
            if (!shown(m, f) || m.label.isEmpty()) {
                continue;
            }
            double x = crisp(f.px(m.x));
            double tw = text.width(m.label, SMALL_FONT) + 8;
            double lx = Math.min(x + 3, f.x() + f.w() - tw);
            int row = 0;
            while (overlaps(placed, lx, row, tw)
                    || (avoid != null && avoid.intersects(lx, f.y() + 4 + row * 19, tw, 17))) {
                row++;
            }
            double ly = f.y() + 4 + row * 19;
            if (ly + 17 > f.y() + f.h()) {
                continue; // no free row left for this label
            }
            placed.add(new double[] {lx, row, tw});
            g.setFill(Color.rgb(255, 255, 255, 0.92));
            g.fillRoundRect(lx, ly, tw, 17, 6, 6);
            g.setStroke(LABEL_EDGE);
            g.setLineWidth(1);
            g.strokeRoundRect(lx + 0.5, ly + 0.5, tw - 1, 16, 6, 6);
            g.setFill(TEXT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            text.fill(g, m.label, lx + 4, ly + 9);
        }
    }

    /** How much markers cover of a box from (x, y), {@code w} wide: 3 per marker whose line or label meets it. */
    long weightIn(LineFrame f, double x, double y, double w) {
        long count = 0;
        for (Marker m : markers) {
            double px = f.px(m.x);
            double labelW = m.label.isEmpty() ? 0 : text.width(m.label, SMALL_FONT) + 8;
            double lx = Math.min(px + 3, f.x() + f.w() - labelW);
            boolean line = px >= x && px <= x + w;
            boolean label = labelW > 0 && y < f.y() + 24 && lx < x + w && lx + labelW > x;
            if (line || label) {
                count += 3;
            }
        }
        return count;
    }

    private static boolean shown(Marker m, LineFrame f) {
        return m.x >= f.range().x0() && m.x <= f.range().x1();
    }

    private static boolean overlaps(List<double[]> placed, double x, int row, double w) {
        for (double[] p : placed) {
            if (p[1] == row && x < p[0] + p[2] + 4 && p[0] < x + w + 4) {
                return true;
            }
        }
        return false;
    }

    private record Marker(double x, String label) {
    }
}
