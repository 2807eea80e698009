package dev.moons.render.chart;

import dev.moons.io.Numbers;
import dev.moons.model.Layers;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The network's tensors as heat strips: one row per tensor (w1 from x₁, w1 from x₂, b1, w2, b2), one cell per
 * hidden unit, parameters θ on the left and their gradient ∇L(θ) on the right. Each block has its own symmetric
 * diverging scale (blue negative, white 0, red positive, saturated at the block's largest |value|); hovering a
 * cell hands its exact value and gradient to the hover listener.
 */
public final class HeatStrips extends CanvasRegion {
    /** Row names, top to bottom. */
    static final String[] ROWS = {"w1 x₁", "w1 x₂", "b1", "w2", "b2"};
    private static final Font LABEL_FONT = Font.font(Font.getDefault().getFamily(), 12);
    private static final Font HEAD_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);
    private static final Color NEGATIVE = Color.web("#2166AC");
    private static final Color POSITIVE = Color.web("#B2182B");
    private static final Color EMPTY = Color.web("#eeeeee");
    private static final Color TEXT = Color.web("#222222");
    private static final double LABEL_W = 40;
    private static final double HEAD_H = 16;
    private static final double GAP = 10;
    private static final double MAX_ROW_H = 22;

    private Layers values;
    private Layers gradient;
    private Consumer<String> hover = text -> { };

    /** An empty strip set (grey until {@link #show}). */
    public HeatStrips() {
        setMinSize(0, 0);
        setPrefSize(320, 5 * 14 + HEAD_H);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover.accept(describe(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.accept(null));
    }

    /** Shows θ's tensors and their gradient (null: not computed yet, drawn grey). */
    public void show(Layers theta, Layers grad) {
        this.values = theta;
        this.gradient = grad;
        redraw();
    }

    /** Empties both blocks. */
    public void clear() {
        show(null, null);
    }

    /** The parameters shown, or null. */
    public Layers values() {
        return values;
    }

    /** The gradient shown, or null. */
    public Layers gradient() {
        return gradient;
    }

    /** Gets the hovered cell's text, or null when the mouse leaves a cell. */
    public void setOnHover(Consumer<String> listener) {
        this.hover = listener == null ? text -> { } : listener;
    }

    /**
     * The text for the cell under (x, y) in canvas pixels, e.g. "w2[3] = 0.8121   ∂L/∂w2[3] = −0.0042", or null
     * when (x, y) is on no cell.
     */
    public String describe(double x, double y) {
        if (values == null) {
            return null;
        }
        Geometry geo = geometry();
        int row = (int) Math.floor((y - HEAD_H) / geo.rowH);
        if (y < HEAD_H || row < 0 || row >= ROWS.length) {
            return null;
        }
        for (int block = 0; block < 2; block++) {
            double x0 = geo.blockX(block);
            int col = (int) Math.floor((x - x0) / geo.cellW);
            if (x >= x0 && col >= 0 && col < cells(row)) {
                String name = cellName(row, col);
                double v = value(values, row, col);
                String g = gradient == null ? "…" : Numbers.decimals4(value(gradient, row, col));
                return name + " = " + Numbers.decimals4(v) + "   ∂L/∂" + name + " = " + g;
            }
        }
        return null;
    }

    /** The name of row {@code row}'s cell {@code col}: w1[1,3] (input 1, unit 3), b1[3], w2[3], b2 (1-based). */
    static String cellName(int row, int col) {
        return switch (row) {
            case 0, 1 -> "w1[" + (row + 1) + "," + (col + 1) + "]";
            case 2 -> "b1[" + (col + 1) + "]";
            case 3 -> "w2[" + (col + 1) + "]";
            default -> "b2";
        };
    }

    /** Row {@code row}'s entry {@code col} of {@code l} (row order of {@link #ROWS}). */
    static double value(Layers l, int row, int col) {
        return switch (row) {
            case 0, 1 -> l.w1()[row][col];
            case 2 -> l.b1()[col];
            case 3 -> l.w2()[col];
            default -> l.b2();
        };
    }

    /** White at 0, saturating to blue (negative) or red (positive) at |v| = scale. */
    static Color diverging(double v, double scale) {
        if (!Double.isFinite(v)) {
            return Color.BLACK;
        }
        double t = scale > 0 ? Math.min(1, Math.abs(v) / scale) : 0;
        return Color.WHITE.interpolate(v < 0 ? NEGATIVE : POSITIVE, t);
    }

    private int cells(int row) {
        return row == 4 ? 1 : values.hidden();
    }

    private record Geometry(double blockW, double cellW, double rowH) {
        double blockX(int block) {
            return LABEL_W + block * (blockW + GAP);
        }
    }

    private Geometry geometry() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double blockW = Math.max(1, (w - LABEL_W - GAP) / 2);
        int hidden = values == null ? 1 : values.hidden();
        double rowH = Math.max(4, Math.min(MAX_ROW_H, (h - HEAD_H) / ROWS.length));
        return new Geometry(blockW, blockW / hidden, rowH);
    }

    @Override
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w < 60 || h < 30) {
            return;
        }
        Geometry geo = geometry();
        g.setTextBaseline(VPos.CENTER);
        g.setFill(TEXT);
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        for (int row = 0; row < ROWS.length; row++) {
            g.fillText(ROWS[row], 0, HEAD_H + (row + 0.5) * geo.rowH);
        }
        drawBlock(g, geo, 0, values, "θ");
        drawBlock(g, geo, 1, values == null ? null : gradient, "∇L(θ)");
    }

    private void drawBlock(GraphicsContext g, Geometry geo, int block, Layers l, String title) {
        double x0 = geo.blockX(block);
        double scale = l == null ? 0 : l.maxAbs();
        g.setFont(HEAD_FONT);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(l == null ? title : title + "  ±" + Numbers.decimals4(scale), x0, HEAD_H / 2);
        int hidden = values == null ? 1 : values.hidden();
        for (int row = 0; row < ROWS.length; row++) {
            int n = row == 4 ? 1 : hidden;
            double y = HEAD_H + row * geo.rowH;
            for (int col = 0; col < n; col++) {
                g.setFill(l == null ? EMPTY : diverging(value(l, row, col), scale));
                g.fillRect(x0 + col * geo.cellW, y + 1, geo.cellW, geo.rowH - 2);
            }
            if (geo.cellW >= 4) {
                g.setStroke(Color.rgb(0, 0, 0, 0.12));
                g.setLineWidth(1);
                for (int col = 0; col < n; col++) {
                    g.strokeRect(x0 + col * geo.cellW + 0.5, y + 1.5, geo.cellW - 1, geo.rowH - 3);
                }
            }
        }
    }
}
