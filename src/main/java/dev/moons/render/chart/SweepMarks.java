package dev.moons.render.chart;

import static dev.moons.render.chart.ChartStyle.SMALL_FONT;

import dev.moons.training.Summary;
import dev.moons.training.sweep.SweepAggregate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * What a sweep panel shows of the data: the backtracking band (mean ± std across the width, with its value), the
 * fixed-LR line through the per-lr means with ±std bars and "k/n diverged" notes, and a red × per learning rate
 * whose runs all diverged, in the strip above the rectangle.
 */
final class SweepMarks {
    private final SweepPlot.Metric metric;
    private final Color fixedColor;
    private final Color bandColor;
    private final ChartText text;

    SweepMarks(SweepPlot.Metric metric, Color fixedColor, Color bandColor, ChartText text) {
        this.metric = metric;
        this.fixedColor = fixedColor;
        this.bandColor = bandColor;
        this.text = text;
    }

    /** The band mean ± std of {@code s} across the width, its dashed mean line and a value label. */
    void drawBand(GraphicsContext g, SweepFrame f, Summary s) {
        if (!Double.isFinite(s.mean())) {
            return;
        }
        double yHi = f.clampY(f.py(s.mean() + s.std()));
        double yLo = f.clampY(f.py(s.mean() - s.std()));
        double yMean = f.py(s.mean());
        g.setFill(bandColor.deriveColor(0, 1, 1, 0.18));
        g.fillRect(f.x(), yHi, f.w(), Math.max(1, yLo - yHi));
        g.setStroke(bandColor);
        g.setLineWidth(2);
        g.setLineDashes(8, 5);
        g.strokeLine(f.x(), yMean, f.x() + f.w(), yMean);
        g.setLineDashes();
        String label = "backtracking " + value(s.mean()) + (s.std() > 0 ? " ± " + value(s.std()) : "");
        g.setFont(SMALL_FONT);
        double tw = text.width(label, SMALL_FONT) + 10;
        double ly = yHi - 20 >= f.y() ? yHi - 20 : Math.min(yLo + 3, f.y() + f.h() - 18);
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(f.x() + 6, ly, tw, 17, 6, 6);
        g.setFill(bandColor.darker());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, f.x() + 11, ly + 9);
    }

    /** The fixed-LR means joined by a line, each with its ±std bar, dot and diverged count, clipped near f. */
    void drawFixed(GraphicsContext g, SweepFrame f, List<SweepAggregate> points) {
        g.save();
        g.beginPath();
        g.rect(f.x() - 6, f.y() - 6, f.w() + 12, f.h() + 12);
        g.clip();
        g.setStroke(fixedColor);
        g.setLineWidth(2.4);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.beginPath();
        boolean pen = false;
        for (SweepAggregate a : points) {
            double mean = metric.of(a).mean();
            if (a.completed() == 0 || !visible(mean)) {
                pen = false;
                continue;
            }
            double x = f.px(Math.log10(a.lr()));
            double y = f.py(mean);
            if (pen) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                pen = true;
            }
        }
        g.stroke();
        for (SweepAggregate a : points) {
            Summary s = metric.of(a);
            if (a.completed() == 0 || !visible(s.mean())) {
                continue;
            }
            double x = f.px(Math.log10(a.lr()));
            double y = f.py(s.mean());
            if (s.std() > 0) {
                double yHi = f.clampY(f.py(s.mean() + s.std()));
                double yLo = f.clampY(f.py(s.mean() - s.std()));
                g.setLineWidth(1.6);
                g.strokeLine(x, yHi, x, yLo);
                g.strokeLine(x - 5, yHi, x + 5, yHi);
                g.strokeLine(x - 5, yLo, x + 5, yLo);
            }
            g.setFill(Color.WHITE);
            g.fillOval(x - 5, y - 5, 10, 10);
            g.setFill(fixedColor);
            g.fillOval(x - 4, y - 4, 8, 8);
            if (a.diverged() > 0) {
                g.setFont(SMALL_FONT);
                g.setFill(SweepPlot.DIVERGED_COLOR);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(a.diverged() + "/" + a.runs() + " diverged", x, f.clampY(f.py(s.mean() + s.std())) - 4);
            }
        }
        g.restore();
    }

    /** A × and "diverged" in the top strip for every learning rate whose runs all diverged. */
    void drawDiverged(GraphicsContext g, SweepFrame f, List<SweepAggregate> points) {
        double top = f.top();
        for (SweepAggregate a : points) {
            if (!a.isDiverged()) {
                continue;
            }
            double x = f.px(Math.log10(a.lr()));
            cross(g, x, top + 11, 6);
            g.setFont(SMALL_FONT);
            g.setFill(SweepPlot.DIVERGED_COLOR);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            double half = text.width("diverged", SMALL_FONT) / 2 + 2;
            g.fillText("diverged", Math.max(f.x() + half, Math.min(f.x() + f.w() - half, x)), top + 19);
        }
    }

    /** A red × of half-size {@code r} centred on (x, y). */
    static void cross(GraphicsContext g, double x, double y, double r) {
        g.setStroke(SweepPlot.DIVERGED_COLOR);
        g.setLineWidth(2.6);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(x - r, y - r, x + r, y + r);
        g.strokeLine(x - r, y + r, x + r, y - r);
    }

    private boolean visible(double v) {
        return Double.isFinite(v) && (!metric.isLog() || v > 0);
    }

    private String value(double v) {
        return String.format(Locale.ROOT, metric.format(), v);
    }
}
