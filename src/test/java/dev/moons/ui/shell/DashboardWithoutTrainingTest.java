package dev.moons.ui.shell;

import static dev.moons.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.app.Pace;
import dev.moons.app.TrainingService;
import dev.moons.data.Seeds;
import dev.moons.settings.AppSettings;
import dev.moons.training.Config;
import dev.moons.ui.FxWait;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's own logic (presets, toolbar state, shortcuts, notices) on a service given from outside that was
 * closed before the window opened: it refuses every command, so nothing is built and ND4J is never needed.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DashboardWithoutTrainingTest {
    private Dashboard dashboard;

    @Start
    void start(Stage stage) {
        TrainingService closed = new TrainingService(Platform::runLater, 20);
        closed.close();
        Config lab = Preset.LAB_NOTEBOOK.config();
        dashboard = new Dashboard(closed, Platform::runLater, FxWait.noFiles(),
                new AppSettings(lab, Seeds.of(lab.seed()), Pace.FIVE.label()));
        stage.setScene(MoonsApp.createScene(dashboard, 1280, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    void presetsNameTheLessonAndSayWhenItsSettingsChanged(FxRobot robot) throws Exception {
        // given the window opened on the lab-notebook settings
        assertTrue(hint(robot).startsWith(Preset.LAB_NOTEBOOK.title() + " — what to notice: "), hint(robot));
        // when another preset is applied
        robot.interact(() -> dashboard.applyPreset(Preset.VERY_NOISY));
        // then the settings are the preset's, its lesson is named, and the settings chosen follow it
        assertTrue(hint(robot).contains(Preset.VERY_NOISY.notice()), hint(robot));
        assertEquals(Preset.VERY_NOISY.config(), fx(() -> dashboard.settings().config()));
        assertEquals("5", fx(() -> dashboard.settings().pace()));
        // when a setting moves away from the preset
        robot.interact(() -> dashboard.applyPreset(Preset.LR_TOO_SMALL));
        robot.interact(() -> robot.lookup("#lrSlider").queryAs(Slider.class).setValue(-1));
        assertTrue(hint(robot).startsWith(Preset.LR_TOO_SMALL.title() + " (modified)"), hint(robot));
    }

    @Test
    void beforeTheFirstComparisonTheButtonsWaitAndShortcutsDoNothing(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#trainButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#exportMenu").queryAs(MenuButton.class).isDisabled());
        // when Space and S are pressed
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        // then nothing plays and nothing is shown
        assertFalse(fx(dashboard::isReady));
        assertNull(fx(dashboard::lastSnapshot));
        assertTrue(robot.lookup("#loadingPane").query().isVisible());
    }

    @Test
    void anErrorBeforeTheFirstComparisonShowsOnTheLoadingPaneAndANoticeWaits(FxRobot robot,
            @TempDir Path dir) throws Exception {
        // given a notice for later
        robot.interact(() -> dashboard.showNotice("settings file unreadable"));
        assertFalse(FxWait.statusText(robot).contains("unreadable"));
        // when a data file that does not exist is loaded
        Path missing = dir.resolve("missing.csv");
        robot.interact(() -> dashboard.loadData(missing));
        // then the error shows in the status bar and on the loading pane, in red
        FxWait.await(() -> FxWait.statusText(robot).startsWith("Not loaded: "));
        Label loading = robot.lookup("#loadingPane").lookup(".loading-text").queryAs(Label.class);
        assertEquals(FxWait.statusText(robot), fx(loading::getText));
        assertTrue(fx(() -> loading.getStyleClass().contains("error-text")));
        assertTrue(fx(() -> robot.lookup("#statusBar").query().getStyleClass().contains("error")));
    }

    private static String hint(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#presetHint").queryAs(Label.class).getText());
    }
}
