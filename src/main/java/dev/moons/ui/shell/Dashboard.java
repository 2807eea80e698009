package dev.moons.ui.shell;

import dev.moons.io.Messages;
import dev.moons.render.Formats;
import dev.moons.render.BoundaryView;
import dev.moons.render.Palette;
import dev.moons.ui.boundary.PointEditing;
import dev.moons.ui.charts.ChartsPanel;
import dev.moons.ui.charts.MetricsTable;
import dev.moons.ui.hidden.HiddenUnitsPane;
import dev.moons.ui.inspector.InspectorPane;
import dev.moons.ui.linesearch.LineSearchPane;
import dev.moons.ui.sweep.SweepWindow;
import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.io.AtomicFiles;
import dev.moons.export.PngExport;
import dev.moons.settings.AppSettings;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochRecord;
import dev.moons.training.RunStatus;
import dev.moons.app.EpochView;
import dev.moons.app.GradientChecker;
import dev.moons.app.HistoryCsv;
import dev.moons.app.Pace;
import dev.moons.app.RunSnapshot;
import dev.moons.app.Snapshot;
import dev.moons.app.TrainingService;
import dev.moons.app.UiEvent;
import dev.moons.app.Update;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: toolbar, settings, the two decision boundaries, the loss and step-size charts and
 * the metrics. All training happens in a {@link TrainingService}; this class only shows what it delivers.
 */
public final class Dashboard {
    private final TrainingService service;
    private final FileChooserSeam chooser;
    private final BorderPane root = new BorderPane();
    private final ControlsPanel controls;
    private final ChartsPanel charts = new ChartsPanel();
    private final MetricsTable metrics = new MetricsTable();
    private final LineSearchPane lineSearch = new LineSearchPane();
    private final GradientChecker checker;
    private final InspectorPane inspector;
    private final EpochScrubber scrubber = new EpochScrubber(this::scrubTo, this::followLive);
    private final Button sweepButton = new Button("LR sweep…");
    private SweepWindow sweepWindow;
    private final Map<String, BoundaryView> boundaries = new LinkedHashMap<>();
    private final HiddenUnitsPane hiddenUnits;
    private final Button trainButton = new Button();
    private final Button stepButton = new Button("Step");
    private final Button resetButton = new Button("Reset");
    private final ComboBox<Preset> presets = new ComboBox<>();
    private final MenuButton exportMenu = new MenuButton("Export");
    private final MenuButton dataMenu = new MenuButton("Data");
    private final MenuButton sessionMenu = new MenuButton("Session");
    private final SessionActions sessions;
    private final DataFileActions dataFiles;
    private final PointEditing pointEditing;
    private final Executor ui;
    private final Label epochLabel = new Label("loading…");
    private final Label presetHint = new Label();
    private final Label loadingText = new Label("Loading ND4J and drawing the moons…");
    private final StatusBar statusBar = new StatusBar();
    private final VBox loading;
    private Config shownConfig;
    private Seeds shownSeeds;
    private Dataset trainData;
    private long shownGeneration = -1;
    private Snapshot lastSnapshot;
    private Preset activePreset;
    private boolean updatingPreset;
    private Dataset allData;
    private String pendingNotice;

    /**
     * A dashboard starting from {@code initial} (seed {@code initial.seed()}); updates arrive through
     * {@code ui} (Platform::runLater in the app); {@code chooser} picks export targets.
     */
    public Dashboard(Executor ui, FileChooserSeam chooser, Config initial, int gridSize) {
        this(ui, chooser, new AppSettings(initial, Seeds.of(initial.seed()), Pace.ONE.label()), gridSize);
    }

