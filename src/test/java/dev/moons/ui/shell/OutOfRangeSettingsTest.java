package dev.moons.ui.shell;

import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moons.data.Seeds;
import dev.moons.settings.AppSettings;
import dev.moons.settings.SettingsStore;
import dev.moons.training.Config;
import dev.moons.ui.FxWait;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A settings file with noise and samples beyond the window's sliders: shown and trained as written, not clamped. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OutOfRangeSettingsTest {
    private static final Config WIDE = Config.defaults().withNoise(0.8).withSamples(20_000).withHidden(8)
            .withEpochs(20);

    private Dashboard dashboard;

    @Start
    void start(Stage stage) throws IOException {
        // given a settings file whose noise (0.8 > 0.5) and samples (20000 > 5000) lie beyond the controls
        Path file = Files.createTempDirectory("moons-settings").resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.save(new AppSettings(WIDE, Seeds.of(WIDE.seed()), "1"));
        // when the window starts from it
        dashboard = new Dashboard(Platform::runLater, FxWait.noFiles(), store.load().settings(), 30);
        stage.setScene(MoonsApp.createScene(dashboard, 1280, 760));
        stage.show();
        dashboard.start();
    }

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    void theControlsShowTheFilesValuesAndTheComparisonTrainsExactlyThem(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        // then the controls show 0.8 and 20000
        assertEquals(0.8, fx(() -> robot.lookup("#noiseSlider").queryAs(Slider.class).getValue()));
        assertEquals(20_000, fx(() -> robot.lookup("#samplesSpinner").queryAs(Spinner.class).getValue()));
        // and the comparison started has exactly those values: 14000 training points of 20000
        assertEquals(WIDE, fx(dashboard::shownConfig));
        assertEquals(14_000, (int) fx(() -> dashboard.trainData().size()));
        // and one epoch trains on them
        robot.clickOn("#stepButton");
        await(() -> FxWait.epoch(dashboard.lastSnapshot()) == 1);
        assertEquals(WIDE, fx(dashboard::shownConfig));
        assertEquals(WIDE, fx(() -> dashboard.settings().config()));
    }
}
