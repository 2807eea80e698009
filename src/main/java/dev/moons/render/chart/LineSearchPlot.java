package dev.moons.render.chart;

import dev.moons.io.Numbers;
import dev.moons.render.Palette;
import dev.moons.training.LineSearchPicture;
import dev.moons.training.Method;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * One line-search step drawn on a canvas: φ(α) = L(θ − α·g) against α in the search method's colour, the Armijo line L(θ) − c·α·‖g‖²,
 * rejected trials as hollow red circles, the accepted α as a filled green dot, and the fixed run's α = lr as
 * an orange vertical line with φ(lr) on it (only while a lane steps plain GD), and φ's quadratic model with its minimiser α* when the picture has one
 * ({@link QuadraticModelLayer}). Values far above L(θ) are clipped to the top edge. When the picture has
 * conditions, where sufficient decrease, the curvature test and both hold ({@link ConditionsLayer}), and the
 * trials numbered in order. One job, drawing one picture: its frame, the layers above, and the legend that names
 * them (over 400 lines because the frame, the legend's wrapping and the swatches depend on each other).
 */
public final class LineSearchPlot extends CanvasRegion {
    /** φ(α) of a backtracking step: blue, as the backtracking run (another search's φ takes its method's colour). */
    public static final Color PHI = Palette.of(Method.BACKTRACKING);
    /** The Armijo line. */
    public static final Color ARMIJO = Color.web("#555555");
    /** Rejected trials. */
    public static final Color REJECTED = Color.web("#D62728");
    /** The accepted trial. */
    public static final Color ACCEPTED = Color.web("#009E73");
    /** The fixed run's learning rate: orange, as the fixed run. */
    public static final Color FIXED = Palette.of(Method.FIXED);

    private static final String FAMILY = Font.getDefault().getFamily();
    private static final Font LABEL_FONT = Font.font(FAMILY, 13);
    private static final Font TICK_FONT = Font.font(FAMILY, 12);
    private static final Font NOTE_FONT = Font.font(FAMILY, FontWeight.NORMAL, 14);
    private static final Color TEXT = Color.web("#222222");
    private static final Color MUTED = Color.web("#666666");
    private static final Color GRID = Color.web("#e6e6e6");
    private static final Color AXIS = Color.web("#8a8a8a");
    private static final double MIN_LEFT = 62;
    /** Where the rotated y title's centre line sits, from the left edge. */
    private static final double TITLE_X = 14;
    private static final double TITLE_GAP = 6;
    private static final double TICK_GAP = 5;
    private static final double RIGHT = 14;
    private static final double LEGEND_ROW = 18;
    private static final double BOTTOM = 38;

    private final ChartText text = new ChartText();
    private LineSearchPicture picture;
    private ChartLayout lastLayout = new ChartLayout(List.of(), null, null);
    private String note = "No step yet: train or step once to see the line search.";
    private boolean fixedShown = true;

    /** An empty plot showing a hint until the first picture. */
    public LineSearchPlot() {
        getStyleClass().add("line-search-plot");
        setStyle("-fx-background-color: white;");
        setMinSize(200, 150);
        setPrefSize(420, 300);
    }

    /** Draws {@code next}. */
    public void show(LineSearchPicture next) {
        this.picture = next;
        redraw();
    }

    /** Whether the fixed run's step α = lr is marked (only when a lane steps plain GD at lr); redraws. */
    public void setFixedStepShown(boolean shown) {
        fixedShown = shown;
        redraw();
    }

    /** Clears the plot and shows {@code message} instead. */
    public void clear(String message) {
        this.picture = null;
        this.note = message;
        redraw();
    }

    /** A new plot showing the same picture (or the same message), free to be laid out at another size. */
    public LineSearchPlot copy() {
        LineSearchPlot copy = new LineSearchPlot();
        copy.picture = picture;
        copy.note = note;
        copy.fixedShown = fixedShown;
        return copy;
    }

    /** What the last redraw put where: every label's box, the legend rows' box and the plot frame (canvas px). */
    public ChartLayout lastLayout() {
        return lastLayout;
    }

    /** The picture drawn now, or null. */
    public LineSearchPicture picture() {
        return picture;
    }

    @Override
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        text.clearBoxes();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (picture == null || w < MIN_LEFT + RIGHT + 60 || h < 2 * LEGEND_ROW + BOTTOM + 20) {
            g.setFill(MUTED);
            g.setFont(NOTE_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            text.fill(g, text.fit(note, NOTE_FONT, Math.max(10, w - 20)), w / 2, h / 2);
            lastLayout = new ChartLayout(List.copyOf(text.boxes()), null, null);
            return;
        }
        double top = legendHeight(w) + 6;
        Frame provisional = frame(picture, fixedShown, top, MIN_LEFT, w, h);
        double[] ys = Ticks.linear(provisional.y0, provisional.y1, Math.max(2, (int) (provisional.h / 45)));
        YLabels yLabels = yLabels(provisional, ys);
        // the left margin holds the rotated y title and the widest tick label side by side, never one over the other
        double widest = 0;
        for (String label : yLabels.labels()) {
            widest = Math.max(widest, text.width(label, TICK_FONT));
        }
        double left = Math.max(MIN_LEFT, TITLE_X + text.height(LABEL_FONT) / 2 + TITLE_GAP + widest + TICK_GAP);
        Frame f = frame(picture, fixedShown, top, Math.min(left, w / 2), w, h);
        double[] xs = Ticks.linear(f.x0, f.x1, Math.max(2, (int) (f.w / 80)));
        drawGrid(g, f, xs, ys);
        // the curves unclipped, then what lies outside the frame painted over (cheaper than a canvas clip)
        ConditionsLayer.Window window = new ConditionsLayer.Window(f.x, f.y, f.w, f.h, f.x0, f.x1, f.y0, f.y1);
        ConditionsLayer.drawBands(g, picture, window);
        drawArmijo(g, f);
        drawPhi(g, f);
        QuadraticModelLayer.draw(g, text, picture.model(),
                new QuadraticModelLayer.Window(f.x, f.y, f.w, f.h, f.x0, f.x1, f.y0, f.y1));
        drawFixedStep(g, f);
        drawTrials(g, f);
        coverOutside(g, f.x, f.y, f.w, f.h, Color.WHITE);
        ConditionsLayer.drawLabels(g, text, picture, window);
        double legendBottom = drawLegend(g, w);
        drawAxes(g, f, xs, ys, yLabels);
        lastLayout = new ChartLayout(List.copyOf(text.boxes()), new BoundingBox(0, 0, w, legendBottom),
                new BoundingBox(f.x, f.y, f.w, f.h));
    }

    // the y tick labels: plain values, or offsets φ(α) − φ(0) in units of 1e{exp} when φ barely moves
    private record YLabels(String[] labels, boolean offsets, int exp) {
    }

    private YLabels yLabels(Frame f, double[] ys) {
        double yStep = ys.length > 1 ? ys[1] - ys[0] : f.y1 - f.y0;
        // a φ that barely moves (span ~1e-6 around 0.31) reads as offsets from φ(0), not as repeated "0.310685"
        boolean offsets = Ticks.needsOffset(yStep, Math.max(Math.abs(f.y0), Math.abs(f.y1)));
        int exp = offsets ? Ticks.offsetExponent(yStep) : 0;
        String[] labels = new String[ys.length];
        for (int i = 0; i < ys.length; i++) {
            labels[i] = offsets ? Ticks.offsetLabel(ys[i], picture.lossBefore(), yStep, exp) : Ticks.format(ys[i], yStep);
        }
        return new YLabels(labels, offsets, exp);
    }

    private static void drawGrid(GraphicsContext g, Frame f, double[] xs, double[] ys) {
        g.setLineWidth(1);
        g.setStroke(GRID);
        for (double v : xs) {
            double px = crisp(f.px(v));
            g.strokeLine(px, f.y, px, f.y + f.h);
        }
        for (double v : ys) {
            double py = crisp(f.py(v));
            g.strokeLine(f.x, py, f.x + f.w, py);
        }
    }

    // the y range: every sampled φ and trial, but nothing far above L(θ) squashes the interesting part
    private static Frame frame(LineSearchPicture p, boolean fixedShown, double top, double left, double w, double h) {
        double lo = p.lossBefore();
        double hi = p.lossBefore();
        for (double v : p.phis()) {
            lo = finiteMin(lo, v);
            hi = finiteMax(hi, v);
        }
        for (double v : p.triedLosses()) {
            lo = finiteMin(lo, v);
            hi = finiteMax(hi, v);
        }
        lo = fixedShown ? finiteMin(lo, p.phiAtLr()) : lo;
        double drop = Math.max(p.lossBefore() - lo, 1e-6 * Math.max(1e-12, Math.abs(p.lossBefore())));
        hi = Math.min(hi, p.lossBefore() + 2.5 * drop);
        double[] y = Ticks.niceRange(lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo), 5);
        return new Frame(left, top, w - left - RIGHT, h - top - BOTTOM, 0, p.alphaMax(), y[0], y[1]);
    }

    private void drawAxes(GraphicsContext g, Frame f, double[] xs, double[] ys, YLabels yLabels) {
        g.setFont(TICK_FONT);
        g.setLineWidth(1);
        double xStep = xs.length > 1 ? xs[1] - xs[0] : f.x1;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(MUTED);
        double lastRight = Double.NEGATIVE_INFINITY;
        for (double v : xs) {
            String label = Ticks.format(v, xStep);
            double half = text.width(label, TICK_FONT) / 2;
            double px = crisp(f.px(v));
            // a label that would touch the one before it is left out (the grid line stays)
            if (px - half > lastRight + 4) {
                text.fill(g, label, px, f.y + f.h + 4);
                lastRight = px + half;
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < ys.length; i++) {
            text.fill(g, yLabels.labels()[i], f.x - TICK_GAP, crisp(f.py(ys[i])));
        }
        g.setStroke(AXIS);
        g.strokeRect(crisp(f.x), crisp(f.y), Math.round(f.w), Math.round(f.h));
        g.setFill(TEXT);
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        text.fill(g, "step size α", f.x + f.w / 2, f.y + f.h + BOTTOM - 4);
        String title = text.fit(yLabels.offsets() ? "φ(α) − φ(0), ×1e" + yLabels.exp() : "loss φ(α)", LABEL_FONT,
                f.h);
        double titleW = text.width(title, LABEL_FONT);
        double titleH = text.height(LABEL_FONT);
        g.save();
        g.translate(TITLE_X, f.y + f.h / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(title, 0, 0);
        g.restore();
        text.record(TITLE_X - titleH / 2, f.y + f.h / 2 - titleW / 2, titleH, titleW);
    }

    private void drawPhi(GraphicsContext g, Frame f) {
        double[] a = picture.alphas();
        double[] v = picture.phis();
        g.setStroke(Palette.of(picture.method()));
        g.setLineWidth(2.4);
        g.beginPath();
        boolean pen = false;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(v[i])) {
                pen = false;
                continue;
            }
            double px = f.px(a[i]);
            double py = Math.max(f.y - f.h, Math.min(f.y + 2 * f.h, f.py(v[i])));
            if (pen) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                pen = true;
            }
        }
        g.stroke();
    }

    private void drawArmijo(GraphicsContext g, Frame f) {
        g.setStroke(ARMIJO);
        g.setLineWidth(1.6);
        g.setLineDashes(7, 5);
        g.strokeLine(f.px(0), f.py(picture.armijo(0)), f.px(f.x1), f.py(picture.armijo(f.x1)));
        g.setLineDashes();
    }

    private void drawFixedStep(GraphicsContext g, Frame f) {
        double lr = picture.lr();
        if (!fixedShown || !(lr >= f.x0 && lr <= f.x1)) {
            return;
        }
        double px = crisp(f.px(lr));
        g.setStroke(FIXED);
        g.setLineWidth(2);
        g.setLineDashes(4, 3);
        g.strokeLine(px, f.y, px, f.y + f.h);
        g.setLineDashes();
        if (Double.isFinite(picture.phiAtLr())) {
            double py = f.clampedPy(picture.phiAtLr());
            g.setFill(FIXED);
            g.fillPolygon(new double[] {px, px + 6, px, px - 6}, new double[] {py - 6, py, py + 6, py}, 4);
        }
    }

    private void drawTrials(GraphicsContext g, Frame f) {
        double[] a = picture.triedSteps();
        double[] v = picture.triedLosses();
        int accepted = picture.acceptedIndex();
        for (int i = 0; i < a.length; i++) {
            double px = f.px(a[i]);
            double py = Double.isFinite(v[i]) ? f.clampedPy(v[i]) : f.y + 1;
            if (i == accepted) {
                g.setFill(ACCEPTED);
                g.fillOval(px - 6, py - 6, 12, 12);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.5);
                g.strokeOval(px - 6, py - 6, 12, 12);
            } else {
                g.setStroke(REJECTED);
                g.setLineWidth(2);
                g.strokeOval(px - 5, py - 5, 10, 10);
            }
        }
    }

    // the legend rows' height at width w, without drawing
    private double legendHeight(double w) {
        return drawLegend(null, w);
    }

    // the legend in rows across the top (g null: only measured); returns its bottom
    private double drawLegend(GraphicsContext g, double w) {
        String[] names = {"φ(α)", "Armijo line", "rejected", "accepted",
            "fixed lr " + Numbers.plain(picture.lr(), 3)};
        names = fixedShown ? names : Arrays.copyOf(names, 4);
        if (g != null) {
            g.setFont(TICK_FONT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
        }
        double x = 8;
        double cy = 4 + LEGEND_ROW / 2;
        for (int i = 0; i < names.length; i++) {
            double itemW = 22 + text.width(names[i], TICK_FONT) + 14;
            if (x + itemW > w - 4 && x > 8) {
                x = 8;
                cy += LEGEND_ROW;
            }
            if (g != null) {
                drawSwatch(g, i, x, cy);
                g.setFill(TEXT);
                text.fill(g, names[i], x + 22, cy);
            }
            x += itemW;
        }
        return cy + LEGEND_ROW / 2;
    }

    private void drawSwatch(GraphicsContext g, int item, double sx, double cy) {
        switch (item) {
            case 0 -> {
                g.setStroke(Palette.of(picture.method()));
                g.setLineWidth(2.4);
                g.strokeLine(sx, cy, sx + 16, cy);
            }
            case 1 -> {
                g.setStroke(ARMIJO);
                g.setLineWidth(1.6);
                g.setLineDashes(4, 3);
                g.strokeLine(sx, cy, sx + 16, cy);
                g.setLineDashes();
            }
            case 2 -> {
                g.setStroke(REJECTED);
                g.setLineWidth(2);
                g.strokeOval(sx + 4, cy - 4, 8, 8);
            }
            case 3 -> {
                g.setFill(ACCEPTED);
                g.fillOval(sx + 3, cy - 5, 10, 10);
            }
            default -> {
                g.setStroke(FIXED);
                g.setLineWidth(2);
                g.setLineDashes(3, 2);
                g.strokeLine(sx + 8, cy - 7, sx + 8, cy + 7);
                g.setLineDashes();
            }
        }
    }

    private static double finiteMin(double a, double b) {
        return Double.isFinite(b) ? Math.min(a, b) : a;
    }

    private static double finiteMax(double a, double b) {
        return Double.isFinite(b) ? Math.max(a, b) : a;
    }

    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    // the plot area in pixels and the data range it shows
    private record Frame(double x, double y, double w, double h, double x0, double x1, double y0, double y1) {
        double px(double v) {
            return x + (v - x0) / (x1 - x0) * w;
        }

        double py(double v) {
            return y + h - (v - y0) / (y1 - y0) * h;
        }

        double clampedPy(double v) {
            return Math.max(y + 1, Math.min(y + h - 1, py(v)));
        }
    }
}
