package dev.moons.render;

import dev.moons.data.Dataset;
import dev.moons.training.BoundaryGrid;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Decision-boundary pane: title (status pill on its right), a strip of run numbers, then the probability heatmap
 * + 0.5 contour + moons scatter, and a key under it; nothing but an alarm banner lies over the map.
 * The heatmap is one reused {@link WritableImage} of grid size, filled with one {@code setPixels} call per
 * update from a reused int[]; the contour is traced into a reused buffer, so updates do not allocate.
 * Data coordinates map to the pane through the grid's rectangle (x2 up), keeping its aspect ratio.
 */
public final class BoundaryView extends Region {
    private static final String FAMILY = Font.getDefault().getFamily();
    private static final Font KEY_FONT = Font.font(FAMILY, 13);
    private static final Font INFO_FONT = Font.font(FAMILY, 13.5);
    private static final double PAD = 10;
    private static final double HEADER = 28;
    private static final double INFO_GAP = 4;
    private static final double FOOTER = 26;
    private static final Color CONTOUR = Color.web("#1a1a1a");
    private static final Color HALO = Color.rgb(255, 255, 255, 0.75);

    private final Label title = new Label();
    private final Region accent = new Region();
    private final ImageView map = new ImageView();
    private final ImageView overlay = new ImageView();
    private final Label overlayCaption = new Label();
    private final Canvas points = new Canvas();
    private final Canvas contour = new Canvas();
    private final Canvas key = new Canvas();
    private final Region frame = new Region();
    private final FlowPane info = new FlowPane(18, 0);
    private String infoText = "";
    private final Label status = new Label();
    private final MarchingSquares tracer = new MarchingSquares();
    private BoundaryGrid grid;
    private Dataset train;
    private Dataset test;
    private WritableImage image;
    private int[] argb = new int[0];
    private double[] logits = new double[0];
    private int segments;
    private int polylines;
    private boolean alarm;
    private double rx;
    private double ry;
    private double rw;
    private double rh;
    private PointClicks clicks;

    /** What a click on the map asks for, in raw data coordinates. */
    public interface PointClicks {
        /** Add a training point of class {@code label} (0 or 1) at (x1, x2). */
        void add(double x1, double x2, int label);

        /** Remove the training point nearest to (x1, x2) if it lies within {@code radius} data units. */
        void removeNearest(double x1, double x2, double radius);
    }

    /** How near (in pixels) a ctrl-click must be to a point to remove it: a little more than a drawn point. */
    public static final double REMOVE_RADIUS_PX = 12;
    /** The one-line hint shown for editing points on the map. */
    public static final String EDIT_HINT = "click: add class 0 · shift-click: class 1 · ctrl-click: remove nearest"
            + " · Ctrl+Z: undo";

    /** An empty pane titled {@code title}; call {@link #setData} before {@link #setProbabilities}. */
    public BoundaryView(String title) {
        getStyleClass().add("boundary-view");
        setStyle("-fx-background-color: white;");
        this.title.setText(title);
        this.title.getStyleClass().add("boundary-title");
        this.title.setFont(Font.font(FAMILY, FontWeight.BOLD, 17));
        this.title.setTextFill(Color.web("#222222"));
        accent.setVisible(false);
        map.getStyleClass().add("boundary-map");
        map.setSmooth(true);
        map.setPreserveRatio(false);
        overlay.setId("unitOverlay");
        overlay.setSmooth(true);
        overlay.setPreserveRatio(false);
        overlay.setMouseTransparent(true);
        overlay.setVisible(false);
        overlayCaption.setId("unitOverlayCaption");
        overlayCaption.setMouseTransparent(true);
        overlayCaption.setVisible(false);
        overlayCaption.setStyle("-fx-background-color: rgba(255,255,255,0.88); -fx-padding: 2 6 2 6;"
                + " -fx-text-fill: #1a1a1a; -fx-font-size: 12.5px;");
        points.setMouseTransparent(true);
        contour.setMouseTransparent(true);
        frame.setMouseTransparent(true);
        frame.setStyle("-fx-border-color: rgba(0,0,0,0.35); -fx-border-width: 1;");
        info.getStyleClass().add("boundary-info");
        info.setVisible(false);
        status.getStyleClass().add("boundary-status");
        status.setAlignment(Pos.CENTER);
        status.setVisible(false);
        getChildren().addAll(this.title, accent, map, overlay, points, contour, frame, overlayCaption, info, status,
                key);
        setMinSize(200, 200);
        setOnMouseClicked(this::clicked);
    }

