package dev.moons.render.chart;

import static dev.moons.render.chart.ChartStyle.AXIS;
import static dev.moons.render.chart.ChartStyle.GRID;
import static dev.moons.render.chart.ChartStyle.LABEL_FONT;
import static dev.moons.render.chart.ChartStyle.MUTED;
import static dev.moons.render.chart.ChartStyle.SMALL_FONT;
import static dev.moons.render.chart.ChartStyle.TEXT;
import static dev.moons.render.chart.ChartStyle.TICK_FONT;
import static dev.moons.render.chart.ChartStyle.crisp;

import dev.moons.io.Numbers;
import dev.moons.render.Palette;
import dev.moons.training.Method;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The whole Hessian spectrum of each run at one epoch as a strip: one row per run, every eigenvalue a thin tick in
 * the run's colour on a shared linear λ axis (the bulk near 0, the few large outliers to the right), the run's
 * stability threshold 2/step dashed with the region beyond it shaded as unstable (or, when it lies past the axis,
 * its value at the right edge).
 */
public final class SpectrumStrip extends CanvasRegion {
    private static final double LEFT_PAD = 8;
    private static final double RIGHT_PAD = 12;
    private static final double AXIS_H = 20;
    private static final double SHADE_OPACITY = 0.13;

    /** One run's row: its eigenvalues (descending) and the step size its threshold 2/step comes from. */
    public record Row(Method method, String name, double[] eigenvalues, double step) {
        /** The stability threshold 2/step, NaN when the step is not positive. */
        public double threshold() {
            return step > 0 && Double.isFinite(step) ? 2 / step : Double.NaN;
        }
    }

    private final ChartText text = new ChartText();
    private List<Row> rows = List.of();
    private String note = "spectrum: not computed yet";

    /** An empty strip showing a hint. */
    public SpectrumStrip() {
        getStyleClass().add("spectrum-strip");
        setStyle("-fx-background-color: white;");
        setMinSize(120, 50);
        setPrefSize(400, 76);
    }

    /** Draws {@code next} (rows without eigenvalues say why in {@code name}). */
    public void show(List<Row> next) {
        rows = List.copyOf(next);
        redraw();
    }

    /** Clears the strip and shows {@code message}. */
    public void clear(String message) {
        rows = List.of();
        note = message;
        redraw();
    }

    /** The rows drawn now (empty while a message shows). */
    public List<Row> rows() {
        return rows;
    }

    /** What the last redraw put where: the labels' boxes. */
    public ChartLayout lastLayout() {
        return new ChartLayout(List.copyOf(text.boxes()), null, null);
    }

    @Override
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        text.clearBoxes();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (rows.isEmpty() || w < 120 || h < 40) {
            g.setFill(MUTED);
            g.setFont(LABEL_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            text.fill(g, text.fit(note, LABEL_FONT, Math.max(10, w - 16)), w / 2, h / 2);
            return;
        }
        double nameW = 0;
        for (Row r : rows) {
            nameW = Math.max(nameW, text.width(r.name(), SMALL_FONT));
        }
        double x0 = LEFT_PAD + nameW + 8;
        double x1 = w - RIGHT_PAD;
        double rowH = (h - AXIS_H - 4) / rows.size();
        double[] range = range();
        double[] ticks = Ticks.linear(range[0], range[1], Math.max(2, (int) ((x1 - x0) / 70)));
        double lo = Math.min(range[0], ticks[0]);
        double hi = Math.max(range[1], ticks[ticks.length - 1]);
        g.setLineWidth(1);
        g.setStroke(GRID);
        for (double t : ticks) {
            double px = crisp(x0 + (t - lo) / (hi - lo) * (x1 - x0));
            g.strokeLine(px, 2, px, 2 + rows.size() * rowH);
        }
        for (int i = 0; i < rows.size(); i++) {
            drawRow(g, rows.get(i), x0, x1, 2 + i * rowH, rowH, lo, hi);
        }
        drawAxis(g, ticks, x0, x1, 2 + rows.size() * rowH, lo, hi);
    }

    // [min(0, λ_min), λ_max] over the rows, widened a little
    private double[] range() {
        double lo = 0;
        double hi = 0;
        for (Row r : rows) {
            if (r.eigenvalues() != null) {
                for (double v : r.eigenvalues()) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double pad = 0.04 * (hi - lo);
        return new double[] {lo < 0 ? lo - pad : 0, hi + pad};
    }

    private void drawRow(GraphicsContext g, Row r, double x0, double x1, double top, double rowH, double lo,
            double hi) {
        Color colour = Palette.of(r.method());
        double bandTop = top + 3;
        double bandH = rowH - 6;
        g.setFill(colour);
        g.setFont(SMALL_FONT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        text.fill(g, r.name(), x0 - 6, top + rowH / 2);
        double threshold = r.threshold();
        String beyond = null;
        if (threshold <= hi) {
            // the unstable region: eigenvalues beyond 2/step make a fixed step of that size overshoot
            double px = crisp(x0 + (Math.max(threshold, lo) - lo) / (hi - lo) * (x1 - x0));
            g.setFill(colour.deriveColor(0, 1, 1, SHADE_OPACITY));
            g.fillRect(px, bandTop, x1 - px, bandH);
            g.setStroke(colour);
            g.setLineWidth(1.5);
            g.setLineDashes(5, 3);
            g.strokeLine(px, bandTop, px, bandTop + bandH);
            g.setLineDashes();
        } else if (Double.isFinite(threshold)) {
            beyond = "2/" + stepName(r) + " = " + Numbers.plain(threshold, 3) + " →";
        }
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeRect(crisp(x0), crisp(bandTop), Math.round(x1 - x0), Math.round(bandH));
        if (r.eigenvalues() == null) {
            g.setFill(MUTED);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            text.fill(g, "not finite (diverged)", x0 + 6, top + rowH / 2);
            return;
        }
        g.setStroke(colour.deriveColor(0, 1, 1, 0.75));
        g.setLineWidth(2);
        for (double v : r.eigenvalues()) {
            double px = x0 + (v - lo) / (hi - lo) * (x1 - x0);
            g.strokeLine(px, bandTop + 2, px, bandTop + bandH - 2);
        }
        if (beyond != null) {
            // the threshold past the axis, at the right end on white so no tick runs through it
            double tw = text.width(beyond, SMALL_FONT);
            double th = text.height(SMALL_FONT);
            double cy = bandTop + bandH / 2;
            g.setFill(Color.WHITE);
            g.fillRect(x1 - tw - 6, cy - th / 2 - 1, tw + 5, th + 2);
            g.setFill(colour);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            text.fill(g, beyond, x1 - 3, cy);
        }
    }

    private static String stepName(Row r) {
        return r.method().isFixedStep() ? "lr" : "α";
    }

    private void drawAxis(GraphicsContext g, double[] ticks, double x0, double x1, double y, double lo, double hi) {
        g.setFill(MUTED);
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : hi - lo;
        List<double[]> placed = new ArrayList<>();
        for (double t : ticks) {
            String label = Ticks.format(t, step);
            double px = x0 + (t - lo) / (hi - lo) * (x1 - x0);
            double half = text.width(label, TICK_FONT) / 2;
            boolean clear = placed.isEmpty() || px - half > placed.get(placed.size() - 1)[1] + 4;
            if (clear && px + half <= x1 + RIGHT_PAD) {
                text.fill(g, label, px, y + 2);
                placed.add(new double[] {px - half, px + half});
            }
        }
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        text.fill(g, "λ", LEFT_PAD, y + 2);
    }
}
