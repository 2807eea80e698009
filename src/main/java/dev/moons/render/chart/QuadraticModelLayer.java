package dev.moons.render.chart;

import dev.moons.curvature.QuadraticModel;
import dev.moons.io.Numbers;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The quadratic-model layer of a {@link LineSearchPlot}: the model φ(0) − α‖g‖² + ½α²·gᵀHg as a purple dash-dot
 * curve over the true φ, its minimiser α* = ‖g‖²/gᵀHg as a dotted vertical line labelled at the top (or, when
 * α* lies past the plotted range, a label at the right edge; when gᵀHg ≤ 0, a note that there is no minimiser),
 * and a small key in the bottom-left corner. Drawn unclipped before the plot covers what lies outside its frame.
 */
final class QuadraticModelLayer {
    /** The model's colour: purple, apart from both runs' and the trials' colours. */
    static final Color MODEL = Color.web("#8E44AD");
    private static final Font FONT = Font.font(Font.getDefault().getFamily(), 12);
    private static final int SAMPLES = 120;
    /** Below this frame height the labels are left out (the curve and α* stay). */
    private static final double MIN_LABEL_HEIGHT = 70;

    private QuadraticModelLayer() {}

    /**
     * The plot frame in canvas pixels (x, y, w, h) and the data range it shows (α from x0 to x1, φ from y0 to y1).
     */
    record Window(double x, double y, double w, double h, double x0, double x1, double y0, double y1) {
        double px(double v) {
            return x + (v - x0) / (x1 - x0) * w;
        }

        double py(double v) {
            return y + h - (v - y0) / (y1 - y0) * h;
        }

        // far-off values stay a little beyond the frame, so the covered edge keeps the curve's slope
        double looseY(double v) {
            return Math.max(y - h, Math.min(y + 2 * h, py(v)));
        }
    }

    /** Draws {@code model} (nothing when null) into window {@code f}; labels are recorded in {@code text}. */
    static void draw(GraphicsContext g, ChartText text, QuadraticModel model, Window f) {
        if (model == null || !Double.isFinite(model.curvature())) {
            return;
        }
        g.save();
        g.setStroke(MODEL);
        g.setLineWidth(1.8);
        g.setLineDashes(9, 4, 2, 4);
        g.beginPath();
        for (int i = 0; i <= SAMPLES; i++) {
            double alpha = f.x0() + (f.x1() - f.x0()) * i / SAMPLES;
            double px = f.px(alpha);
            double py = f.looseY(model.value(alpha));
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
        g.setLineDashes();
        boolean labels = f.h() >= MIN_LABEL_HEIGHT;
        g.setFont(FONT);
        g.setFill(MODEL);
        g.setTextBaseline(VPos.TOP);
        double star = model.minimiser();
        if (!model.hasMinimiser()) {
            if (labels) {
                g.setTextAlign(TextAlignment.RIGHT);
                text.fill(g, text.fit("gᵀHg ≤ 0: the model has no minimiser", FONT, f.w() - 12),
                        f.x() + f.w() - 6, f.y() + 4);
            }
        } else if (star <= f.x1()) {
            double px = Math.floor(f.px(star)) + 0.5;
            g.setLineWidth(1.4);
            g.setLineDashes(2, 3);
            g.strokeLine(px, f.y(), px, f.y() + f.h());
            g.setLineDashes();
            double py = Math.max(f.y() + 1, Math.min(f.y() + f.h() - 1, f.py(model.minimum())));
            g.fillPolygon(new double[] {px - 5, px + 5, px}, new double[] {py - 5, py - 5, py + 3}, 3);
            if (labels) {
                String label = "α* " + Numbers.plain(star, 3);
                boolean right = px + 4 + text.width(label, FONT) < f.x() + f.w() - 4;
                g.setTextAlign(right ? TextAlignment.LEFT : TextAlignment.RIGHT);
                text.fill(g, label, right ? px + 4 : px - 4, f.y() + 4);
            }
        } else if (labels) {
            g.setTextAlign(TextAlignment.RIGHT);
            text.fill(g, "α* " + Numbers.plain(star, 3) + " →", f.x() + f.w() - 6, f.y() + 4);
        }
        if (labels) {
            drawKey(g, text, f);
        }
        g.restore();
    }

    // the key: a swatch of the dash-dot line and "quadratic model", on white, in the bottom-left corner
    private static void drawKey(GraphicsContext g, ChartText text, Window f) {
        String name = "quadratic model";
        double textW = text.width(name, FONT);
        double rowH = text.height(FONT);
        double x = f.x() + 6;
        double y = f.y() + f.h() - rowH - 8;
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRect(x - 2, y - 2, 26 + textW + 4, rowH + 4);
        g.setStroke(MODEL);
        g.setLineWidth(1.8);
        g.setLineDashes(9, 4, 2, 4);
        g.strokeLine(x, y + rowH / 2, x + 20, y + rowH / 2);
        g.setLineDashes();
        g.setFill(MODEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        text.fill(g, name, x + 26, y + rowH / 2);
    }
}
