package dev.moons.render.chart;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The fonts, greys and padding that the line and sweep charts share, and the pixel-snapping rule. */
final class ChartStyle {
    static final String FAMILY = Font.getDefault().getFamily();
    static final Font TITLE_FONT = Font.font(FAMILY, FontWeight.BOLD, 17);
    static final Font LABEL_FONT = Font.font(FAMILY, 14);
    static final Font TICK_FONT = Font.font(FAMILY, 13);
    static final Font SMALL_FONT = Font.font(FAMILY, 12);
    static final Color TEXT = Color.web("#222222");
    static final Color MUTED = Color.web("#666666");
    static final Color GRID = Color.web("#e3e3e3");
    static final Color AXIS = Color.web("#8a8a8a");
    /** Space between the canvas edge and anything drawn, in pixels. */
    static final double PAD = 10;

    private ChartStyle() {}

    /** The centre of the pixel holding {@code v}: a 1 px line there covers one pixel row or column exactly. */
    static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }
}
