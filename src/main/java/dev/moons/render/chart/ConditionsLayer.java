package dev.moons.render.chart;

import dev.moons.io.Numbers;
import dev.moons.training.LineSearchConditions;
import dev.moons.training.LineSearchPicture;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The line-search view's conditions, drawn into {@link LineSearchPlot}'s frame: where sufficient decrease holds
 * (a green strip along the bottom), where the strong Wolfe curvature test |φ′(α)| ≤ c2·|φ′(0)| holds (a purple
 * strip above it), both (a light green wash over the whole height: the strong Wolfe steps), the slope c2·φ′(0)
 * as a dotted purple line from φ(0) (a tangent to φ flatter than it passes), and the trials numbered in the
 * order they were tried. Its labels sit inside the frame (a key to the strips, "strong Wolfe" over the wash),
 * so the plot's legend and layout stay as they were.
 */
final class ConditionsLayer {
    /** Where sufficient decrease holds. */
    static final Color ARMIJO_HOLDS = Color.web("#009E73");
    /** Where the curvature test holds. */
    static final Color CURVATURE_HOLDS = Color.web("#8E44AD");
    /** Where both hold. */
    static final Color BOTH = Color.web("#009E73", 0.12);
    private static final Font NUMBER_FONT = Font.font(Font.getDefault().getFamily(), 11);
    private static final Color NUMBER = Color.web("#333333");
    private static final double STRIP = 5;

    private ConditionsLayer() {}

    /** The plot area in pixels and the data range it shows. */
    record Window(double x, double y, double w, double h, double x0, double x1, double y0, double y1) {
        double px(double v) {
            return x + (v - x0) / (x1 - x0) * w;
        }

        double py(double v) {
            return y + h - (v - y0) / (y1 - y0) * h;
        }
    }

    /** The wash, the two strips and the c2 slope line, behind φ; nothing when the picture has no conditions. */
    static void drawBands(GraphicsContext g, LineSearchPicture picture, Window f) {
        LineSearchConditions conditions = picture.conditions();
        if (conditions == null) {
            return;
        }
        g.setFill(BOTH);
        for (LineSearchConditions.Interval i : conditions.strongWolfe()) {
            fillSpan(g, f, i, f.y, f.h);
        }
        g.setFill(ARMIJO_HOLDS);
        for (LineSearchConditions.Interval i : conditions.armijo()) {
            fillSpan(g, f, i, f.y + f.h - STRIP - 1, STRIP);
        }
        g.setFill(CURVATURE_HOLDS);
        for (LineSearchConditions.Interval i : conditions.curvature()) {
            fillSpan(g, f, i, f.y + f.h - 2 * STRIP - 2, STRIP);
        }
        // the slope c2·φ′(0) from (0, φ(0)), down to the frame's bottom or right edge
        double slope = -conditions.curvatureBound();
        double end = slope < 0 ? Math.min(f.x1, (f.y0 - picture.lossBefore()) / slope) : f.x1;
        g.setStroke(CURVATURE_HOLDS);
        g.setLineWidth(1.4);
        g.setLineDashes(2, 3);
        g.strokeLine(f.px(0), f.py(picture.lossBefore()), f.px(end), f.py(picture.lossBefore() + slope * end));
        g.setLineDashes();
    }

