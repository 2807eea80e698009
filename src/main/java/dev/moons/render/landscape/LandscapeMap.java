package dev.moons.render.landscape;

import dev.moons.landscape.Landscape;
import dev.moons.landscape.PathPoint;
import dev.moons.render.Formats;
import dev.moons.render.ShowGate;
import dev.moons.render.Palette;
import dev.moons.render.chart.Ticks;
import dev.moons.training.Method;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The loss surface on its plane as filled contours of log loss ({@link LossBands}) with a key, every run's path
 * (2 to 4 methods, lane order) as a polyline in its method's colour with epoch ticks, θ0, each end, a dot at the
 * shown epoch, and a line per method giving its dot's residual and true loss. The surface is painted with one {@code PixelWriter.setPixels} into a reused
 * {@link WritableImage}, re-rasterised only when the landscape or the size changes.
 */
public final class LandscapeMap extends Region {
    private static final double LEFT = 58;
    private static final double RIGHT = 80;
    private static final double TOP = 28;
    /** Room below the map for the axis title and two methods' lines; each further method adds one {@link #LINE}. */
    private static final double BOTTOM = 76;
    private static final double LINE = 15;
    private static final Font FONT = Font.font(12);
    private static final Font TITLE = Font.font(null, javafx.scene.text.FontWeight.BOLD, 13);

    private final Canvas canvas = new Canvas();
    private Landscape landscape;
    private LossBands bands;
    private int shownEpoch;
    private WritableImage image;
    private int[] pixels;
    private boolean rasterStale = true;
    private final ShowGate shown = new ShowGate(this, this::redraw);

    /** An empty map; {@link #setLandscape} gives it something to show. */
    public LandscapeMap() {
        getChildren().add(canvas);
        setMinSize(240, 200);
        setPrefSize(640, 520);
    }

    /** Shows {@code next} (null: nothing yet). */
    public void setLandscape(Landscape next) {
        landscape = next;
        bands = next == null ? null : LossBands.of(next.surface());
        rasterStale = true;
        redraw();
    }

    /** The landscape shown, or null. */
    public Landscape landscape() {
        return landscape;
    }

    /** Moves both dots to the kept epoch at or before {@code epoch}. */
    public void setShownEpoch(int epoch) {
        if (epoch != shownEpoch) {
            shownEpoch = epoch;
            redraw();
        }
    }

