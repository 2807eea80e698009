package dev.moons.ui.shell;

import dev.moons.app.TrainingService;
import dev.moons.data.Seeds;
import dev.moons.io.StartupTrace;
import dev.moons.model.Nd4jRuntime;
import dev.moons.settings.AppSettings;
import dev.moons.settings.SettingsStore;
import dev.moons.training.Config;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop app: one window comparing fixed-LR gradient descent with backtracking line search. */
public class MoonsApp extends Application {
    /** Window title. */
    public static final String TITLE = "Moons Lab — fixed LR vs backtracking";

    /** The window's title for lanes {@code methods} (left first): {@link #TITLE} for the defaults. */
    static String title(java.util.List<dev.moons.training.Method> methods) {
        return methods.equals(dev.moons.training.Method.DEFAULTS) ? TITLE
                : "Moons Lab — " + methods.get(0).shortLabel() + " vs " + methods.get(1).shortLabel();
    }
    /** Boundary resolution in pixels each way. */
    static final int GRID_SIZE = 100;
    /** Smallest window the layout is made for. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 640;
    /** The pulse of the loading screen at which the dashboard is built (the frames before it are rendered). */
    static final int FIRST_FRAMES = 3;

    private final SettingsStore givenStore;
    private SettingsStore store;
    private AppSettings startSettings;
    private Dashboard dashboard;
    private WindowMemory window;
    private boolean stopped;

    /** The app with its settings at the default location (see {@link SettingsStore#atDefaultLocation()}). */
    public MoonsApp() {
        this(null);
    }

    /** The app with its settings in {@code store} (tests pass a temporary one). */
    public MoonsApp(SettingsStore store) {
        StartupTrace.mark("javafx toolkit started");
        this.givenStore = store;
    }

    /** The settings the app starts with when none are remembered: the "Lab notebook" preset, pace 1. */
    static AppSettings firstRunSettings() {
        Config c = Preset.LAB_NOTEBOOK.config();
        return new AppSettings(c, Seeds.of(c.seed()), "1");
    }