    /**
     * Lets a primary click on the map edit the points: plain → class 0, shift → class 1, ctrl (or the shortcut
     * key) → remove the nearest training point within {@link #REMOVE_RADIUS_PX}; null turns editing off.
     */
    public void setPointClicks(PointClicks handler) {
        this.clicks = handler;
        map.setCursor(handler == null ? null : Cursor.CROSSHAIR);
        if (handler != null) {
            Tooltip.install(map, new Tooltip(EDIT_HINT));
        }
    }

    private void clicked(MouseEvent e) {
        if (clicks == null || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        Point2D data = dataAt(e.getX(), e.getY());
        if (data == null) {
            return;
        }
        e.consume();
        if (e.isControlDown() || e.isShortcutDown()) {
            clicks.removeNearest(data.getX(), data.getY(), REMOVE_RADIUS_PX * dataPerPixel());
        } else {
            clicks.add(data.getX(), data.getY(), e.isShiftDown() ? 1 : 0);
        }
    }

    /** Raw data coordinates (x1, x2) under the pane-local pixel (x, y), or null off the map. */
    public Point2D dataAt(double x, double y) {
        if (grid == null || rw <= 0 || rh <= 0 || x < rx || x > rx + rw || y < ry || y > ry + rh) {
            return null;
        }
        return new Point2D(grid.minX1() + (x - rx) / rw * (grid.maxX1() - grid.minX1()),
                grid.maxX2() - (y - ry) / rh * (grid.maxX2() - grid.minX2()));
    }

    /** Pane-local pixel of the raw data point (x1, x2): the inverse of {@link #dataAt}. */
    public Point2D pixelAt(double x1, double x2) {
        return new Point2D(rx + sx(x1), ry + sy(x2));
    }

    /** Width of one screen pixel of the map in data units of x1 (x2's is the same up to rounding of the map size). */
    public double dataPerPixel() {
        return grid == null || rw <= 0 ? Double.NaN : (grid.maxX1() - grid.minX1()) / rw;
    }

    /** Changes the title text. */
    public void setTitle(String text) {
        title.setText(text);
    }

    /** Shows a small colour bar before the title (e.g. the method's colour in the loss chart); null hides it. */
    public void setAccent(Color color) {
        accent.setVisible(color != null);
        if (color != null) {
            accent.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                    color, new javafx.scene.layout.CornerRadii(2), Insets.EMPTY)));
        }
    }

    /** Sets the grid (heatmap size and data rectangle) and the points to scatter (raw data coordinates). */
    public void setData(BoundaryGrid grid, Dataset trainRaw, Dataset testRaw) {
        this.grid = grid;
        this.train = trainRaw;
        this.test = testRaw;
        int n = grid.width() * grid.height();
        if (image == null || (int) image.getWidth() != grid.width() || (int) image.getHeight() != grid.height()) {
            image = new WritableImage(grid.width(), grid.height());
            argb = new int[n];
            logits = new double[n];
            map.setImage(image);
        }
        java.util.Arrays.fill(argb, ClassColors.MAP_MID);
        image.getPixelWriter().setPixels(0, 0, grid.width(), grid.height(), PixelFormat.getIntArgbInstance(),
                argb, 0, grid.width());
        segments = 0;
        polylines = 0;
        requestLayout();
        drawPoints();
        drawContour();
    }

    /** Recolours the heatmap and retraces the 0.5 contour from P(class 1) per grid pixel, row-major from top-left. */
    public void setProbabilities(double[] probabilities) {
        if (grid == null) {
            throw new IllegalStateException("setData must be called before setProbabilities");
        }
        int w = grid.width();
        int h = grid.height();
        if (probabilities.length != w * h) {
            throw new IllegalArgumentException("expected " + (w * h) + " probabilities for a " + w + "x" + h
                    + " grid, got " + probabilities.length);
        }
        for (int k = 0; k < argb.length; k++) {
            argb[k] = ClassColors.argb(probabilities[k]);
            logits[k] = logit(probabilities[k]);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        segments = tracer.trace(logits, w, h, 0);
        polylines = tracer.chain();
        drawContour();
    }

    /**
     * Shows {@code image} (e.g. a hidden unit's map, drawn over the same data rectangle as the heatmap) in place of
     * the heatmap, under the points and the contour, with {@code caption} in the map's top-left corner.
     */
    public void showOverlay(Image image, String caption) {
        overlay.setImage(image);
        overlay.setVisible(true);
        overlayCaption.setText(caption);
        overlayCaption.setVisible(true);
        requestLayout();
    }

    /** Removes the overlay: the heatmap shows again. */
    public void clearOverlay() {
        overlay.setVisible(false);
        overlay.setImage(null);
        overlayCaption.setVisible(false);
    }

    /** The overlay's caption, or null when no overlay is shown. */
    public String overlayCaption() {
        return overlay.isVisible() ? overlayCaption.getText() : null;
    }

    /** Run numbers above the map (epoch, α, accuracy, loss, …), wrapped as whole items; none hides them. */
    public void setInfo(String... lines) {
        infoText = lines == null ? "" : String.join("\n", lines);
        int shown = 0;
        for (String line : lines == null ? new String[0] : lines) {
            if (line == null || line.isEmpty()) {
                continue;
            }
            if (shown == info.getChildren().size()) {
                Label item = new Label();
                item.setFont(INFO_FONT);
                item.setTextFill(Color.web("#1a1a1a"));
                item.setMinWidth(Region.USE_PREF_SIZE);
                info.getChildren().add(item);
            }
            ((Label) info.getChildren().get(shown++)).setText(line);
        }
        info.getChildren().remove(shown, info.getChildren().size());
        info.setVisible(shown > 0);
        requestLayout();
    }

    /** A status line; with {@code alarm} it becomes a red banner across the map (e.g. "diverged at epoch 12"). */
    public void setStatus(String text, boolean alarm) {
        this.alarm = alarm;
        boolean show = text != null && !text.isEmpty();
        status.setText(show ? text : "");
        status.setVisible(show);
        status.setFont(Font.font(FAMILY, FontWeight.BOLD, alarm ? 17 : 14));
        status.setStyle(alarm
                ? "-fx-background-color: rgba(198,40,40,0.94); -fx-text-fill: white; -fx-background-radius: 4;"
                : "-fx-background-color: rgba(40,40,40,0.78); -fx-text-fill: white; -fx-background-radius: 10;");
        status.setPadding(alarm ? new Insets(6, 12, 6, 12) : new Insets(3, 10, 3, 10));
        frame.setStyle(alarm ? "-fx-border-color: #c62828; -fx-border-width: 3;"
                : "-fx-border-color: rgba(0,0,0,0.35); -fx-border-width: 1;");
        requestLayout();
    }

    /** The run numbers' text (lines joined by newlines). */
    public String infoText() {
        return infoText;
    }

    /** The status text, empty when none. */
    public String statusText() {
        return status.getText();
    }

    /** Whether the status is shown as an alarm. */
    public boolean isAlarm() {
        return alarm && status.isVisible();
    }

    /** Number of contour segments traced by the last update. */
    public int contourSegments() {
        return segments;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        boolean accentShown = accent.isVisible();
        accent.resizeRelocate(PAD, PAD + 4, 5, HEADER - 10);
        double titleX = PAD + (accentShown ? 12 : 0);
        double pillW = 0;
        if (status.isVisible() && !alarm) {
            pillW = Math.min(status.prefWidth(-1), Math.max(0, w - titleX - PAD) / 2);
            double pillH = status.prefHeight(pillW);
            status.resizeRelocate(w - PAD - pillW, PAD + (HEADER - pillH) / 2, pillW, pillH);
        }
        title.resizeRelocate(titleX, PAD, Math.max(0, w - titleX - PAD - (pillW > 0 ? pillW + 8 : 0)), HEADER);
        double availW = Math.max(10, w - 2 * PAD);
        double infoH = infoHeight(availW);
        info.resizeRelocate(PAD, PAD + HEADER, availW, infoH);
        double top = PAD + HEADER + infoH + INFO_GAP;
        double availH = Math.max(10, h - top - FOOTER - PAD);
        double aspect = aspect();
        double nw = Math.min(availW, availH * aspect);
        double nh = nw / aspect;
        double nx = Math.round(PAD + (availW - nw) / 2);
        double ny = Math.round(top + (availH - nh) / 2);
        nw = Math.round(nw);
        nh = Math.round(nh);
        boolean moved = nx != rx || ny != ry || nw != rw || nh != rh;
        rx = nx;
        ry = ny;
        rw = nw;
        rh = nh;
        map.setFitWidth(rw);
        map.setFitHeight(rh);
        map.relocate(rx, ry);
        overlay.setFitWidth(rw);
        overlay.setFitHeight(rh);
        overlay.relocate(rx, ry);
        double captionW = Math.min(overlayCaption.prefWidth(-1), Math.max(0, rw - 2));
        overlayCaption.resizeRelocate(rx + 1, ry + 1, captionW, overlayCaption.prefHeight(captionW));
        frame.resizeRelocate(rx - (alarm ? 2 : 0), ry - (alarm ? 2 : 0), rw + (alarm ? 4 : 0), rh + (alarm ? 4 : 0));
        points.relocate(rx, ry);
        contour.relocate(rx, ry);
        key.relocate(PAD, ry + rh + 4);
        if (moved || points.getWidth() != rw) {
            points.setWidth(rw);
            points.setHeight(rh);
            contour.setWidth(rw);
            contour.setHeight(rh);
            key.setWidth(Math.max(10, w - 2 * PAD));
            key.setHeight(FOOTER - 4);
            drawPoints();
            drawContour();
            drawKey();
        }
        if (alarm) {
            double sh = status.prefHeight(rw);
            status.resizeRelocate(rx, ry + rh - sh, rw, sh);
        }
    }

    private double infoHeight(double width) {
        return info.isVisible() ? Math.ceil(info.prefHeight(width)) : 0;
    }

    private double aspect() {
        return grid == null ? 1 : (grid.maxX1() - grid.minX1()) / (grid.maxX2() - grid.minX2());
    }

    private void drawPoints() {
        GraphicsContext g = points.getGraphicsContext2D();
        g.clearRect(0, 0, points.getWidth(), points.getHeight());
        if (grid == null || rw <= 0) {
            return;
        }
        double r = Math.max(2.5, Math.min(5, rw / 140));
        if (train != null) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            for (int i = 0; i < train.size(); i++) {
                double x = sx(train.x1(i));
                double y = sy(train.x2(i));
                g.setFill(fx(ClassColors.ofClass(train.label(i))));
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        if (test != null) {
            for (int i = 0; i < test.size(); i++) {
                double x = sx(test.x1(i));
                double y = sy(test.x2(i));
                g.setStroke(Color.WHITE);
                g.setLineWidth(3.6);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(fx(ClassColors.ofClass(test.label(i))));
                g.setLineWidth(1.8);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    private void drawContour() {
        GraphicsContext g = contour.getGraphicsContext2D();
        g.clearRect(0, 0, contour.getWidth(), contour.getHeight());
        if (grid == null || segments == 0 || rw <= 0) {
            return;
        }
        double kx = rw / grid.width();
        double ky = rh / grid.height();
        double[] p = tracer.polylinePoints();
        int[] starts = tracer.polylineStarts();
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

    // legend under the map: class colours, train filled / test hollow, the p = 0.5 line
    private void drawKey() {
        GraphicsContext g = key.getGraphicsContext2D();
        g.clearRect(0, 0, key.getWidth(), key.getHeight());
        g.setFont(KEY_FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double y = key.getHeight() / 2;
        double x = Math.max(0, rx - PAD);
        x = keyDot(g, x, y, ClassColors.CLASS0, true, "class 0");
        x = keyDot(g, x, y, ClassColors.CLASS1, true, "class 1");
        x = keyDot(g, x, y, 0xFF555555, true, "train");
        x = keyDot(g, x, y, 0xFF555555, false, "test");
        g.setStroke(CONTOUR);
        g.setLineWidth(2.5);
        g.strokeLine(x, y, x + 20, y);
        g.setFill(Color.web("#333333"));
        g.fillText("p = 0.5", x + 26, y);
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
        g.setFill(Color.web("#333333"));
        g.fillText(text, x + 15, y);
        return x + 15 + text.length() * 7.5 + 16;
    }

    /**
     * The logit log(p / (1 − p)), clamped to ±36 (p near 1 saturates in doubles there): a ReLU network's logit
     * is piecewise linear in the input, so interpolating the p = 0.5 crossing on it gives straight contours.
     */
    static double logit(double p) {
        double l = Math.log(p / (1 - p)); // one log per pixel; 1 − p is exact for p ≥ 0.5 (Sterbenz)
        return l != l ? l : Math.max(-36, Math.min(36, l));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (grid == null || width <= 0) {
            return 440;
        }
        double availW = Math.max(10, width - 2 * PAD);
        return Math.ceil(PAD + HEADER + infoHeight(availW) + INFO_GAP + availW / aspect() + FOOTER + PAD);
    }

    private double sx(double x1) {
        return (x1 - grid.minX1()) / (grid.maxX1() - grid.minX1()) * rw;
    }

    private double sy(double x2) {
        return (grid.maxX2() - x2) / (grid.maxX2() - grid.minX2()) * rh;
    }

    private static Color fx(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
