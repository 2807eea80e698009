package dev.moons.ui.shell;

import dev.moons.app.GradientChecker;
import dev.moons.app.HessianSpectra;
import dev.moons.app.Pace;
import dev.moons.app.Snapshot;
import dev.moons.app.TrainingService;
import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.render.BoundaryView;
import dev.moons.settings.AppSettings;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.ui.boundary.PointEditing;
import dev.moons.ui.charts.ChartsPanel;
import dev.moons.ui.charts.MetricsTable;
import dev.moons.ui.curvature.CurvaturePane;
import dev.moons.ui.hidden.HiddenUnitsPane;
import dev.moons.ui.inspector.InspectorPane;
import dev.moons.ui.landscape.LandscapePane;
import dev.moons.ui.linesearch.LineSearchPane;
import dev.moons.ui.sweep.SaveTarget;
import dev.moons.ui.sweep.SweepWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The main window's content: toolbar, settings, the two decision boundaries, the loss and step-size charts and
 * the metrics, laid out. All training happens in the {@link TrainingService} it is given; what it delivers is
 * shown by an {@link UpdateRouter}, past epochs by {@link ScrubberMode}, the toolbar is a {@link Toolbar}.
 */
public final class Dashboard {
    private final TrainingService service;
    private final Executor ui;
    private final BorderPane root = new BorderPane();
    private final ControlsPanel controls;
    private final Views views;
    private final GradientChecker checker;
    private final Shown shown;
    private final StatusLine status;
    private final PresetPicker presets;
    private final DataFileActions dataFiles;
    private final PointEditing pointEditing;
    private final ScrubberMode scrubber;
    private final UpdateRouter router;
    private final LandscapePane landscape;
    private final Toolbar.Actions actions = new Toolbar.Actions(this::togglePlay, this::step, this::reset,
            this::openSweep);
    private final SaveTarget sweepTarget;
    private SweepWindow sweepWindow;

    /**
     * A dashboard starting from {@code initial} (seed {@code initial.seed()}) with a service of its own; updates
     * arrive through {@code ui} (Platform::runLater in the app); {@code chooser} picks export targets.
     */
    public Dashboard(Executor ui, FileChooserSeam chooser, Config initial, int gridSize) {
        this(new TrainingService(ui, gridSize), ui, chooser,
                new AppSettings(initial, Seeds.of(initial.seed()), Pace.ONE.label()));
    }

    /** A dashboard starting from remembered {@code settings}: settings, seeds and pace, with a service of its own. */
    public Dashboard(Executor ui, FileChooserSeam chooser, AppSettings settings, int gridSize) {
        this(new TrainingService(ui, gridSize), ui, chooser, settings);
    }

    /**
     * A dashboard showing {@code service} (which it listens to and closes with itself), starting from remembered
     * {@code settings}; updates arrive through {@code ui}, {@code chooser} picks files. Nothing trains before
     * {@link #start}.
     */
    public Dashboard(TrainingService service, Executor ui, FileChooserSeam chooser, AppSettings settings) {
        this.service = service;
        this.ui = ui;
        this.sweepTarget = (title, name, extension) -> chooser.chooseSave(window(), title, name, extension);
        Config initial = settings.config();
        Seeds seeds = settings.seeds();
        this.shown = new Shown(initial, seeds);
        this.status = new StatusLine(shown::isReady);
        this.checker = new GradientChecker(service, ui);
        List<BoundaryView> lanes = List.of(boundary(), boundary());
        this.views = new Views(lanes, initial.methods(), new ChartsPanel(), new MetricsTable(), new LineSearchPane(),
                new InspectorPane(checker), new HiddenUnitsPane(ui, this::boundaryOf),
                new CurvaturePane(new HessianSpectra(service, ui)));
        // the window's title names the lanes' methods
        views.onMethods(methods -> {
            if (window() instanceof javafx.stage.Stage stage) {
                stage.setTitle(MoonsApp.title(methods));
            }
        });
        this.controls = new ControlsPanel(initial, seeds, this::onSettings);
        this.presets = new PresetPicker(initial, seeds, controls::config, controls::seeds,
                this::startPreset);
        this.dataFiles = new DataFileActions(ui, chooser, this::window, service, controls::config,
                controls::seeds, status::showInfo, status::showError);
        SessionActions sessions = new SessionActions(ui, chooser, this::window, service,
                s -> controls.adopt(s.config(), s.seeds()), status::showInfo, status::showError);
        ExportActions exports = new ExportActions(chooser, this::window, shown, views, status);
        this.pointEditing = new PointEditing(service, status::showError);
        lanes.forEach(pointEditing::attach);
        ChartWindows.install(views, this::window);
        this.scrubber = new ScrubberMode(service, shown, views, this::backToLive);
        this.landscape = new LandscapePane(service, ui, shown::lastSnapshot, scrubber.scrubber().slider());
        Toolbar toolbar = new Toolbar(actions, presets.combo(), Toolbar.dataItems(dataFiles, shown::allData),
                Toolbar.sessionItems(sessions), exports.items(root, landscape.map()));
        this.router = new UpdateRouter(shown, views, scrubber.scrubber(), toolbar, status, controls,
                service::isPlaying);
        root.setTop(new VBox(toolbar.node(), presets.hintBar()));
        root.setLeft(controls.node());
        root.setCenter(new StackPane(centre(), status.loadingPane()));
        root.setBottom(status.bar());
        root.setId("dashboard");
        root.getStyleClass().add("dashboard");
        controls.pace().addListener((obs, old, p) -> service.setPace(p));
        for (Pace p : Pace.values()) {
            if (p.label().equals(settings.pace())) {
                controls.setPace(p);
            }
        }
        toolbar.setReady(false);
        status.setReady(false);
        service.listen(router::apply);
    }

