package dev.moons.ui.hidden;

import dev.moons.io.Messages;
import dev.moons.model.Activation;
import dev.moons.model.HiddenUnitMaps;
import dev.moons.render.BoundaryView;
import dev.moons.render.UnitScale;
import dev.moons.training.BoundaryGrid;
import dev.moons.training.Method;
import dev.moons.ui.lanes.LaneToggles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Hidden units" tab: one small map per hidden unit j of the chosen run, a_j(x) = f(x·w1[:,j] + b1[j]) over
 * the boundary's grid and rectangle, coloured by {@link UnitScale} (its key in the header, {@link UnitScaleKey}),
 * with the unit's outgoing weight w2[j] under it ({@link UnitCell}). Hovering a map shows it large over that
 * run's boundary pane; a click pins it there until a second click or Esc. The maps follow training and the epoch
 * scrubber: each new θ is mapped on a background thread ({@link UnitMapJobs}, ND4J float32,
 * {@link HiddenUnitMaps}; measured 1.8 ms (ReLU) to 7.7 ms (tanh) for H = 16 on 100² pixels, up to 52 ms for
 * H = 256) and painted with one {@code setPixels} per unit into reused images. At most one computation is in
 * flight; a θ arriving meanwhile replaces the waiting one, and an unchanged θ or a hidden tab computes nothing.
 */
