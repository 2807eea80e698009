package dev.moons.render.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Measures label widths with one reused {@link Text} node (one per chart), shortens labels to fit, and draws
 * labels while keeping the box of each one drawn since the last {@link #clearBoxes}, so that a redraw's text
 * layout can be checked for collisions.
 */
final class ChartText {
    private final Text measure = new Text();
    private final List<Bounds> boxes = new ArrayList<>();

    /** The width in pixels of {@code s} set in {@code font}. */
    double width(String s, Font font) {
        measure.setFont(font);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    /** The line height in pixels of {@code font}. */
    double height(Font font) {
        measure.setFont(font);
        measure.setText("Ag");
        return measure.getLayoutBounds().getHeight();
    }

    /** {@code text} if it fits in {@code width}, else its longest prefix that fits with an ellipsis. */
    String fit(String text, Font font, double width) {
        if (width(text, font) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 1 && width(text.substring(0, end).stripTrailing() + "…", font) > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** Fills {@code s} at (x, y) with g's font, alignment and baseline, and keeps its box (unrotated g only). */
    void fill(GraphicsContext g, String s, double x, double y) {
        g.fillText(s, x, y);
        double w = width(s, g.getFont());
        double h = height(g.getFont());
        TextAlignment align = g.getTextAlign();
        double left = align == TextAlignment.CENTER ? x - w / 2 : align == TextAlignment.RIGHT ? x - w : x;
        VPos base = g.getTextBaseline();
        double top = base == VPos.CENTER ? y - h / 2 : base == VPos.BOTTOM ? y - h : base == VPos.TOP ? y : y - 0.8 * h;
        record(left, top, w, h);
    }

    /** Keeps a box drawn some other way (e.g. rotated text). */
    void record(double x, double y, double w, double h) {
        boxes.add(new BoundingBox(x, y, w, h));
    }

    /** Forgets the boxes: a redraw starts. */
    void clearBoxes() {
        boxes.clear();
    }

    /** The boxes of the labels drawn since the last {@link #clearBoxes} (unmodifiable view). */
    List<Bounds> boxes() {
        return Collections.unmodifiableList(boxes);
    }
}
