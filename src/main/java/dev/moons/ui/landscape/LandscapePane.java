package dev.moons.ui.landscape;

import dev.moons.app.Snapshot;
import dev.moons.app.TrainingService;
import dev.moons.landscape.Landscape;
import dev.moons.landscape.LandscapeSettings;
import dev.moons.landscape.PlaneKind;
import dev.moons.landscape.ThetaHessian;
import dev.moons.landscape.ThetaLoss;
import dev.moons.landscape.Trajectories;
import dev.moons.render.chart.LinePlot;
import dev.moons.render.landscape.LandscapeMap;
import dev.moons.render.landscape.ProfilePlot;
import dev.moons.session.Session;
import dev.moons.training.Comparison;
import dev.moons.training.RunStatus;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.Slider;
import org.controlsfx.control.SegmentedButton;

/**
 * The Landscape tab: the loss surface on a plane through θ0 with both paths (a {@link LandscapeMap}), the plane
 * chooser, and the straight-line profiles below. The landscape is computed on a worker thread of its own from a
 * copy of the comparison (the service's session), and recomputed only while the tab shows, when a run has moved by
 * more than {@link #MOVE_FRACTION} of the picture's width since the last one (or training ended, or the plane or
 * the comparison changed), at most every {@link #MIN_INTERVAL_MS} ms; the dots follow the Epoch slider.
 */
public final class LandscapePane {
    /** How far (a fraction of the grid's width) a run's θ must move before the surface is recomputed. */
    static final double MOVE_FRACTION = 0.02;
    /** The least time between two recomputations started while training. */
    static final long MIN_INTERVAL_MS = 400;

