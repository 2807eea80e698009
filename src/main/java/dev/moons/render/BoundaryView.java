package dev.moons.render;

import dev.moons.data.Dataset;
import dev.moons.training.BoundaryContour;
import dev.moons.training.BoundaryGrid;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Decision-boundary pane: title (status pill on its right), a strip of run numbers, then the probability heatmap
 * + 0.5 contour + moons scatter, and a key under it; nothing but an alarm banner lies over the map.
 * Data coordinates map to the pane through the grid's rectangle (x2 up), keeping its aspect ratio. This class
 * lays the pane out and turns clicks into point edits; {@link BoundaryHeatmap} owns the reused image and the
 * contour, {@link BoundaryPainter} the scatter, contour and key canvases, {@link BoundaryInfo} the run numbers,
 * status and frame, and {@link MapArea} the map's rectangle and its data coordinates.
 */
public final class BoundaryView extends Region {
    private static final double PAD = 10;
    private static final double HEADER = 28;
    private static final double INFO_GAP = 4;
    private static final double FOOTER = 26;

    private final Label title = new Label();
    private final Region accent = new Region();
    private final ImageView map = new ImageView();
    private final ImageView overlay = new ImageView();
    private final Label overlayCaption = new Label();
    private final Canvas points = new Canvas();
    private final Canvas contour = new Canvas();
    private final Canvas key = new Canvas();
    private final BoundaryInfo words = new BoundaryInfo();
    private final BoundaryHeatmap heatmap = new BoundaryHeatmap();
    /** Traces the contour when a caller gives probabilities alone (exports, the scrubber, copies). */
    private final BoundaryContour.Tracer tracer = new BoundaryContour.Tracer();
    private final MapArea area = new MapArea();
    private Dataset train;
    private Dataset test;
    private double[] shownProbabilities = new double[0];
    private boolean hasProbabilities;
    private Color accentColor;
    private PointClicks clicks;
    /** Where the key was last drawn from (its x in the key canvas), NaN before the first layout. */
    private double keyDrawnAt = Double.NaN;
    private long scatterRedraws;

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
        this.title.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 15));
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
        getChildren().addAll(this.title, accent, map, overlay, points, contour, words.frame(), overlayCaption,
                words.info(), words.status(), key);
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
        return area.dataAt(x, y);
    }

    /** Pane-local pixel of the raw data point (x1, x2): the inverse of {@link #dataAt}. */
    public Point2D pixelAt(double x1, double x2) {
        return new Point2D(area.x() + area.sx(x1), area.y() + area.sy(x2));
    }

    /** Width of one screen pixel of the map in data units of x1 (x2's is the same up to rounding of the map size). */
    public double dataPerPixel() {
        return area.dataPerPixel();
    }

    /** Changes the title text. */
    public void setTitle(String text) {
        title.setText(text);
    }

    /** Shows a small colour bar before the title (e.g. the method's colour in the loss chart); null hides it. */
    public void setAccent(Color color) {
        accentColor = color;
        accent.setVisible(color != null);
        if (color != null) {
            accent.setBackground(new Background(new BackgroundFill(color, new CornerRadii(2), Insets.EMPTY)));
        }
    }

    /** Sets the grid (heatmap size and data rectangle) and the points to scatter (raw data coordinates). */
    public void setData(BoundaryGrid grid, Dataset trainRaw, Dataset testRaw) {
        area.setGrid(grid);
        this.train = trainRaw;
        this.test = testRaw;
        hasProbabilities = false;
        words.releaseHeight();
        WritableImage image = heatmap.reset(grid);
        if (map.getImage() != image) {
            map.setImage(image);
        }
        requestLayout();
        BoundaryPainter.drawPoints(points, area, train, test);
        BoundaryPainter.drawContour(contour, area, heatmap.contour());
    }

    /** Recolours the heatmap and retraces the 0.5 contour from P(class 1) per grid pixel, row-major from top-left. */
    public void setProbabilities(double[] probabilities) {
        BoundaryGrid grid = checkedGrid(probabilities);
        show(probabilities, grid, BoundaryContour.of(probabilities, grid.width(), grid.height(), tracer));
    }

    /**
     * Recolours the heatmap from P(class 1) per grid pixel (row-major from top-left) and shows {@code traced},
     * the contour of the same probabilities (the live view's is traced on the training thread).
     */
    public void setBoundary(double[] probabilities, BoundaryContour traced) {
        show(probabilities, checkedGrid(probabilities), Objects.requireNonNull(traced));
    }

    private void show(double[] probabilities, BoundaryGrid grid, BoundaryContour traced) {
        heatmap.update(probabilities, grid.width(), grid.height(), traced);
        // kept in a reused buffer for copy(): an update does not allocate
        if (shownProbabilities.length != probabilities.length) {
            shownProbabilities = new double[probabilities.length];
        }
        System.arraycopy(probabilities, 0, shownProbabilities, 0, probabilities.length);
        hasProbabilities = true;
        BoundaryPainter.drawContour(contour, area, traced);
    }

    private BoundaryGrid checkedGrid(double[] probabilities) {
        BoundaryGrid grid = area.grid();
        if (grid == null) {
            throw new IllegalStateException("setData must be called before setProbabilities");
        }
        if (probabilities.length != grid.width() * grid.height()) {
            throw new IllegalArgumentException("expected " + (grid.width() * grid.height()) + " probabilities for a "
                    + grid.width() + "x" + grid.height() + " grid, got " + probabilities.length);
        }
        return grid;
    }

    /** The title text. */
    public String title() {
        return title.getText();
    }

    /**
     * A new pane showing what this one shows (title, accent, data, map, overlay, numbers, status) with no point
     * editing, free to be laid out at another size (e.g. an export or a window of its own).
     */
    public BoundaryView copy() {
        BoundaryView copy = new BoundaryView(title.getText());
        copy.setAccent(accentColor);
        if (area.grid() != null) {
            copy.setData(area.grid(), train, test);
            if (hasProbabilities) {
                copy.setBoundary(shownProbabilities, heatmap.contour());
            }
        }
        if (overlay.isVisible()) {
            copy.showOverlay(overlay.getImage(), overlayCaption.getText());
        }
        String info = infoText();
        copy.setInfo(info.isEmpty() ? new String[0] : info.split("\n"));
        copy.setStatus(statusText(), words.alarmRequested());
        return copy;
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
        words.setInfo(lines);
        requestLayout();
    }

    /** A status line; with {@code alarm} it becomes a red banner across the map (e.g. "diverged at epoch 12"). */
    public void setStatus(String text, boolean alarm) {
        if (words.setStatus(text, alarm)) {
            requestLayout();
        }
    }

    /** The run numbers' text (lines joined by newlines). */
    public String infoText() {
        return words.infoText();
    }

    /** The status text, empty when none. */
    public String statusText() {
        return words.status().getText();
    }

    /** Whether the status is shown as an alarm. */
    public boolean isAlarm() {
        return words.alarmRequested() && words.status().isVisible();
    }

    /** Number of contour segments traced by the last update. */
    public int contourSegments() {
        return heatmap.contour().segments();
    }

    /** How many times a layout repainted the scatter and contour canvases for a new map size (tests, diagnostics). */
    long scatterRedraws() {
        return scatterRedraws;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        boolean alarm = words.alarmRequested();
        Label status = words.status();
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
        double infoH = words.heldInfoHeight(availW);
        words.info().resizeRelocate(PAD, PAD + HEADER, availW, infoH);
        double top = PAD + HEADER + infoH + INFO_GAP;
        double availH = Math.max(10, h - top - FOOTER - PAD);
        double aspect = area.aspect();
        double nw = Math.min(availW, availH * aspect);
        double nh = nw / aspect;
        area.place(Math.round(PAD + (availW - nw) / 2), Math.round(top + (availH - nh) / 2), Math.round(nw),
                Math.round(nh));
        double rx = area.x();
        double ry = area.y();
        double rw = area.w();
        double rh = area.h();
        map.setFitWidth(rw);
        map.setFitHeight(rh);
        map.relocate(rx, ry);
        overlay.setFitWidth(rw);
        overlay.setFitHeight(rh);
        overlay.relocate(rx, ry);
        double captionW = Math.min(overlayCaption.prefWidth(-1), Math.max(0, rw - 2));
        overlayCaption.resizeRelocate(rx + 1, ry + 1, captionW, overlayCaption.prefHeight(captionW));
        words.frame().resizeRelocate(rx - (alarm ? 2 : 0), ry - (alarm ? 2 : 0), rw + (alarm ? 4 : 0),
                rh + (alarm ? 4 : 0));
        points.relocate(rx, ry);
        contour.relocate(rx, ry);
        key.relocate(PAD, ry + rh + 4);
        // the scatter and contour are drawn in map-local pixels: a map that only moved (the run numbers above it
        // wrapped to another line count) keeps its canvases; only a new size repaints them
        if (points.getWidth() != rw || points.getHeight() != rh) {
            points.setWidth(rw);
            points.setHeight(rh);
            contour.setWidth(rw);
            contour.setHeight(rh);
            BoundaryPainter.drawPoints(points, area, train, test);
            BoundaryPainter.drawContour(contour, area, heatmap.contour());
            scatterRedraws++;
        }
        double keyW = Math.max(10, w - 2 * PAD);
        double keyX = Math.max(0, rx - PAD);
        if (key.getWidth() != keyW || key.getHeight() != FOOTER - 4 || keyX != keyDrawnAt) {
            key.setWidth(keyW);
            key.setHeight(FOOTER - 4);
            keyDrawnAt = keyX;
            BoundaryPainter.drawKey(key, keyX);
        }
        if (alarm) {
            double sh = status.prefHeight(rw);
            status.resizeRelocate(rx, ry + rh - sh, rw, sh);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (area.grid() == null || width <= 0) {
            return 440;
        }
        double availW = Math.max(10, width - 2 * PAD);
        return Math.ceil(PAD + HEADER + words.infoHeight(availW) + INFO_GAP + availW / area.aspect() + FOOTER + PAD);
    }
}
