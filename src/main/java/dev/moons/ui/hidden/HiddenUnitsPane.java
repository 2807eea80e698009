package dev.moons.ui.hidden;

import dev.moons.io.Messages;
import dev.moons.io.Numbers;
import dev.moons.render.Formats;
import dev.moons.render.UnitScale;
import dev.moons.render.BoundaryView;
import dev.moons.model.Activation;
import dev.moons.model.HiddenUnitMaps;
import dev.moons.training.BoundaryGrid;
import dev.moons.training.Comparison;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.controlsfx.control.SegmentedButton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Hidden units" tab: one small map per hidden unit j of the chosen run, a_j(x) = f(x·w1[:,j] + b1[j]) over
 * the boundary's grid and rectangle, coloured by {@link UnitScale} (its key in the header), with the unit's outgoing
 * weight w2[j] under it. Hovering a map shows it large over that run's boundary pane; a click pins it there until
 * a second click or Esc. The maps follow training and the epoch scrubber: each new θ is mapped on a background
 * thread (ND4J float32, {@link HiddenUnitMaps}; measured 1.8 ms (ReLU) to 7.7 ms (tanh) for H = 16 on 100² pixels,
 * up to 52 ms for H = 256) and painted with one {@code setPixels} per unit into reused images. At most one
 * computation is in flight; a θ arriving meanwhile replaces the waiting one, and an unchanged θ or a hidden tab
 * computes nothing.
 */
