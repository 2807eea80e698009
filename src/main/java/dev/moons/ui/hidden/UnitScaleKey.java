package dev.moons.ui.hidden;

import dev.moons.io.Numbers;
import dev.moons.render.Formats;
import dev.moons.render.UnitScale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;

/** The colour key in the hidden-units header: the scale's smallest value, a colour bar, its largest value. */
final class UnitScaleKey {
    final Canvas bar = new Canvas(90, 12);
    final Label min = new Label();
    final Label max = new Label();

    UnitScaleKey() {
        min.getStyleClass().add("hint");
        max.getStyleClass().add("hint");
        min.setId("unitScaleMin");
        max.setId("unitScaleMax");
        draw(null);
    }

    /** Paints the bar for {@code scale} and labels its ends; null empties both. */
    void draw(UnitScale scale) {
        GraphicsContext g = bar.getGraphicsContext2D();
        double w = bar.getWidth();
        double h = bar.getHeight();
        g.clearRect(0, 0, w, h);
        if (scale == null) {
            min.setText("");
            max.setText("");
            return;
        }
        for (int x = 0; x < w; x++) {
            double a = scale.min() + (scale.max() - scale.min()) * (x + 0.5) / w;
            g.setFill(fx(scale.argb((float) a)));
            g.fillRect(x, 0, 1, h);
        }
        g.setStroke(Color.rgb(0, 0, 0, 0.4));
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        min.setText(end(scale.min()));
        max.setText(end(scale.max()));
    }

    /** "−1…1" or "0…14.4": from full grey (or white) to full red, three significant digits. */
    static String text(UnitScale scale) {
        return end(scale.min()).replace('-', '−') + "…" + end(scale.max());
    }

    private static String end(double v) {
        return Formats.num(Numbers.round(v, 3));
    }

    private static Color fx(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }
}