    /** The root node to put in a scene. */
    public Parent root() {
        return root;
    }

    /**
     * Installs the keyboard shortcuts (Space train/pause, S step, R reset, Ctrl+Z undo a point edit) on
     * {@code scene}.
     */
    public void install(Scene scene) {
        pointEditing.install(scene);
        Shortcuts.install(scene, actions);
    }

    /** Builds the first comparison on the training thread; the window shows a loading state until it is ready. */
    public void start() {
        service.load(controls.config(), controls.seeds());
    }

    /** What to remember of this session: the settings, seeds and pace now chosen. */
    public AppSettings settings() {
        return new AppSettings(controls.config(), controls.seeds(), controls.pace().get().label());
    }

    /** Shows {@code notice} in the status bar once the first comparison is shown (e.g. a bad settings file). */
    public void showNotice(String notice) {
        status.notice(notice);
    }

    /** Stops the training thread. */
    public void close() {
        if (sweepWindow != null) {
            sweepWindow.cancel();
        }
        service.close();
        checker.close();
        views.hiddenUnits().close();
        views.curvature().close();
        landscape.close();
    }

    // ---- actions ----

    /** Train when paused, pause when training. */
    public void togglePlay() {
        if (service.isPlaying()) {
            service.pause();
        } else if (isReady()) {
            service.play();
        }
        router.refreshPlay();
    }

    /** Exactly one more epoch of each run still going (pauses first). */
    public void step() {
        if (isReady()) {
            service.step();
        }
        router.refreshPlay();
    }

    /** Back to epoch 0 with the same data and initial weights (pauses). */
    public void reset() {
        if (isReady()) {
            service.reset();
        }
        router.refreshPlay();
    }

    /** Starts {@code p}'s lesson: its settings and seeds, both runs at epoch 0 from the same weights, paused. */
    public void applyPreset(Preset p) {
        presets.apply(p);
    }

    /** Whether training is playing (not paused). */
    boolean isPlaying() {
        return service.isPlaying();
    }

    /** Whether the first comparison has been built. */
    public boolean isReady() {
        return shown.isReady();
    }

    /** The training points now shown. */
    public Dataset trainData() {
        return shown.trainData();
    }

    /** The newest snapshot shown, or null before the first. */
    public Snapshot lastSnapshot() {
        return shown.lastSnapshot();
    }

    /** Every point now trained on and tested (generated or loaded), or null before the first. */
    public Dataset allData() {
        return shown.allData();
    }

    /** Reads {@code file} as CSV and trains on it when valid (the Data menu's "Load data" without a dialog). */
    void loadData(Path file) {
        dataFiles.load(file);
    }

    /** The settings of the comparison now shown. */
    Config shownConfig() {
        return shown.config();
    }