public final class HiddenUnitsPane implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HiddenUnitsPane.class);
    private static final double GAP = 6;
    private static final double LABEL_H = 15;
    private static final String HELP = "Each map is one hidden unit's activation a_j(x) = f(x·w1[:,j] + b1[j]) over"
            + " the boundary's plane. White is 0, red positive, grey negative (the key above: −1..1 for tanh,"
            + " 0..1 for sigmoid, 0..largest for ReLU, ±largest for leaky ReLU); the edge between white or grey and"
            + " red is the unit's line x·w1[:,j] + b1[j] = 0. The number under a map is the unit's outgoing weight"
            + " w2[j]: red pushes towards class 1, grey towards class 0. Hover a map to see it large over the"
            + " boundary; click pins it (click again or Esc clears).";
    private static final double MIN_CELL = 56;
    private static final double MAX_CELL = 170;

    private final Executor ui;
    private final Function<String, BoundaryView> boundaryOf;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "moons-hidden-units");
        t.setDaemon(true);
        return t;
    });
    private final VBox root = new VBox(6);
    private final FlowPane strip = new FlowPane(GAP, GAP);
    private final ScrollPane scroll = new ScrollPane(strip);
    private final SegmentedButton runButtons = new SegmentedButton();
    private final Canvas scaleBar = new Canvas(90, 12);
    private final Label scaleMin = new Label();
    private final Label scaleMax = new Label();
    private final Label caption = new Label();
    private final List<Cell> cells = new ArrayList<>();

    // FX thread only
    private BoundaryGrid grid;
    private Activation activation = Activation.RELU;
    private String method = Comparison.FIXED;
    private double[] fixedTheta;
    private double[] backtrackingTheta;
    private String shownWhen = "";
    private boolean showing;
    private Job waiting;
    private Job inFlight;
    private Job painted;
    private int hovered = -1;
    private int pinned = -1;
    private String overlayMethod;
    private double aspect = 1;
    private UnitScale shownScale;

    // worker thread only
    private HiddenUnitMaps maps;
    private BoundaryGrid mapsGrid;
    private float[] values = new float[0];
    private int[] argb = new int[0];

    /** A pane whose results are shown through {@code ui} and whose overlay goes to {@code boundaryOf(method)}. */
    public HiddenUnitsPane(Executor ui, Function<String, BoundaryView> boundaryOf) {
        this.ui = ui;
        this.boundaryOf = boundaryOf;
        root.setId("hiddenUnitsPane");
        root.setPadding(new Insets(6));
        root.setMinSize(0, 0);
        ToggleButton fixed = runToggle("Fixed", "hiddenFixedToggle", Comparison.FIXED);
        ToggleButton backtracking = runToggle("Backtracking", "hiddenBacktrackingToggle", Comparison.BACKTRACKING);
        fixed.setSelected(true);
        runButtons.getButtons().addAll(fixed, backtracking);
        runButtons.getToggleGroup().selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                selectRun((String) t.getUserData());
            }
        });
        scaleMin.getStyleClass().add("hint");
        scaleMax.getStyleClass().add("hint");
        scaleMin.setId("unitScaleMin");
        scaleMax.setId("unitScaleMax");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, runButtons, spacer, scaleMin, scaleBar, scaleMax);
        header.setAlignment(Pos.CENTER_LEFT);
        caption.setId("hiddenUnitsCaption");
        caption.getStyleClass().add("hint");
        caption.setMinWidth(0);
        Tooltip help = new Tooltip(HELP);
        help.setWrapText(true);
        help.setMaxWidth(380);
        caption.setTooltip(help);
        strip.setId("hiddenUnitStrip");
        strip.setPadding(new Insets(2));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinSize(0, 0);
        scroll.viewportBoundsProperty().addListener((obs, old, b) -> fitCells());
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(header, caption, scroll);
        root.sceneProperty().addListener((obs, old, scene) -> installEscape(scene));
        drawScaleBar(null);
    }

    /** The pane's node. */
    public Node node() {
        return root;
    }

    /** New data or model: H maps of {@code grid}'s size for activation {@code f}; clears maps, θ and overlay. */
    public void setModel(BoundaryGrid nextGrid, int hidden, Activation f) {
        clearOverlay();
        grid = nextGrid;
        activation = f;
        aspect = (nextGrid.maxX1() - nextGrid.minX1()) / (nextGrid.maxX2() - nextGrid.minX2());
        fixedTheta = null;
        backtrackingTheta = null;
        waiting = null;
        painted = null;
        cells.clear();
        strip.getChildren().clear();
        for (int j = 0; j < hidden; j++) {
            Cell cell = new Cell(j, new WritableImage(nextGrid.width(), nextGrid.height()));
            cells.add(cell);
            strip.getChildren().add(cell.box);
        }
        fitCells();
        drawScaleBar(null);
        caption.setText(hidden + " units · f = " + f.cliName() + " · hover a map for a large view");
    }

    /** The runs' parameters θ [4H+1] to map, at the moment described by {@code when} (e.g. "epoch 12"). */
    public void show(double[] fixed, double[] backtracking, String when) {
        fixedTheta = fixed;
        backtrackingTheta = backtracking;
        shownWhen = when;
        request();
    }

    /** Whether the pane is on screen: maps are computed only while it is. Hiding it clears the overlay. */
    public void setShowing(boolean on) {
        showing = on;
        if (on) {
            request();
        } else {
            clearPin();
        }
    }

    /** Stops the mapping thread. */
    @Override
    public void close() {
        worker.shutdownNow();
    }

    // ---- for tests ----

    /** The number of unit maps in the strip. */
    int unitCount() {
        return cells.size();
    }

    /** The θ whose maps are painted now, or null before the first. */
    double[] paintedTheta() {
        return painted == null ? null : painted.theta;
    }

    /** The run ("fixed" or "backtracking") the maps show. */
    String method() {
        return method;
    }

    /** Unit j's map image. */
    WritableImage image(int j) {
        return cells.get(j).image;
    }

    // ---- computing ----

    private void request() {
        double[] theta = Comparison.FIXED.equals(method) ? fixedTheta : backtrackingTheta;
        if (!showing || grid == null || theta == null || theta.length != 4 * cells.size() + 1) {
            return;
        }
        Job last = waiting != null ? waiting : inFlight != null ? inFlight : painted;
        if (last != null && last.grid == grid && last.method.equals(method) && Arrays.equals(last.theta, theta)) {
            if (last == painted) {
                painted = painted.at(shownWhen);
                showCaption(painted);
            }
            return;
        }
        waiting = new Job(grid, cells.size(), activation, method, theta, shownWhen);
        submitWaiting();
    }

    private void submitWaiting() {
        if (inFlight != null || waiting == null) {
            return;
        }
        Job job = waiting;
        waiting = null;
        inFlight = job;
        try {
            worker.execute(() -> {
                try {
                    Result result = compute(job);
                    ui.execute(() -> paint(result));
                } catch (RuntimeException e) {
                    LOG.error("hidden-unit maps failed", e);
                    ui.execute(() -> failed(job, e));
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight = null;
        }
    }

    // worker thread: maps, scale and colours; argb is reused because at most one job is in flight
    private Result compute(Job job) {
        long start = System.nanoTime();
        if (maps == null || mapsGrid != job.grid || maps.hidden() != job.hidden || maps.activation() != job.f) {
            maps = job.grid.hiddenUnitMaps(job.hidden, job.f);
            mapsGrid = job.grid;
            values = new float[job.hidden * maps.size()];
            argb = new int[values.length];
        }
        maps.maps(job.theta, values);
        UnitScale scale = UnitScale.of(job.f, values);
        for (int k = 0; k < values.length; k++) {
            argb[k] = scale.argb(values[k]);
        }
        return new Result(job, argb, scale, System.nanoTime() - start);
    }

    private void paint(Result r) {
        inFlight = null;
        if (r.job.grid == grid && r.job.hidden == cells.size()) {
            int w = grid.width();
            int h = grid.height();
            for (int j = 0; j < cells.size(); j++) {
                cells.get(j).image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), r.argb,
                        j * w * h, w);
                cells.get(j).showWeight(r.job.theta[3 * cells.size() + j]);
            }
            painted = r.job;
            shownScale = r.scale;
            drawScaleBar(r.scale);
            showCaption(r.job);
            if (overlayMethod != null) {
                refreshOverlay();
            }
            LOG.debug("hidden-unit maps: H {} in {} µs", cells.size(), r.nanos / 1000);
        }
        submitWaiting();
    }

    private void failed(Job job, RuntimeException e) {
        inFlight = null;
        caption.setText("Hidden-unit maps failed: " + Messages.oneLine(e));
        submitWaiting();
    }

    private void showCaption(Job job) {
        caption.setText((Comparison.FIXED.equals(job.method) ? "fixed LR" : "backtracking") + " · " + job.when
                + " · a_j = " + job.f.cliName() + "(x·w1[:,j] + b1[j])");
    }

    // ---- run choice and overlay ----

    private ToggleButton runToggle(String text, String id, String run) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(run);
        return b;
    }

    private void selectRun(String run) {
        method = run;
        refreshOverlay();
        request();
    }

    private void hover(int j, boolean on) {
        hovered = on ? j : (hovered == j ? -1 : hovered);
        refreshOverlay();
    }

    private void click(int j) {
        pinned = pinned == j ? -1 : j;
        for (Cell c : cells) {
            c.box.pseudoClassStateChanged(PINNED, c.unit == pinned);
        }
        refreshOverlay();
    }

    private void clearPin() {
        pinned = -1;
        hovered = -1;
        for (Cell c : cells) {
            c.box.pseudoClassStateChanged(PINNED, false);
        }
        refreshOverlay();
    }

    private void clearOverlay() {
        hovered = -1;
        pinned = -1;
        refreshOverlay();
    }

    private void refreshOverlay() {
        if (overlayMethod != null) {
            boundaryOf.apply(overlayMethod).clearOverlay();
            overlayMethod = null;
        }
        int unit = pinned >= 0 ? pinned : hovered;
        if (unit < 0 || unit >= cells.size()) {
            return;
        }
        Cell cell = cells.get(unit);
        overlayMethod = method;
        boundaryOf.apply(method).showOverlay(cell.image, "unit " + (unit + 1) + " · " + activation.cliName()
                + " · " + cell.weight.getText() + (shownScale == null ? "" : " · " + scaleText(shownScale))
                + (pinned == unit ? " · pinned (Esc)" : ""));
    }

    private void installEscape(Scene scene) {
        if (scene != null) {
            scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && (pinned >= 0 || hovered >= 0)) {
                    clearPin();
                    e.consume();
                }
            });
        }
    }

    // ---- layout ----

    // the largest cell width (MIN_CELL..MAX_CELL) at which all maps fit the viewport; else MIN_CELL and scroll
    private void fitCells() {
        double w = scroll.getViewportBounds().getWidth() - 4;
        double h = scroll.getViewportBounds().getHeight() - 4;
        int n = cells.size();
        if (n == 0 || w <= 0 || h <= 0) {
            return;
        }
        double best = MIN_CELL;
        // a cell is the image, 1 px spacing, the label and a 1 px border all round
        for (double cw = MAX_CELL; cw >= MIN_CELL; cw -= 2) {
            int cols = Math.max(1, (int) ((w + GAP) / (cw + 2 + GAP)));
            int rows = (n + cols - 1) / cols;
            if (rows * (Math.round(cw / aspect) + 1 + LABEL_H + 2 + GAP) - GAP <= h) {
                best = cw;
                break;
            }
        }
        for (Cell c : cells) {
            c.view.setFitWidth(best);
            c.view.setFitHeight(Math.round(best / aspect));
            c.weight.setMaxWidth(best);
        }
    }

    private void drawScaleBar(UnitScale scale) {
        GraphicsContext g = scaleBar.getGraphicsContext2D();
        double w = scaleBar.getWidth();
        double h = scaleBar.getHeight();
        g.clearRect(0, 0, w, h);
        if (scale == null) {
            scaleMin.setText("");
            scaleMax.setText("");
            return;
        }
        for (int x = 0; x < w; x++) {
            double a = scale.min() + (scale.max() - scale.min()) * (x + 0.5) / w;
            g.setFill(fx(scale.argb((float) a)));
            g.fillRect(x, 0, 1, h);
        }
        g.setStroke(Color.rgb(0, 0, 0, 0.4));
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        scaleMin.setText(Formats.num(Numbers.round(scale.min(), 3)));
        scaleMax.setText(Formats.num(Numbers.round(scale.max(), 3)));
    }

    // "−1…1" or "0…14.4": full grey (or white) to full red
    private static String scaleText(UnitScale scale) {
        return Formats.num(Numbers.round(scale.min(), 3)).replace('-', '−') + "…" + Formats.num(Numbers.round(scale.max(), 3));
    }

    private static Color fx(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    private static final javafx.css.PseudoClass PINNED = javafx.css.PseudoClass.getPseudoClass("pinned");

    /** One unit's map and its outgoing-weight label. */
    private final class Cell {
        final int unit;
        final WritableImage image;
        final ImageView view;
        final Label weight = new Label();
        final VBox box;

        Cell(int unit, WritableImage image) {
            this.unit = unit;
            this.image = image;
            this.view = new ImageView(image);
            view.setSmooth(true);
            view.setPreserveRatio(false);
            weight.getStyleClass().add("unit-weight");
            weight.setMinHeight(LABEL_H);
            weight.setPrefHeight(LABEL_H);
            weight.setMaxHeight(LABEL_H);
            box = new VBox(1, view, weight);
            box.setId("hiddenUnit-" + unit);

            box.getStyleClass().add("unit-cell");
            box.setAlignment(Pos.TOP_CENTER);
            box.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> hover(unit, true));
            box.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(unit, false));
            box.setOnMouseClicked(e -> click(unit));
        }

        // w2[j]: sign by colour and text, magnitude as the number
        void showWeight(double w2) {
            weight.setText("w2 " + (w2 >= 0 ? "+" : "−") + Formats.num(Numbers.round(Math.abs(w2), 3)));
            weight.setTextFill(w2 >= 0 ? Color.web("#b2182b") : Color.web("#4d4d4d"));
        }
    }

    /** One θ to map, with what it is mapped on. */
    private record Job(BoundaryGrid grid, int hidden, Activation f, String method, double[] theta, String when) {
        Job at(String nextWhen) {
            return new Job(grid, hidden, f, method, theta, nextWhen);
        }
    }

    private record Result(Job job, int[] argb, UnitScale scale, long nanos) {
    }
}
