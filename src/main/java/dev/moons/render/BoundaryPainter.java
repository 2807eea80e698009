package dev.moons.render;

import dev.moons.training.BoundaryContour;

import dev.moons.data.Dataset;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints a boundary pane's canvases: the moons scatter (train filled with a white rim, test as hollow rings), the
 * p = 0.5 contour (white halo under a dark line) and the key under the map.
 */
final class BoundaryPainter {
    /** The contour's colour, also its swatch in the key. */
    static final Color CONTOUR = Color.web("#1a1a1a");
    private static final Color HALO = Color.rgb(255, 255, 255, 0.75);
    private static final Color KEY_TEXT = Color.web("#333333");
    private static final Font KEY_FONT = Font.font(Font.getDefault().getFamily(), 13);

    private BoundaryPainter() {}

    /** The training and test points (raw data coordinates) on a canvas laid over the map. */
    static void drawPoints(Canvas points, MapArea area, Dataset train, Dataset test) {
        GraphicsContext g = points.getGraphicsContext2D();
        g.clearRect(0, 0, points.getWidth(), points.getHeight());
        if (!area.drawable()) {
            return;
        }
        double r = Math.max(2.5, Math.min(5, area.w() / 140));
        if (train != null) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            for (int i = 0; i < train.size(); i++) {
                double x = area.sx(train.x1(i));
                double y = area.sy(train.x2(i));
                g.setFill(classColor(train.label(i)));
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        if (test != null) {
            for (int i = 0; i < test.size(); i++) {
                double x = area.sx(test.x1(i));
                double y = area.sy(test.x2(i));
                g.setStroke(Color.WHITE);
                g.setLineWidth(3.6);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(classColor(test.label(i)));
                g.setLineWidth(1.8);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    /** {@code traced} (grid-index coordinates), scaled from grid cells to the map, on a canvas laid over it. */
    static void drawContour(Canvas contour, MapArea area, BoundaryContour traced) {
        GraphicsContext g = contour.getGraphicsContext2D();
        g.clearRect(0, 0, contour.getWidth(), contour.getHeight());
        if (!area.drawable() || traced.segments() == 0) {
            return;
        }
        double kx = area.w() / area.grid().width();
        double ky = area.h() / area.grid().height();
        double[] p = traced.points();
        int[] starts = traced.starts();
        int polylines = traced.polylines();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.BEVEL); // no arc per vertex: the polyline turns by small angles at every cell
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? HALO : CONTOUR);
            g.setLineWidth(pass == 0 ? 5 : 2.5);
            g.beginPath();
            for (int line = 0; line < polylines; line++) {
                int k = starts[line];
                g.moveTo((p[2 * k] + 0.5) * kx, (p[2 * k + 1] + 0.5) * ky);
                for (k++; k < starts[line + 1]; k++) {
                    g.lineTo((p[2 * k] + 0.5) * kx, (p[2 * k + 1] + 0.5) * ky);
                }
            }
            g.stroke();
        }
    }

    /**
     * The key under the map, from {@code x}: class colours, train filled / test hollow, the p = 0.5 line; where
     * the key is narrower than that, the same items with short names (0, 1, train, test, 0.5), from its left edge.
     */
    static void drawKey(Canvas key, double x) {
        GraphicsContext g = key.getGraphicsContext2D();
        g.clearRect(0, 0, key.getWidth(), key.getHeight());
        g.setFont(KEY_FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double y = key.getHeight() / 2;
        String[] names = keyNames(x, key.getWidth());
        if (names == SHORT_KEY_NAMES) {
            x = Math.max(0, Math.min(x, key.getWidth() - keyWidth(names)));
        }
        x = keyDot(g, x, y, ClassColors.CLASS0, true, names[0]);
        x = keyDot(g, x, y, ClassColors.CLASS1, true, names[1]);
        x = keyDot(g, x, y, 0xFF555555, true, names[2]);
        x = keyDot(g, x, y, 0xFF555555, false, names[3]);
        g.setStroke(CONTOUR);
        g.setLineWidth(2.5);
        g.strokeLine(x, y, x + 20, y);
        g.setFill(KEY_TEXT);
        g.fillText(names[4], x + 26, y);
    }

    private static final String[] KEY_NAMES = {"class 0", "class 1", "train", "test", "p = 0.5"};
    private static final String[] SHORT_KEY_NAMES = {"0", "1", "train", "test", "0.5"};

    /** The key's five names: the full ones when they fit in {@code width} from {@code x}, else the short ones. */
    static String[] keyNames(double x, double width) {
        return x + keyWidth(KEY_NAMES) <= width ? KEY_NAMES : SHORT_KEY_NAMES;
    }

    /** The width (px) the key's items with {@code names} take, by the same advance the drawing uses. */
    static double keyWidth(String[] names) {
        double w = 0;
        for (int i = 0; i < 4; i++) {
            w += keyAdvance(names[i]);
        }
        return w + 26 + names[4].length() * 7.5;
    }

    private static double keyAdvance(String text) {
        return 15 + text.length() * 7.5 + 16;
    }

    private static double keyDot(GraphicsContext g, double x, double y, int colour, boolean filled, String text) {
        Color c = fx(colour);
        if (filled) {
            g.setFill(c);
            g.fillOval(x, y - 5, 10, 10);
        } else {
            g.setStroke(c);
            g.setLineWidth(1.8);
            g.strokeOval(x + 1, y - 4, 8, 8);
        }
        g.setFill(KEY_TEXT);
        g.fillText(text, x + 15, y);
        return x + keyAdvance(text);
    }

    // the two class colours made once: a scatter of 1000 points sets 2000 paints
    private static final Color CLASS0_FX = fx(ClassColors.CLASS0);
    private static final Color CLASS1_FX = fx(ClassColors.CLASS1);

    private static Color classColor(int label) {
        return ClassColors.ofClass(label) == ClassColors.CLASS1 ? CLASS1_FX : CLASS0_FX;
    }

    private static Color fx(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
