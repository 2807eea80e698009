package dev.moons.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.settings.AppSettings;
import dev.moons.settings.SettingsStore;
import dev.moons.settings.WindowState;
import dev.moons.training.Config;
import dev.moons.app.Pace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app as a whole: settings remembered between sessions, a bad settings file, closing during training. */
@Tag("ui")
class AppLifecycleTest {
    private static final long TIMEOUT_S = 60;

    @TempDir
    Path dir;

    private MoonsApp app;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            fx(() -> {
                stage.hide();
                app.stop();
                return null;
            });
        }
    }

    @Test
    void settingsSurviveCloseAndStart() throws Exception {
        // given a settings file from an earlier session: other settings, data seed and pace
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Config changed = Config.defaults().withSamples(300).withHidden(6).withEpochs(150).withLr(0.1);
        Seeds seeds = Seeds.of(42).withData(44);
        AppSettings remembered = new AppSettings(changed, seeds, Pace.FIVE.label());
        store.save(remembered);
        // when the app starts again from that file
        start(store);
        // then it shows those settings, seeds and pace
        await(() -> changed.equals(app.dashboard().shownConfig()));
        AppSettings now = fx(() -> app.dashboard().settings());
        assertEquals(remembered, now);
        // and closing saves what is shown
        fx(() -> {
            stage.hide();
            app.stop();
            return null;
        });
        app = null;
        AppSettings saved = store.load().settings();
        assertEquals(remembered, new AppSettings(saved.config(), saved.seeds(), saved.pace()));
        assertTrue(saved.window().isPresent());
    }

    @Test
    void theWindowOpensAt85PercentOfTheScreenFirstThenWhereItWasLeft() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        start(store);
        Rectangle2D screen = fx(() -> Screen.getPrimary().getVisualBounds());
        assertEquals(Math.round(screen.getWidth() * 0.85), fx(stage::getWidth), 1.0);
        assertEquals(Math.round(screen.getHeight() * 0.85), fx(stage::getHeight), 1.0);
        assertEquals(screen.getMinX() + (screen.getWidth() - fx(stage::getWidth)) / 2, fx(stage::getX), 1.0);
        // when the window is moved and resized, then closed
        fx(() -> {
            stage.setX(screen.getMinX() + 30);
            stage.setY(screen.getMinY() + 20);
            stage.setWidth(1100);
            stage.setHeight(660);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            stage.hide();
            app.stop();
            return null;
        });
        WindowState saved = store.load().settings().window().orElseThrow();
        assertEquals(new WindowState(screen.getMinX() + 30, screen.getMinY() + 20, 1100, 660, false), saved);
        // then the next start opens it there
        start(store);
        assertEquals(new Rectangle2D(saved.x(), saved.y(), saved.width(), saved.height()),
                fx(() -> new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())));
    }

    @Test
    void aPresetChosenInOneSessionIsThereInTheNext() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        start(store);
        await(() -> app.dashboard().isReady());
        fx(() -> {
            app.dashboard().applyPreset(Preset.VERY_NOISY);
            stage.hide();
            app.stop();
            return null;
        });
        assertEquals(Preset.VERY_NOISY.config(), store.load().settings().config());
        start(store);
        await(() -> Preset.VERY_NOISY.config().equals(app.dashboard().shownConfig()));
    }

    @Test
    void corruptSettingsFileGivesDefaultsAndANoticeNotAFailedStart() throws Exception {
        // given a settings file that is not JSON
        Path file = Files.writeString(dir.resolve("settings.json"), "{ \"config\": { \"lr\": oops");
        SettingsStore store = new SettingsStore(file);
        // when the app starts
        start(store);
        // then it runs with the first-run settings and says why in the status bar
        await(() -> app.dashboard().isReady() && app.dashboard().lastSnapshot() != null);
        assertEquals(MoonsApp.firstRunSettings().config(), fx(() -> app.dashboard().shownConfig()));
        String status = fx(() -> ((StatusBar) stage.getScene().lookup("#statusBar")).getText());
        assertTrue(status.startsWith("Settings file ") && status.contains("starting with defaults"), status);
        // and the bad file was kept aside
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("settings.json.bad-")));
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void closingTheWindowDuringTrainingEndsTheJvm() throws Exception {
        // given the app in a child JVM that starts training and closes its window after epoch 30
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true",
                "-Dmoons.settings=" + dir.resolve("child-settings.json"),
                "-Dmoons.bench.ui=" + dir.resolve("ui.json"), "-Dmoons.bench.epochs=100000",
                "-Dmoons.bench.closeAfter=30",
                "-cp", System.getProperty("java.class.path"), "dev.moons.bench.ui.UiBenchApp$Main"));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // then the JVM ends by itself, cleanly, with training still under way
        boolean ended = child.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(ended, "the JVM did not end within 90 s after closing the window:\n" + output);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("closing the window while training"), output);
        assertFalse(output.contains("Exception"), output);
    }

    @Test
    void closeStopsTheTrainingThread() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        start(store);
        await(() -> app.dashboard().isReady());
        fx(() -> {
            app.dashboard().togglePlay();
            return null;
        });
        Thread.sleep(300);
        fx(() -> {
            stage.hide();
            app.stop();
            return null;
        });
        app = null;
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("moons-training") && t.isAlive()), "a training thread is alive");
    }

    // ---- helpers ----

    private void start(SettingsStore store) throws Exception {
        app = new MoonsApp(store);
        stage = fx(() -> {
            Stage s = new Stage();
            app.start(s);
            return s;
        });
        // the dashboard follows the window's first frames (FirstFrameTest)
        await(() -> app.dashboard() != null);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unused")
    private static String classPath() {
        return System.getProperty("java.class.path").replace(File.pathSeparatorChar, '\n');
    }
}