    /**
     * The trials' numbers, then (with conditions) "strong Wolfe" over its widest interval and a key to the strips
     * above them at the bottom right; each label only where it touches no label drawn so far.
     */
    static void drawLabels(GraphicsContext g, ChartText text, LineSearchPicture picture, Window f) {
        List<Bounds> markers = markers(picture, f);
        drawTrialNumbers(g, text, picture, f, markers);
        LineSearchConditions conditions = picture.conditions();
        if (conditions == null) {
            return;
        }
        g.setFont(NUMBER_FONT);
        g.setTextBaseline(VPos.CENTER);
        double h = text.height(NUMBER_FONT);
        LineSearchConditions.Interval widest = null;
        for (LineSearchConditions.Interval i : conditions.strongWolfe()) {
            widest = widest == null || i.to() - i.from() > widest.to() - widest.from() ? i : widest;
        }
        if (widest != null) {
            double from = f.px(Math.max(f.x0, widest.from()));
            double to = f.px(Math.min(f.x1, widest.to()));
            g.setFill(ARMIJO_HOLDS.darker());
            g.setTextAlign(TextAlignment.CENTER);
            placeIf(g, text, "strong Wolfe", (from + to) / 2, f.y + 4 + h / 2, to - from, f, markers);
        }
        // the key, right-aligned above the two strips: "Armijo holds" in green, the curvature test in purple
        double y = f.y + f.h - 2 * STRIP - 4 - h / 2;
        String curvature = "|φ′| ≤ " + Numbers.plain(conditions.c2(), 3) + "·|φ′(0)|";
        double curvatureW = text.width(curvature, NUMBER_FONT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(CURVATURE_HOLDS);
        if (placeIf(g, text, curvature, f.x + f.w - 4, y, f.w, f, markers)) {
            g.setFill(ARMIJO_HOLDS.darker());
            placeIf(g, text, "Armijo holds", f.x + f.w - 4 - curvatureW - 10, y, f.w, f, markers);
        }
    }

    // fills s (g's alignment, centred vertically) when it fits in maxWidth, inside f and clear of every label so far
    private static boolean placeIf(GraphicsContext g, ChartText text, String s, double x, double cy, double maxWidth,
            Window f, List<Bounds> markers) {
        double w = text.width(s, g.getFont());
        double h = text.height(g.getFont());
        TextAlignment align = g.getTextAlign();
        double left = align == TextAlignment.CENTER ? x - w / 2 : align == TextAlignment.RIGHT ? x - w : x;
        if (w > maxWidth || left < f.x || left + w > f.x + f.w || cy - h / 2 < f.y || cy + h / 2 > f.y + f.h
                || !free(text.boxes(), left, cy - h / 2, w, h) || !free(markers, left, cy - h / 2, w, h)) {
            return false;
        }
        text.fill(g, s, x, cy);
        return true;
    }

    // numbers 1, 2, … by each trial, above or below its marker; a number with no room is left out
    private static void drawTrialNumbers(GraphicsContext g, ChartText text, LineSearchPicture picture, Window f,
            List<Bounds> markers) {
        double[] a = picture.triedSteps();
        double[] v = picture.triedLosses();
        g.setFont(NUMBER_FONT);
        g.setFill(NUMBER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double h = text.height(NUMBER_FONT);
        for (int k = 0; k < a.length; k++) {
            String label = Integer.toString(k + 1);
            double w = text.width(label, NUMBER_FONT);
            double px = f.px(a[k]);
            double py = Double.isFinite(v[k]) ? Math.max(f.y + 1, Math.min(f.y + f.h - 1, f.py(v[k]))) : f.y + 1;
            for (double dy : new double[] {-13, 13, -26, 26, -39}) {
                double cx = px;
                double cy = py + dy;
                if (cy - h / 2 >= f.y && cy + h / 2 <= f.y + f.h && cx - w / 2 >= f.x && cx + w / 2 <= f.x + f.w
                        && free(text.boxes(), cx - w / 2, cy - h / 2, w, h)
                        && free(markers, cx - w / 2, cy - h / 2, w, h)) {
                    text.fill(g, label, cx, cy);
                    break;
                }
            }
        }
    }

    // the trial markers' boxes (as LineSearchPlot draws them, 12 px across), which labels keep clear of
    private static List<Bounds> markers(LineSearchPicture picture, Window f) {
        List<Bounds> out = new ArrayList<>();
        double[] a = picture.triedSteps();
        double[] v = picture.triedLosses();
        for (int k = 0; k < a.length; k++) {
            double py = Double.isFinite(v[k]) ? Math.max(f.y + 1, Math.min(f.y + f.h - 1, f.py(v[k]))) : f.y + 1;
            out.add(new BoundingBox(f.px(a[k]) - 6, py - 6, 12, 12));
        }
        return out;
    }

    private static void fillSpan(GraphicsContext g, Window f, LineSearchConditions.Interval i, double top,
            double height) {
        double from = f.px(Math.max(f.x0, i.from()));
        double to = f.px(Math.min(f.x1, i.to()));
        if (to > from) {
            g.fillRect(from, top, Math.max(1, to - from), height);
        }
    }

    private static boolean free(List<Bounds> boxes, double x, double y, double w, double h) {
        for (Bounds b : boxes) {
            if (x < b.getMaxX() && x + w > b.getMinX() && y < b.getMaxY() && y + h > b.getMinY()) {
                return false;
            }
        }
        return true;
    }
}