    /** A dashboard starting from remembered {@code settings}: settings, seeds and pace. */
    public Dashboard(Executor ui, FileChooserSeam chooser, AppSettings settings, int gridSize) {
        this.chooser = chooser;
        this.ui = ui;
        this.service = new TrainingService(ui, this::onUpdate, gridSize);
        this.checker = new GradientChecker(service, ui);
        this.inspector = new InspectorPane(checker);
        this.hiddenUnits = new HiddenUnitsPane(ui, boundaries::get);
        Config initial = settings.config();
        Seeds seeds = settings.seeds();
        this.controls = new ControlsPanel(initial, seeds, this::onSettings);
        this.dataFiles = new DataFileActions(ui, chooser, this::window, service, controls::config,
                controls::seeds, this::showInfo, this::showError);
        this.sessions = new SessionActions(ui, chooser, this::window, service,
                s -> controls.adopt(s.config(), s.seeds()), this::showInfo, this::showError);
        this.shownConfig = initial;
        this.shownSeeds = seeds;
        boundaries.put(Comparison.FIXED, boundary("Fixed learning rate", "fixedBoundary", Palette.FIXED));
        boundaries.put(Comparison.BACKTRACKING,
                boundary("Backtracking line search", "backtrackingBoundary", Palette.BACKTRACKING));
        this.pointEditing = new PointEditing(service, this::showError);
        boundaries.values().forEach(pointEditing::attach);
        this.loading = loadingPane();
        StackPane centre = new StackPane(centre(), loading);
        root.setTop(new VBox(toolbar(), hintBar()));
        root.setLeft(controls.node());
        root.setCenter(centre);
        root.setBottom(statusBar());
        root.setId("dashboard");
        root.getStyleClass().add("dashboard");
        controls.pace().addListener((obs, old, p) -> service.setPace(p));
        for (Pace p : Pace.values()) {
            if (p.label().equals(settings.pace())) {
                controls.setPace(p);
            }
        }
        setReady(false);
        for (Preset p : Preset.values()) {
            if (p.config().equals(initial)) {
                activePreset = p;
            }
        }
        if (activePreset != null) {
            updatingPreset = true;
            presets.getSelectionModel().select(activePreset);
            updatingPreset = false;
        }
        refreshPresetHint();
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
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                togglePlay();
                e.consume();
            } else if (e.getCode() == KeyCode.S) {
                step();
                e.consume();
            } else if (e.getCode() == KeyCode.R) {
                reset();
                e.consume();
            }
        });
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
        if (isReady()) {
            showError(notice);
        } else {
            pendingNotice = notice;
        }
    }

    /** Stops the training thread. */
    public void close() {
        if (sweepWindow != null) {
            sweepWindow.cancel();
        }
        service.close();
        checker.close();
        hiddenUnits.close();
    }

    // ---- actions ----

    /** Train when paused, pause when training. */
    public void togglePlay() {
        if (service.isPlaying()) {
            service.pause();
        } else if (isReady()) {
            service.play();
        }
        refreshPlayButton();
    }

    /** Exactly one more epoch of each run still going (pauses first). */
    public void step() {
        if (isReady()) {
            service.step();
        }
        refreshPlayButton();
    }

    /** Back to epoch 0 with the same data and initial weights (pauses). */
    public void reset() {
        if (isReady()) {
            service.reset();
        }
        refreshPlayButton();
    }

    /** Loads {@code p}'s settings with seed 42's streams and restarts. */
    public void applyPreset(Preset p) {
        activePreset = p;
        updatingPreset = true;
        try {
            presets.getSelectionModel().select(p);
        } finally {
            updatingPreset = false;
        }
        controls.load(p.config(), Seeds.of(p.config().seed()));
        refreshPresetHint();
    }

    /** Whether the first comparison has been built. */
    public boolean isReady() {
        return shownGeneration >= 0;
    }

    /** The training points now shown. */
    public Dataset trainData() {
        return trainData;
    }

    /** The newest snapshot shown, or null before the first. */
    public Snapshot lastSnapshot() {
        return lastSnapshot;
    }

    /** Every point now trained on and tested (generated or loaded), or null before the first. */
    public Dataset allData() {
        return allData;
    }

    /** Reads {@code file} as CSV and trains on it when valid (the Data menu's "Load data" without a dialog). */
    void loadData(Path file) {
        dataFiles.load(file);
    }

    /** The settings of the comparison now shown. */
    Config shownConfig() {
        return shownConfig;
    }

    ChartsPanel charts() {
        return charts;
    }

    public EpochScrubber scrubber() {
        return scrubber;
    }

    public InspectorPane inspector() {
        return inspector;
    }

    public BoundaryView boundary(String method) {
        return boundaries.get(method);
    }

    public HiddenUnitsPane hiddenUnits() {
        return hiddenUnits;
    }

    /** Opens the learning-rate sweep window (one per dashboard), sweeping with the current settings. */
    void openSweep() {
        if (sweepWindow == null) {
            sweepWindow = new SweepWindow(controls::config, ui, root.getScene());
        }
        sweepWindow.show();
    }

    private void onSettings(Config next, Seeds nextSeeds) {
        service.configure(next, nextSeeds);
        refreshPresetHint();
    }

    // ---- updates from the training thread ----

    private void onUpdate(Update update) {
        for (UiEvent e : update.events()) {
            if (e.generation() < shownGeneration) {
                continue;
            }
            if (e instanceof UiEvent.Reset r) {
                showReset(r);
            } else if (e.generation() != shownGeneration) {
                continue;
            } else if (e instanceof UiEvent.Epoch ep) {
                charts.add(ep.method(), ep.record());
            } else if (e instanceof UiEvent.Layers l) {
                inspector.add(l.method(), l.stats());
            } else if (e instanceof UiEvent.OptimizerChanged o) {
                charts.mark(o.epoch(), o.label());
            } else if (e instanceof UiEvent.LineSearch l) {
                lineSearch.showLive(l.picture());
            } else if (e instanceof UiEvent.Failure f) {
                showError(f.message());
            }
        }
        Snapshot s = update.latest();
        if (s != null && s.generation() == shownGeneration) {
            showSnapshot(s);
        }
        refreshPlayButton();
    }

    private void showReset(UiEvent.Reset r) {
        shownGeneration = r.generation();
        shownConfig = r.config();
        shownSeeds = r.seeds();
        trainData = r.train();
        lastSnapshot = null;
        charts.clear();
        metrics.clear();
        scrubber.reset();
        lineSearch.clear();
        inspector.clear(r.generation());
        for (BoundaryView view : boundaries.values()) {
            view.setData(r.grid(), r.train(), r.test());
        }
        hiddenUnits.setModel(r.grid(), r.config().hidden(), r.config().activation());
        setReady(true);
        statusBar.getStyleClass().remove("error");
        statusBar.setText(r.train().size() + " training and " + r.test().size() + " test points · seed "
                + r.config().seed() + " · " + r.reason());
        allData = r.all();
        controls.showDataFile(r.dataFile(), allData == null ? 0 : allData.size());
        if (pendingNotice != null) {
            showError(pendingNotice);
            pendingNotice = null;
        }
    }

    private void showSnapshot(Snapshot s) {
        lastSnapshot = s;
        shownConfig = s.config();
        shownSeeds = s.seeds();
        inspector.showLive(s);
        for (RunSnapshot run : List.of(s.fixed(), s.backtracking())) {
            metrics.show(run);
            if (!scrubber.isLive()) {
                continue;
            }
            BoundaryView view = boundaries.get(run.method());
            view.setProbabilities(run.probabilities());
            showRecord(view, run.last(), run.epochs(), run.optimizer());
            RunStatus status = run.last().status();
            view.setStatus(statusText(run), status == RunStatus.DIVERGED || status == RunStatus.FAILED);
        }
        int epoch = Math.max(s.fixed().last().epoch(), s.backtracking().last().epoch());
        scrubber.setLatest(epoch);
        if (scrubber.isLive()) {
            hiddenUnits.show(s.fixed().theta(), s.backtracking().theta(), "epoch " + epoch);
        }
        epochLabel.setText(String.format(Locale.ROOT, "epoch %d / %d", epoch, s.fixed().epochs()));
    }

    private static void showRecord(BoundaryView view, EpochRecord r, int epochs, String optimizer) {
        view.setInfo("epoch " + r.epoch() + " / " + epochs + "   α " + Formats.num(r.step()),
                "loss " + Formats.loss(r.trainLoss()) + "  (test " + Formats.loss(r.testLoss()) + ")",
                "accuracy  train " + Formats.percent(r.trainAcc()) + "  test " + Formats.percent(r.testAcc()),
                optimizer);
    }

    // ---- the epoch scrubber ----

    private void scrubTo(int epoch) {
        if (isReady()) {
            service.inspect(epoch, this::showEpoch);
        }
    }

    private void showEpoch(EpochView v) {
        if (scrubber.isLive() || v.generation() != shownGeneration) {
            return;
        }
        String[] optimizers = {TrainingService.fixedLabel(shownConfig), TrainingService.lineSearchLabel(shownConfig)};
        double[][] probabilities = {v.fixedProbabilities(), v.backtrackingProbabilities()};
        EpochRecord[] records = {v.fixed(), v.backtracking()};
        int i = 0;
        for (BoundaryView view : boundaries.values()) {
            if (probabilities[i] != null) {
                view.setProbabilities(probabilities[i]);
            }
            showRecord(view, records[i], shownConfig.epochs(), optimizers[i]);
            view.setStatus("epoch " + v.epoch() + " (past)", false);
            i++;
        }
        charts.showEpoch(v.epoch());
        lineSearch.showPast(v.lineSearch());
        inspector.showPast(v);
        hiddenUnits.show(v.fixedTheta(), v.backtrackingTheta(), "epoch " + v.epoch() + " (past)");
        scrubber.showing(v.requested(), v.epoch(), v.stride());
    }

    private void followLive() {
        charts.showEpoch(-1);
        lineSearch.followLive();
        inspector.followLive();
        if (lastSnapshot != null) {
            showSnapshot(lastSnapshot);
        }
        refreshPlayButton();
    }

    private String statusText(RunSnapshot run) {
        EpochRecord r = run.last();
        return switch (r.status()) {
            case RUNNING -> service.isPlaying() ? "training" : (r.epoch() == 0 ? "ready" : "paused");
            case FINISHED -> "finished";
            case DIVERGED -> "diverged at epoch " + run.divergedAt();
            case STALLED -> "stalled at epoch " + r.epoch();
            case CANCELLED -> "stopped";
            case FAILED -> "failed";
        };
    }

    private void showError(String message) {
        if (!isReady()) {
            loadingText.setText(message);
            loadingText.getStyleClass().add("error-text");
        }
        statusBar.setText(message);
        if (!statusBar.getStyleClass().contains("error")) {
            statusBar.getStyleClass().add("error");
        }
    }

    private void showInfo(String message) {
        statusBar.getStyleClass().remove("error");
        statusBar.setText(message);
    }

    private void setReady(boolean ready) {
        loading.setVisible(!ready);
        trainButton.setDisable(!ready);
        stepButton.setDisable(!ready);
        resetButton.setDisable(!ready);
        exportMenu.setDisable(!ready);
        dataMenu.setDisable(!ready);
        sessionMenu.setDisable(!ready);
    }

    private void refreshPlayButton() {
        boolean playing = service.isPlaying();
        trainButton.setText(playing ? "Pause" : "Train");
        trainButton.setGraphic(playing ? pauseIcon() : playIcon());
        trainButton.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("playing"), playing);
        if (lastSnapshot != null && scrubber.isLive()) {
            for (RunSnapshot run : List.of(lastSnapshot.fixed(), lastSnapshot.backtracking())) {
                RunStatus status = run.last().status();
                if (status == RunStatus.RUNNING) {
                    boundaries.get(run.method()).setStatus(statusText(run), false);
                }
            }
        }
    }

    private void refreshPresetHint() {
        if (activePreset == null) {
            presetHint.setText("Custom settings. Pick a preset for a ready-made lesson.");
            return;
        }
        boolean modified = !activePreset.config().equals(controls.config());
        presetHint.setText(activePreset.title() + (modified ? " (modified)" : "") + " — what to notice: "
                + activePreset.notice());
    }

    // ---- exports ----

    private void exportPng(String what, Node node, String fileName) {
        Optional<Path> target = chooser.chooseSave(root.getScene() == null ? null : root.getScene().getWindow(),
                "Export " + what + " as PNG", fileName + ".png", "png");
        target.ifPresent(path -> {
            try {
                PngExport.write(node, path, caption());
                showInfo("Saved " + what + " to " + path);
            } catch (IOException | RuntimeException e) {
                showError("Export failed: " + Messages.oneLine(e));
            }
        });
    }

    private void exportCsv() {
        Optional<Path> target = chooser.chooseSave(root.getScene() == null ? null : root.getScene().getWindow(),
                "Export history as CSV", "moons-history.csv", "csv");
        target.ifPresent(path -> {
            try {
                AtomicFiles.writeString(path, HistoryCsv.format(shownConfig, shownSeeds, charts.histories()));
                showInfo("Saved history to " + path);
            } catch (IOException | RuntimeException e) {
                showError("Export failed: " + Messages.oneLine(e));
            }
        });
    }

    /** Settings, seeds and epoch of what is shown, for export captions. */
    String caption() {
        int epoch = lastSnapshot == null ? 0
                : Math.max(lastSnapshot.fixed().last().epoch(), lastSnapshot.backtracking().last().epoch());
        Config c = shownConfig;
        return String.format(Locale.ROOT,
                "Developers of Moons · %d samples, noise %s, train %s, H %d, lr %s, α0 %s, ρ %s, c %s%s, batch %s"
                        + " · seed %d (data %d, init %d) · epoch %d",
                c.samples(), Formats.num(c.noise()), Formats.num(c.trainRatio()), c.hidden(), Formats.num(c.lr()),
                Formats.num(c.alpha0()), Formats.num(c.rho()), Formats.num(c.c()), c.warmStart() ? ", warm" : "",
                c.batch() == 0 ? "full" : Integer.toString(c.batch()), c.seed(), shownSeeds.data(),
                shownSeeds.init(), epoch);
    }

    // ---- layout ----

    private ToolBar toolbar() {
        trainButton.setId("trainButton");
        trainButton.getStyleClass().add("primary");
        trainButton.setOnAction(e -> togglePlay());
        trainButton.setTooltip(new Tooltip("Train both methods in lockstep, or pause (Space)."));
        trainButton.setMinWidth(110);
        stepButton.setId("stepButton");
        stepButton.setOnAction(e -> step());
        stepButton.setTooltip(new Tooltip("Train exactly one epoch of each method (S)."));
        resetButton.setId("resetButton");
        resetButton.setOnAction(e -> reset());
        resetButton.setTooltip(new Tooltip("Back to epoch 0 with the same data and the same initial weights (R)."));
        presets.setId("presetCombo");
        presets.getItems().addAll(Preset.values());
        presets.setPromptText("Presets…");
        presets.setTooltip(new Tooltip("Ready-made lessons: one click loads every setting and restarts."));
        presets.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null && !updatingPreset) {
                applyPreset(p);
            }
        });
        exportMenu.setId("exportMenu");
        exportMenu.setTooltip(new Tooltip("Save charts and boundaries as PNG (with a caption of the settings),"
                + " or the full per-epoch history as CSV."));
        exportMenu.getItems().addAll(
                item("exportLoss", "Loss chart (PNG)…", () -> exportPng("loss chart", charts.lossPane(), "moons-loss")),
                item("exportStep", "Step-size chart (PNG)…",
                        () -> exportPng("step-size chart", charts.stepPane(), "moons-step")),
                item("exportFixed", "Fixed-LR boundary (PNG)…",
                        () -> exportPng("fixed-LR boundary", boundaries.get(Comparison.FIXED), "moons-fixed")),
                item("exportBacktracking", "Backtracking boundary (PNG)…", () -> exportPng("backtracking boundary",
                        boundaries.get(Comparison.BACKTRACKING), "moons-backtracking")),
                item("exportDashboard", "Whole dashboard (PNG)…", () -> exportPng("dashboard", root, "moons-dashboard")),
                new SeparatorMenuItem(),
                item("exportCsv", "History (CSV)…", this::exportCsv));
        dataMenu.setId("dataMenu");
        dataMenu.setTooltip(new Tooltip("Train on your own points: a CSV file of x1,x2,label (label 0 or 1, header"
                + " optional, at most " + dev.moons.data.CsvDataset.MAX_ROWS + " rows), or save the points shown."));
        dataMenu.getItems().addAll(
                item("loadData", "Load data (CSV)…", dataFiles::load),
                item("useGenerated", "Use generated moons", dataFiles::useGenerated),
                new SeparatorMenuItem(),
                item("exportData", "Export data (CSV)…", () -> dataFiles.export(allData)));
        sessionMenu.setId("sessionMenu");
        sessionMenu.setTooltip(new Tooltip("Save everything shown (settings, seeds, points, both histories, weights"
                + " every k epochs) as JSON, or open a saved session to replay it without retraining."));
        sessionMenu.getItems().addAll(item("saveSessionItem", "Save session…", sessions::save),
                item("openSessionItem", "Open session…", sessions::open));
        epochLabel.setId("epochLabel");
        epochLabel.getStyleClass().add("epoch-label");
        sweepButton.setId("sweepButton");
        sweepButton.setOnAction(e -> openSweep());
        sweepButton.setTooltip(new Tooltip("Sweep the fixed learning rate over 1e-3 … 10 and compare every one"
                + " with backtracking, in a separate window."));
        sweepButton.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(trainButton, stepButton, resetButton, new javafx.scene.control.Separator(Orientation.VERTICAL),
                presets, dataMenu, sessionMenu, exportMenu, sweepButton, spacer, epochLabel);
    }

    private Node hintBar() {
        presetHint.setId("presetHint");
        presetHint.setWrapText(true);
        presetHint.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(presetHint);
        bar.getStyleClass().add("hint-bar");
        return bar;
    }

    private Node statusBar() {
        statusBar.setId("statusBar");
        statusBar.setText("Loading ND4J…");
        Label keys = new Label("Space train/pause · S step · R reset · click a map: add points");
        keys.setTooltip(new Tooltip(BoundaryView.EDIT_HINT));
        keys.getStyleClass().add("hint");
        statusBar.getRightItems().add(keys);
        return statusBar;
    }

    private Node centre() {
        GridPane top = new GridPane();
        top.setHgap(10);
        top.getStyleClass().add("boundary-row");
        int col = 0;
        for (BoundaryView view : boundaries.values()) {
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

        GridPane bottom = new GridPane();
        bottom.setHgap(10);
        double[] widths = {40, 24, 36};
        for (double w : widths) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(w);
            bottom.getColumnConstraints().add(cc);
        }
        RowConstraints brc = new RowConstraints();
        brc.setVgrow(Priority.ALWAYS);
        bottom.getRowConstraints().add(brc);
        bottom.add(charts.lossPane(), 0, 0);
        bottom.add(charts.stepPane(), 1, 0);
        Tab lineSearchTab = new Tab("Line search", lineSearch.node());
        lineSearchTab.setId("lineSearchTab");
        Tab metricsTab = new Tab("Metrics", metrics.node());
        metricsTab.setId("metricsTab");
        Tab hiddenUnitsTab = new Tab("Hidden units", hiddenUnits.node());
        hiddenUnitsTab.setId("hiddenUnitsTab");
        hiddenUnitsTab.selectedProperty().addListener((obs, was, on) -> hiddenUnits.setShowing(on));
        TabPane tabs = new TabPane(lineSearchTab, metricsTab, hiddenUnitsTab, inspector.tab());
        tabs.setId("detailTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinSize(0, 0);
        bottom.add(tabs, 2, 0);
        bottom.setMinSize(0, 0);

        VBox.setVgrow(top, Priority.ALWAYS);
        VBox upper = new VBox(4, top, scrubber.node());
        upper.setMinSize(0, 0);
        SplitPane split = new SplitPane(upper, bottom);
        split.setId("centreSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        split.getStyleClass().add("centre");
        return split;
    }

    private VBox loadingPane() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(56, 56);
        loadingText.getStyleClass().add("loading-text");
        VBox box = new VBox(14, spinner, loadingText);
        box.setId("loadingPane");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("loading");
        return box;
    }

    private static BoundaryView boundary(String title, String id, javafx.scene.paint.Color accent) {
        BoundaryView view = new BoundaryView(title);
        view.setId(id);
        view.setAccent(accent);
        view.setStatus("loading…", false);
        return view;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Node playIcon() {
        Polygon p = new Polygon(0, 0, 10, 6, 0, 12);
        p.getStyleClass().add("button-icon");
        return p;
    }

    private static Node pauseIcon() {
        Rectangle a = new Rectangle(3.5, 12);
        Rectangle b = new Rectangle(3.5, 12);
        a.getStyleClass().add("button-icon");
        b.getStyleClass().add("button-icon");
        HBox box = new HBox(3, a, b);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
