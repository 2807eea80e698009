package dev.moons.ui.shell;

import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.app.Snapshot;
import dev.moons.data.Seeds;
import dev.moons.training.Config;
import dev.moons.ui.FxWait;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing a preset is a fresh start of its lesson, whatever the runs were doing. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PresetStartTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);

    private Dashboard dashboard;

    @Start
    void start(Stage stage) {
        dashboard = FxWait.showDashboard(stage, FxWait.noFiles(), SMALL, 40, 1280, 760);
    }

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachPresetStartsBothRunsAtEpochZeroFromTheSameWeightsPaused(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        ComboBox<Preset> combo = robot.lookup("#presetCombo").queryAs(ComboBox.class);
        boolean playing = false;
        for (Preset preset : Preset.values()) {
            // given runs under way: alternately playing and paused a few epochs in
            int before = fx(() -> epoch(dashboard.lastSnapshot()));
            if (playing) {
                robot.clickOn("#trainButton");
            } else {
                robot.clickOn("#stepButton");
                robot.clickOn("#stepButton");
            }
            await(() -> epoch(dashboard.lastSnapshot()) >= before + 2);
            // when the preset is chosen
            robot.interact(() -> combo.getSelectionModel().select(preset));
            // then its settings are shown and chosen, both runs are at epoch 0 and nothing plays
            await(() -> preset.config().equals(dashboard.shownConfig()) && epoch(dashboard.lastSnapshot()) == 0);
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(fx(dashboard::isPlaying), preset.title());
            Snapshot s = fx(dashboard::lastSnapshot);
            assertEquals(0, s.left().last().epoch(), preset.title());
            assertEquals(0, s.right().last().epoch(), preset.title());
            // same θ0 and data: the same loss, bit for bit (it is summed in index order, whatever the alignment)
            assertEquals(s.left().last().trainLoss(), s.right().last().trainLoss(), 0.0, preset.title());
            assertEquals(preset.config(), fx(() -> dashboard.settings().config()), preset.title());
            assertEquals(Seeds.of(preset.config().seed()), fx(() -> dashboard.settings().seeds()), preset.title());
            assertTrue(hint(robot).contains(preset.notice()), hint(robot));
            playing = !playing;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangedPresetSaysModifiedHidesItsClaimAndPickingItAgainRestoresIt(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        ComboBox<Preset> combo = robot.lookup("#presetCombo").queryAs(ComboBox.class);
        Preset preset = Preset.LINE_SEARCH_AT_WORK;
        robot.interact(() -> combo.getSelectionModel().select(preset));
        await(() -> preset.config().equals(dashboard.shownConfig()));
        // when the learning rate moves away from the preset's
        robot.interact(() -> robot.lookup("#lrSlider").queryAs(Slider.class).setValue(-1));
        // then the banner says so and no longer claims what to notice
        assertTrue(hint(robot).startsWith(preset.title() + " (modified)"), hint(robot));
        assertFalse(hint(robot).contains(preset.notice()), hint(robot));
        await(() -> dashboard.shownConfig().lr() == 0.1);
        // when the same preset is picked again
        robot.interact(() -> combo.getSelectionModel().select(preset));
        // then its settings are back, at epoch 0, and its claim with them
        await(() -> preset.config().equals(dashboard.shownConfig()) && epoch(dashboard.lastSnapshot()) == 0);
        assertEquals(preset.config(), fx(() -> dashboard.settings().config()));
        assertTrue(hint(robot).contains(preset.notice()), hint(robot));
    }

    private static String hint(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#presetHint").queryAs(Label.class).getText());
    }
}
