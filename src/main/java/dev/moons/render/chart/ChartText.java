package dev.moons.render.chart;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures label widths with one reused {@link Text} node (one per chart) and shortens labels to fit. */
final class ChartText {
    private final Text measure = new Text();

    /** The width in pixels of {@code s} set in {@code font}. */
    double width(String s, Font font) {
        measure.setFont(font);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
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
}