    private final TrainingService service;
    private final java.util.concurrent.Executor ui;
    private final Supplier<Snapshot> latest;
    private final LandscapeMap map = new LandscapeMap();
    private final LinePlot profiles = ProfilePlot.create();
    private final SegmentedButton planes = new SegmentedButton();
    private final Label info = new Label("");
    private final BorderPane node = new BorderPane();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "landscape");
        t.setDaemon(true);
        return t;
    });
    private PlaneKind plane = PlaneKind.ENDPOINTS;
    private boolean showing;
    private boolean busy;
    private boolean pending;
    private long lastStart;
    private Basis shownBasis;
    private int computations;
    private double lastMillis = Double.NaN;

    /** What the shown landscape was computed from: the comparison, its plane, its epoch and where both runs were. */
    private record Basis(long generation, PlaneKind plane, int epoch, double[] left, double[] right,
            double width) {
    }

    /**
     * A pane reading the comparison from {@code service} (results delivered through {@code ui}), the newest
     * snapshot from {@code latest}, and the shown epoch from the {@code epochs} slider.
     */
    public LandscapePane(TrainingService service, java.util.concurrent.Executor ui, Supplier<Snapshot> latest,
            Slider epochs) {
        this.service = service;
        this.ui = ui;
        this.latest = latest;
        map.setId("landscapeMap");
        profiles.setId("landscapeProfiles");
        for (PlaneKind k : PlaneKind.values()) {
            ToggleButton b = new ToggleButton(k.id());
            b.setId("plane-" + k.id());
            b.setUserData(k);
            b.setSelected(k == plane);
            planes.getButtons().add(b);
        }
        planes.setId("landscapePlane");
        planes.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                plane = (PlaneKind) now.getUserData();
                refresh();
            }
        });
        info.setId("landscapeInfo");
        info.getStyleClass().add("hint");
        info.setMinWidth(0);
        Label title = new Label("Plane");
        title.setMinWidth(Region.USE_PREF_SIZE);
        planes.setMinWidth(Region.USE_PREF_SIZE);
        HBox choice = new HBox(8, title, planes);
        choice.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(2, choice, info);
        map.setMinSize(0, 0);
        profiles.setMinSize(0, 0);
        SplitPane split = new SplitPane(map, profiles);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        // side by side when the pane is wide (the bottom-row tab), one above the other when it is tall
        split.widthProperty().addListener((obs, old, w) -> orient(split));
        split.heightProperty().addListener((obs, old, h) -> orient(split));
        node.setTop(bar);
        node.setCenter(split);
        node.setId("landscapePane");
        epochs.valueProperty().addListener((obs, old, v) -> map.setShownEpoch((int) Math.round(v.doubleValue())));
        epochs.maxProperty().addListener((obs, old, v) -> refresh());
    }

    private static void orient(SplitPane split) {
        Orientation wanted = split.getWidth() > 1.4 * split.getHeight() ? Orientation.HORIZONTAL : Orientation.VERTICAL;
        if (split.getOrientation() != wanted) {
            split.setOrientation(wanted);
            split.setDividerPositions(wanted == Orientation.HORIZONTAL ? 0.6 : 0.72);
        }
    }

    /** The pane's root node. */
    public Node node() {
        return node;
    }

    /** The map (for exports and tests). */
    public LandscapeMap map() {
        return map;
    }

    /** The profile chart (for exports and tests). */
    public LinePlot profiles() {
        return profiles;
    }

    /** How many landscapes were computed so far. */
    public int computations() {
        return computations;
    }

    /** Whether the tab is shown: the landscape is computed only then. */
    public void setShowing(boolean on) {
        showing = on;
        refresh();
    }

    /** Starts a recomputation when the runs have moved enough (FX thread); at most one runs at a time. */
    public void refresh() {
        Snapshot s = latest.get();
        if (!showing || s == null || Math.max(s.left().last().epoch(), s.right().last().epoch()) < 1) {
            return;
        }
        if (busy) {
            pending = true;
            return;
        }
        if (!needed(s)) {
            return;
        }
        busy = true;
        lastStart = System.nanoTime();
        PlaneKind kind = plane;
        LandscapeSettings settings = LandscapeSettings.defaults(s.config().seed()).withPlane(kind);
        service.session().thenAcceptAsync(session -> {
            long start = System.nanoTime();
            Landscape landscape = compute(session, settings);
            double ms = (System.nanoTime() - start) / 1e6;
            ui.execute(() -> done(landscape, basis(s, kind, landscape), ms));
        }, worker).exceptionally(e -> {
            ui.execute(() -> failed(e));
            return null;
        });
    }

    private static Landscape compute(Session session, LandscapeSettings settings) {
        Comparison comparison = session.comparison();
        return Landscape.compute(Trajectories.of(comparison, session.archive()),
                ThetaLoss.training(comparison.problem()), ThetaHessian.training(comparison.problem()), settings);
    }

    private boolean needed(Snapshot s) {
        if (shownBasis == null || shownBasis.generation() != s.generation() || shownBasis.plane() != plane) {
            return true;
        }
        boolean ended = s.left().last().status() != RunStatus.RUNNING
                && s.right().last().status() != RunStatus.RUNNING;
        int epoch = Math.max(s.left().last().epoch(), s.right().last().epoch());
        if (ended) {
            return shownBasis.epoch() != epoch;
        }
        if ((System.nanoTime() - lastStart) / 1e6 < MIN_INTERVAL_MS) {
            return false;
        }
        double limit = MOVE_FRACTION * shownBasis.width();
        return distance(s.left().theta(), shownBasis.left()) > limit
                || distance(s.right().theta(), shownBasis.right()) > limit;
    }

    private static Basis basis(Snapshot s, PlaneKind kind, Landscape landscape) {
        double[] a = landscape.surface().a();
        return new Basis(s.generation(), kind, Math.max(s.left().last().epoch(), s.right().last().epoch()),
                s.left().theta(), s.right().theta(), a[a.length - 1] - a[0]);
    }

    private static double distance(double[] u, double[] v) {
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += (u[i] - v[i]) * (u[i] - v[i]);
        }
        return Math.sqrt(sum);
    }

    private void done(Landscape landscape, Basis basis, double ms) {
        busy = false;
        shownBasis = basis;
        computations++;
        lastMillis = ms;
        map.setLandscape(landscape);
        ProfilePlot.show(profiles, landscape);
        double barrier = landscape.between().barrier();
        info.setText(String.format(Locale.ROOT, "computed at epoch %d in %.0f ms · barrier between the solutions %s",
                basis.epoch(), ms, barrier > 0 ? String.format(Locale.ROOT, "%.4f", barrier) : "none"));
        if (pending) {
            pending = false;
            refresh();
        }
    }

    private void failed(Throwable e) {
        busy = false;
        pending = false;
        Throwable cause = e.getCause() == null ? e : e.getCause();
        info.setText("landscape not computed: " + cause.getMessage());
    }

    /** The last computation's time in ms, NaN before the first. */
    public double lastMillis() {
        return lastMillis;
    }

    /** Stops the worker thread. */
    public void close() {
        worker.shutdownNow();
    }
}