    ChartsPanel charts() {
        return views.charts();
    }

    Views views() {
        return views;
    }

    public EpochScrubber scrubber() {
        return scrubber.scrubber();
    }

    public InspectorPane inspector() {
        return views.inspector();
    }

    public BoundaryView boundary(Method method) {
        return views.boundaries().get(method);
    }

    public HiddenUnitsPane hiddenUnits() {
        return views.hiddenUnits();
    }

    public LandscapePane landscape() {
        return landscape;
    }

    /** Opens the learning-rate sweep window (one per dashboard), sweeping with the current settings. */
    void openSweep() {
        if (sweepWindow == null) {
            sweepWindow = new SweepWindow(controls::config, ui, root.getScene(), sweepTarget);
        }
        sweepWindow.show();
    }

    private void onSettings(Config next, Seeds nextSeeds) {
        service.configure(next, nextSeeds);
        presets.refreshHint();
    }

    // a preset is a fresh start: its settings everywhere, both runs at epoch 0 from the same weights, paused
    private void startPreset(Config config, Seeds seeds) {
        controls.adopt(config, seeds);
        service.restart(config, seeds);
        router.refreshPlay();
    }

    private void backToLive() {
        router.showLatest();
    }

    // ---- layout ----

    private Node centre() {
        GridPane top = new GridPane();
        top.setHgap(10);
        top.getStyleClass().add("boundary-row");
        int col = 0;
        for (BoundaryView view : List.of(views.lane(0), views.lane(1))) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            top.getColumnConstraints().add(cc);
            view.setMinSize(0, 0);
            view.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            GridPane.setHgrow(view, Priority.ALWAYS);
            GridPane.setVgrow(view, Priority.ALWAYS);
            top.add(view, col++, 0);
        }
        RowConstraints rc = new RowConstraints();
        rc.setVgrow(Priority.ALWAYS);
        top.getRowConstraints().add(rc);
        top.setMinSize(0, 0);

        Tab lineSearchTab = new Tab("Line search", views.lineSearch().node());
        lineSearchTab.setId("lineSearchTab");
        Tab metricsTab = new Tab("Metrics", views.metrics().node());
        metricsTab.setId("metricsTab");
        // "Units", not "Hidden units": four headers fit in the tabs' share of a 1024-px-wide window, none in overflow
        Tab hiddenUnitsTab = new Tab("Units", views.hiddenUnits().node());
        hiddenUnitsTab.setId("hiddenUnitsTab");
        hiddenUnitsTab.setTooltip(new Tooltip("Hidden units: what each unit of the hidden layer responds to"));
        hiddenUnitsTab.selectedProperty().addListener((obs, was, on) -> views.hiddenUnits().setShowing(on));
        TabPane tabs = new TabPane(lineSearchTab, metricsTab, hiddenUnitsTab, views.inspector().tab());
        tabs.setId("detailTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinSize(0, 0);
        // the bottom row is resizable (drag the dividers); in a narrow window its two charts share a tab pane
        SplitPane bottom = new BottomRow(views.charts(), tabs).node();

        TabPane mapTabs = MapTabs.of(top, views.curvature().node(), landscape);
        VBox.setVgrow(mapTabs, Priority.ALWAYS);
        Node scrubberRow = scrubber.scrubber().node();
        HBox.setHgrow(scrubberRow, Priority.ALWAYS);
        HBox underMaps = new HBox(8, scrubberRow, pointEditing.toggle());
        underMaps.setAlignment(Pos.CENTER_LEFT);
        VBox upper = new VBox(4, mapTabs, underMaps);
        upper.setMinSize(0, 0);
        SplitPane split = new SplitPane(upper, bottom);
        split.setId("centreSplit");
        split.setOrientation(Orientation.VERTICAL);
        CentreShares.apply(split);
        split.getStyleClass().add("centre");
        return split;
    }

    // a lane's boundary: Views titles, colours and names it after the lane's method
    private static BoundaryView boundary() {
        BoundaryView view = new BoundaryView("");
        view.setStatus("loading…", false);
        return view;
    }

    // the boundary of the lane that runs m now (null when none does)
    private BoundaryView boundaryOf(Method m) {
        return views == null ? null : views.boundaries().get(m);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