public final class HiddenUnitsPane implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HiddenUnitsPane.class);
    private static final double GAP = 6;
    private static final String HELP = "Each map is one hidden unit's activation a_j(x) = f(x·w1[:,j] + b1[j]) over"
            + " the boundary's plane. White is 0, red positive, grey negative (the key above: −1..1 for tanh,"
            + " 0..1 for sigmoid, 0..largest for ReLU, ±largest for leaky ReLU); the edge between white or grey and"
            + " red is the unit's line x·w1[:,j] + b1[j] = 0. The number under a map is the unit's outgoing weight"
            + " w2[j]: red pushes towards class 1, grey towards class 0. Hover a map to see it large over the"
            + " boundary; click pins it (click again or Esc clears).";
    private static final double MIN_CELL = 56;
    private static final double MAX_CELL = 170;

    private final Function<Method, BoundaryView> boundaryOf;
    private final UnitMapJobs jobs;
    private final VBox root = new VBox(6);
    private final FlowPane strip = new FlowPane(GAP, GAP);
    private final ScrollPane scroll = new ScrollPane(strip);
    private final LaneToggles runButtons = new LaneToggles("hiddenRuns", m -> LaneToggles.id("hidden", m, "Toggle"),
            this::selectRun);
    private List<Method> lanes = Method.DEFAULTS;
    private final UnitScaleKey key = new UnitScaleKey();
    private final Label caption = new Label();
    private final List<UnitCell> cells = new ArrayList<>();

    // FX thread only
    private BoundaryGrid grid;
    private Activation activation = Activation.RELU;
    private Method method = Method.FIXED;
    private final Map<Method, double[]> thetas = new EnumMap<>(Method.class);
    private String shownWhen = "";
    private boolean showing;
    private int hovered = -1;
    private int pinned = -1;
    private Method overlayMethod;
    private double aspect = 1;
    private UnitScale shownScale;

    /** A pane whose results are shown through {@code ui} and whose overlay goes to {@code boundaryOf(method)}. */
    public HiddenUnitsPane(Executor ui, Function<Method, BoundaryView> boundaryOf) {
        this.boundaryOf = boundaryOf;
        this.jobs = new UnitMapJobs(ui, new UnitMapJobs.Painter() {
            @Override
            public boolean paint(UnitMapJobs.Result r) {
                return HiddenUnitsPane.this.paint(r);
            }

            @Override
            public void failed(RuntimeException e) {
                caption.setText("Hidden-unit maps failed: " + Messages.oneLine(e));
            }
        });
        root.setId("hiddenUnitsPane");
        root.setPadding(new Insets(6));
        root.setMinSize(0, 0);
        runButtons.setMethods(lanes);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, runButtons.node(), spacer, key.min, key.bar, key.max);
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
    }

    /** The cells shown now, unit order (for {@link UnitMapsPicture}). */
    List<UnitCell> cells() {
        return cells;
    }

    /** Width over height of a unit map (that of the boundary's data rectangle). */
    double mapAspect() {
        return aspect;
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
        thetas.clear();
        jobs.forget();
        cells.clear();
        strip.getChildren().clear();
        for (int j = 0; j < hidden; j++) {
            UnitCell cell = new UnitCell(j, new WritableImage(nextGrid.width(), nextGrid.height()), this::hover,
                    this::click);
            cells.add(cell);
            strip.getChildren().add(cell.box);
        }
        fitCells();
        key.draw(null);
        caption.setText(hidden + " units · f = " + f.cliName() + " · hover a map for a large view");
    }

    /** Shows the lanes' {@code methods} (left first): a toggle each; the selected lane stays selected. */
    public void setMethods(List<Method> methods) {
        clearOverlay();
        lanes = List.copyOf(methods);
        thetas.clear();
        runButtons.setMethods(lanes);
    }

    /** The lanes' parameters θ [4H+1] to map (left, right), at the moment described by {@code when} ("epoch 12"). */
    public void show(double[] left, double[] right, String when) {
        thetas.put(lanes.get(0), left);
        thetas.put(lanes.get(1), right);
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
        jobs.close();
    }

    // ---- for tests ----

    /** The number of unit maps in the strip. */
    int unitCount() {
        return cells.size();
    }

    /** The θ whose maps are painted now, or null before the first. */
    double[] paintedTheta() {
        UnitMapJobs.Job painted = jobs.painted();
        return painted == null ? null : painted.theta();
    }

    /** The run the maps show. */
    Method method() {
        return method;
    }

    /** Unit j's map image. */
    WritableImage image(int j) {
        return cells.get(j).image;
    }

    // ---- computing and painting ----

    private void request() {
        double[] theta = thetas.get(method);
        if (!showing || grid == null || theta == null || theta.length != 4 * cells.size() + 1) {
            return;
        }
        UnitMapJobs.Job last = jobs.latest();
        if (last != null && last.maps(grid, method, theta)) {
            if (last == jobs.painted()) {
                jobs.relabelPainted(shownWhen);
                showCaption(jobs.painted());
            }
            return;
        }
        jobs.submit(new UnitMapJobs.Job(grid, cells.size(), activation, method, theta, shownWhen));
    }

    // FX thread: one setPixels per unit from the job's colours; false when the model changed meanwhile
    private boolean paint(UnitMapJobs.Result r) {
        UnitMapJobs.Job job = r.job();
        if (job.grid() != grid || job.hidden() != cells.size()) {
            return false;
        }
        int w = grid.width();
        int h = grid.height();
        for (int j = 0; j < cells.size(); j++) {
            cells.get(j).image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), r.argb(),
                    j * w * h, w);
            cells.get(j).showWeight(job.theta()[3 * cells.size() + j]);
        }
        shownScale = r.scale();
        key.draw(r.scale());
        showCaption(job);
        if (overlayMethod != null) {
            refreshOverlay();
        }
        LOG.debug("hidden-unit maps: H {} in {} µs", cells.size(), r.nanos() / 1000);
        return true;
    }

    private void showCaption(UnitMapJobs.Job job) {
        caption.setText(job.method().shortLabel() + " · " + job.when()
                + " · a_j = " + job.f().cliName() + "(x·w1[:,j] + b1[j])");
    }

    // ---- run choice and overlay ----

    // toggle ids "hiddenFixedToggle", "hiddenBacktrackingToggle", "hiddenMomentumToggle", …

    private void selectRun(Method run) {
        if (run == null) {
            return;
        }
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
        for (UnitCell c : cells) {
            c.setPinned(c.unit == pinned);
        }
        refreshOverlay();
    }

    private void clearPin() {
        pinned = -1;
        hovered = -1;
        for (UnitCell c : cells) {
            c.setPinned(false);
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
            BoundaryView shown = boundaryOf.apply(overlayMethod);
            if (shown != null) {
                shown.clearOverlay();
            }
            overlayMethod = null;
        }
        int unit = pinned >= 0 ? pinned : hovered;
        if (unit < 0 || unit >= cells.size()) {
            return;
        }
        UnitCell cell = cells.get(unit);
        overlayMethod = method;
        boundaryOf.apply(method).showOverlay(cell.image, "unit " + (unit + 1) + " · " + activation.cliName()
                + " · " + cell.weight.getText() + (shownScale == null ? "" : " · " + UnitScaleKey.text(shownScale))
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
            if (rows * (Math.round(cw / aspect) + 1 + UnitCell.LABEL_H + 2 + GAP) - GAP <= h) {
                best = cw;
                break;
            }
        }
        for (UnitCell c : cells) {
            c.fit(best, Math.round(best / aspect));
        }
    }
}