    /**
     * Shows the window at once with a loading screen, and builds the dashboard after that first frame (its
     * controls, styles and first layout take about a second of the FX thread); ND4J starts meanwhile.
     */
    @Override
    public void start(Stage stage) {
        StartupTrace.mark("fx start");
        Optional<AppSettings> fixed = fixedSettings();
        AppSettings settings;
        Optional<String> notice = Optional.empty();
        if (fixed.isPresent()) {
            settings = fixed.get();
        } else {
            store = givenStore != null ? givenStore : SettingsStore.atDefaultLocation();
            boolean remembered = Files.exists(store.file());
            SettingsStore.Loaded loaded = store.load();
            notice = loaded.notice();
            settings = remembered && notice.isEmpty() ? loaded.settings() : firstRunSettings();
        }
        startSettings = settings;
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowPlacement.Placement placed = WindowPlacement.place(screens, Screen.getPrimary().getVisualBounds(),
                settings.window(), MIN_WIDTH, MIN_HEIGHT);
        Rectangle2D bounds = placed.bounds();
        LoadingScreen loading = new LoadingScreen();
        Scene scene = new Scene(loading.root(), bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(stylesheet());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.show();
        // setting the minimum sends new size hints, and some window managers (openbox) then shrink the window to
        // them: the size is set again after it
        stage.setMinWidth(Math.min(MIN_WIDTH, placed.screen().getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, placed.screen().getHeight()));
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        fitInside(stage, placed.screen());
        window = new WindowMemory(stage, bounds);
        if (placed.maximized()) {
            stage.setMaximized(true);
        }
        StartupTrace.mark("stage shown");
        Optional<String> startNotice = notice;
        afterFirstFrames(scene, () -> {
            loadNd4j();
            loading.stop();
            showDashboard(stage, scene, settings, startNotice);
        });
    }

    // the dashboard in place of the loading screen, its first comparison started (FX thread)
    private void showDashboard(Stage stage, Scene scene, AppSettings settings, Optional<String> notice) {
        if (stopped) {
            return;
        }
        // updates from the training and helper threads are applied at the start of a pulse, never between pulses
        PulseExecutor ui = new PulseExecutor(scene);
        TrainingService service = new TrainingService(ui, GRID_SIZE);
        dashboard = new Dashboard(service, ui, new FxFileChooser(), settings);
        scene.setRoot(dashboard.root());
        dashboard.install(scene);
        StartupTrace.mark("dashboard built");
        addIcons(stage);
        dashboard.start();
        notice.ifPresent(dashboard::showNotice);
        if (StartupTrace.enabled()) {
            traceLoaded(scene);
        }
        shown(stage, dashboard);
    }

    // ND4J's native load and set-up, on the FX thread once the loading screen is on screen, before the dashboard is
    // built: ND4J's start must not overlap another thread's dlopen (io.NativeLoads), and GTK loads its modules on the
    // FX thread when it likes, outside that turn; here no other thread of ours runs. A failure is met and reported
    // again by the training thread's first use.
    private static void loadNd4j() {
        try {
            Nd4jRuntime.ensureConfigured();
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(MoonsApp.class).debug("ND4J start-up failed", e);
        }
    }

    // runs {@code next} on the FX thread at the start of FIRST_FRAMES-th pulse of {@code scene}: a pulse begins
    // only once the frame before it is rendered, and the FX thread stays free until then, so the window manager's
    // map and expose events are handled and the loading screen is on screen (a build started at the first pulse
    // kept the window blank until the dashboard was done)
    private static void afterFirstFrames(Scene scene, Runnable next) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                StartupTrace.mark("first pulse");
            } else if (pulses[0] == FIRST_FRAMES) {
                scene.removePostLayoutPulseListener(listener[0]);
                StartupTrace.mark("first frames rendered");
                Platform.runLater(next);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    // start-up trace: the dashboard's loading pane hidden, i.e. its first comparison drawn
    private static void traceLoaded(Scene scene) {
        javafx.scene.Node loading = scene.lookup("#loadingPane");
        if (loading != null) {
            loading.visibleProperty().addListener((obs, was, visible) -> {
                if (!visible) {
                    StartupTrace.mark("loaded");
                    StartupTrace.threads();
                }
            });
        }
    }

    /** Settings to start from instead of the remembered ones (none here; a benchmark app overrides it). */
    protected Optional<AppSettings> fixedSettings() {
        return Optional.empty();
    }

    /** Called on the FX thread once the dashboard shows (nothing here; a benchmark app overrides it). */
    protected void shown(Stage stage, Dashboard dashboard) {
    }

    /**
     * Stops training and remembers the settings and where the window was (the app closes; nothing here may keep
     * the JVM alive). Closed before its dashboard was built, it remembers the settings it started with.
     */
    @Override
    public void stop() {
        stopped = true;
        if (dashboard != null) {
            dashboard.close();
        }
        if (store != null && startSettings != null) {
            try {
                AppSettings now = dashboard != null ? dashboard.settings() : startSettings;
                store.save(window == null ? now : now.withWindow(window.state()));
            } catch (IOException | RuntimeException e) {
                LoggerFactory.getLogger(MoonsApp.class).warn("settings not saved to {}: {}", store.file(),
                        e.toString());
            }
        }
    }

    /** The dashboard shown, or null until it is built (just after the window's first frame). */
    Dashboard dashboard() {
        return dashboard;
    }

    /** A scene of {@code dashboard} with the app stylesheet and keyboard shortcuts. */
    public static Scene createScene(Dashboard dashboard, double width, double height) {
        Scene scene = new Scene(dashboard.root(), width, height);
        scene.getStylesheets().add(stylesheet());
        dashboard.install(scene);
        return scene;
    }

    private static String stylesheet() {
        return MoonsApp.class.getResource("app.css").toExternalForm();
    }

    /** Shrinks and moves {@code stage} so that its decorated frame lies inside {@code bounds}. */
    private static void fitInside(Stage stage, Rectangle2D bounds) {
        if (stage.getWidth() > bounds.getWidth()) {
            stage.setWidth(bounds.getWidth());
        }
        if (stage.getHeight() > bounds.getHeight()) {
            stage.setHeight(bounds.getHeight());
        }
        double maxX = bounds.getMaxX() - stage.getWidth();
        double maxY = bounds.getMaxY() - stage.getHeight();
        stage.setX(Math.max(bounds.getMinX(), Math.min(stage.getX(), maxX)));
        stage.setY(Math.max(bounds.getMinY(), Math.min(stage.getY(), maxY)));
    }

    private static void addIcons(Stage stage) {
        for (String name : new String[] {"icon-32.png", "icon-64.png", "icon-256.png"}) {
            try (InputStream in = MoonsApp.class.getResourceAsStream(name)) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(MoonsApp.class).warn("icon {} unreadable: {}", name, e.toString());
            }
        }
    }
}