    /** The epoch the dots show. */
    public int shownEpoch() {
        return shownEpoch;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            rasterStale = true;
            redraw();
        }
    }

    private void redraw() {
        if (!shown.open()) {
            return; // the Landscape tab is not shown: drawn once it is
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFont(FONT);
        if (landscape == null) {
            g.setFill(Color.GRAY);
            g.fillText("the landscape appears once both runs have moved", 12, 24);
            return;
        }
        double bottom = BOTTOM + LINE * Math.max(0, landscape.methods().size() - 2);
        int side = (int) Math.max(0, Math.min(w - LEFT - RIGHT, h - TOP - bottom));
        if (side < 20) {
            return;
        }
        paintSurface(g, side);
        paintAxes(g, side);
        for (Method m : landscape.methods()) {
            paintPath(g, side, landscape.path(m), Palette.of(m));
        }
        for (Method m : landscape.methods()) {
            paintDot(g, side, landscape.at(m, shownEpoch), Palette.of(m));
        }
        paintKey(g, side);
        paintText(g, side);
    }

    private void paintSurface(GraphicsContext g, int side) {
        if (rasterStale || image == null || (int) image.getWidth() != side) {
            if (image == null || (int) image.getWidth() != side) {
                image = new WritableImage(side, side);
                pixels = new int[side * side];
            }
            bands.raster(landscape.surface(), side, side, pixels);
            image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbPreInstance(), pixels, 0, side);
            rasterStale = false;
        }
        g.drawImage(image, LEFT, TOP);
    }

    private double px(double a, int side) {
        double[] axis = landscape.surface().a();
        return LEFT + (a - axis[0]) / (axis[axis.length - 1] - axis[0]) * side;
    }

    private double py(double b, int side) {
        double[] axis = landscape.surface().b();
        return TOP + side - (b - axis[0]) / (axis[axis.length - 1] - axis[0]) * side;
    }

    private void paintAxes(GraphicsContext g, int side) {
        double[] a = landscape.surface().a();
        double[] b = landscape.surface().b();
        g.setStroke(Color.gray(0.3));
        g.setLineWidth(1);
        g.strokeRect(LEFT, TOP, side, side);
        g.setFill(Color.BLACK);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        int target = Math.max(2, Math.min(6, side / 70));
        double[] ticksA = Ticks.linear(a[0], a[a.length - 1], target);
        double stepA = ticksA.length > 1 ? ticksA[1] - ticksA[0] : 1;
        for (double t : ticksA) {
            g.strokeLine(px(t, side), TOP + side, px(t, side), TOP + side + 4);
            g.fillText(Ticks.format(t, stepA), px(t, side), TOP + side + 6);
        }
        g.fillText("a  (along e1, Euclidean distance in θ)", LEFT + side / 2.0, TOP + side + 22);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double[] ticksB = Ticks.linear(b[0], b[b.length - 1], target);
        double stepB = ticksB.length > 1 ? ticksB[1] - ticksB[0] : 1;
        for (double t : ticksB) {
            g.strokeLine(LEFT - 4, py(t, side), LEFT, py(t, side));
            g.fillText(Ticks.format(t, stepB), LEFT - 6, py(t, side));
        }
        g.save();
        g.translate(14, TOP + side / 2.0);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("b  (along e2)", 0, 0);
        g.restore();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.setFont(TITLE);
        g.fillText("Loss on the " + landscape.plane().kind().id() + " plane through θ0", LEFT, TOP - 9);
        g.setFont(FONT);
    }

    private void paintPath(GraphicsContext g, int side, List<PathPoint> path, Color colour) {
        int n = path.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = px(path.get(k).a(), side);
            ys[k] = py(path.get(k).b(), side);
        }
        g.setLineWidth(5.5);
        g.setStroke(Color.WHITE);
        g.strokePolyline(xs, ys, n);
        g.setLineWidth(3);
        g.setStroke(colour);
        g.strokePolyline(xs, ys, n);
        int last = path.get(n - 1).epoch();
        double step = Ticks.niceStep(Math.max(1, last), 8);
        double next = step;
        for (int k = 0; k < n; k++) {
            if (path.get(k).epoch() >= next && k < n - 1) {
                g.setFill(Color.WHITE);
                g.fillOval(xs[k] - 3, ys[k] - 3, 6, 6);
                g.setStroke(colour);
                g.setLineWidth(1.5);
                g.strokeOval(xs[k] - 3, ys[k] - 3, 6, 6);
                next = (Math.floor(path.get(k).epoch() / step) + 1) * step;
            }
        }
        g.setFill(colour);
        g.fillRect(xs[n - 1] - 5, ys[n - 1] - 5, 10, 10);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.strokeRect(xs[n - 1] - 5, ys[n - 1] - 5, 10, 10);
        g.setFill(Color.WHITE);
        g.fillOval(xs[0] - 5, ys[0] - 5, 10, 10);
        g.setStroke(Color.BLACK);
        g.strokeOval(xs[0] - 5, ys[0] - 5, 10, 10);
        g.setFill(Color.WHITE);
        g.fillText("θ0", xs[0] + 8, ys[0] - 6);
    }

    private void paintDot(GraphicsContext g, int side, PathPoint p, Color colour) {
        double x = px(p.a(), side);
        double y = py(p.b(), side);
        g.setFill(colour);
        g.fillOval(x - 7, y - 7, 14, 14);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeOval(x - 7, y - 7, 14, 14);
    }

    private void paintKey(GraphicsContext g, int side) {
        double x = LEFT + side + 16;
        double bar = 16;
        double band = (double) side / LossBands.BANDS;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int k = 0; k < LossBands.BANDS; k++) {
            int argb = LossBands.colour(k);
            g.setFill(Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF));
            g.fillRect(x, TOP + side - (k + 1) * band, bar, band + 0.5);
        }
        g.setStroke(Color.gray(0.3));
        g.setLineWidth(1);
        g.strokeRect(x, TOP, bar, side);
        g.setFill(Color.BLACK);
        for (int k = 0; k <= LossBands.BANDS; k += 2) {
            g.fillText(Formats.num(round(bands.edge(k))), x + bar + 4, TOP + side - k * band);
        }
        g.setTextBaseline(VPos.BASELINE);
        g.fillText("loss", x, TOP - 9);
    }

    private static double round(double v) {
        double scale = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.round(v / scale) * scale;
    }

    private void paintText(GraphicsContext g, int side) {
        double y = TOP + side + 50;
        for (Method m : landscape.methods()) {
            PathPoint p = landscape.at(m, shownEpoch);
            g.setFill(Palette.of(m));
            g.fillOval(LEFT - 14, y - 9, 9, 9);
            g.setFill(Color.BLACK);
            g.fillText(String.format(Locale.ROOT, "%s at epoch %d: loss %s, residual %s (distance to the plane)",
                    m.shortLabel(), p.epoch(), Formats.loss(p.trainLoss()),
                    p.residual() > 0 ? Formats.num(round(p.residual())) : "0"), LEFT, y);
            y += LINE;
        }
    }
}
