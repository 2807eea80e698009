package dev.moons.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.app.Pace;
import dev.moons.data.Seeds;
import dev.moons.settings.AppSettings;
import dev.moons.settings.SettingsStore;
import dev.moons.training.Config;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's start: a loading screen is its first frame, the dashboard follows it. */
@Tag("ui")
class FirstFrameTest {
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
    void theFirstFrameIsTheLoadingScreenAndTheDashboardReplacesIt() throws Exception {
        // given a new app; when it starts
        app = new MoonsApp(new SettingsStore(dir.resolve("settings.json")));
        Parent[] first = new Parent[1];
        stage = fx(() -> {
            Stage s = new Stage();
            app.start(s);
            first[0] = s.getScene().getRoot();
            // then the window shows, with no dashboard yet
            assertTrue(s.isShowing());
            assertNull(app.dashboard());
            return s;
        });
        assertEquals("startingPane", first[0].getId());
        // and after the first frame the dashboard is the scene's root, in the same window, and loads
        await(() -> app.dashboard() != null);
        assertSame(app.dashboard().root(), fx(() -> stage.getScene().getRoot()));
        await(() -> app.dashboard().isReady());
    }

    @Test
    void closedBeforeItsDashboardItRemembersItsSettingsAndTrainsNothing() throws Exception {
        // given remembered settings
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Config changed = Config.defaults().withSamples(300).withHidden(6);
        AppSettings remembered = new AppSettings(changed, Seeds.of(42).withData(44), Pace.FIVE.label());
        store.save(remembered);
        // when the window is closed in the same FX event that opened it (before its first frame)
        app = new MoonsApp(store);
        stage = fx(() -> {
            Stage s = new Stage();
            app.start(s);
            s.hide();
            app.stop();
            return s;
        });
        app = null;
        WaitForAsyncUtils.waitForFxEvents(5);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents(5);
        // then no training thread ever started, and the settings it started with are saved, with the window
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("moons-training") && t.isAlive()), "a training thread is alive");
        AppSettings saved = store.load().settings();
        assertEquals(remembered, new AppSettings(saved.config(), saved.seeds(), saved.pace()));
        assertTrue(saved.window().isPresent());
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
