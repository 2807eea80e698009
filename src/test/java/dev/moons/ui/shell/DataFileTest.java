package dev.moons.ui.shell;

import dev.moons.ui.FxWait;
import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fx;
import static dev.moons.ui.FxWait.statusText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.CsvDataset;
import dev.moons.data.Dataset;
import dev.moons.data.Moons;
import dev.moons.training.Config;
import dev.moons.app.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Own data in the app: the Data menu loads a CSV file, refuses a bad one without touching the run, exports. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DataFileTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);

    private Dashboard dashboard;
    private Path toOpen;
    private Path toSave;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        dashboard = FxWait.showDashboard(stage, FxWait.files(() -> toSave, () -> toOpen), SMALL, 40, 1280, 760);
    }

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    void loadingAFileTrainsOnItsPointsAndNewDataReturnsToMoons(FxRobot robot) throws Exception {
        awaitReady();
        // given a CSV file of 480 points
        Dataset file = Moons.generate(480, 0.1, new Random(7));
        toOpen = Files.writeString(dir.resolve("points.csv"), CsvDataset.format(file));
        // when it is loaded from the Data menu
        fire(robot, "loadData");
        // then the runs restart on its points, the status says so, noise and samples do not apply
        await(() -> dashboard.allData() != null && dashboard.allData().size() == 480
                && epoch(dashboard.lastSnapshot()) == 0);
        assertTrue(statusText(robot).contains("loaded points.csv: 480 points"), statusText(robot));
        assertEquals(file.x1(0), fx(() -> dashboard.allData().x1(0)), 0.0);
        assertTrue(fx(() -> robot.lookup("#noiseSlider").query().isDisabled()));
        assertTrue(fx(() -> robot.lookup("#samplesSpinner").query().isDisabled()));
        assertTrue(fx(() -> robot.lookup("#dataFileNote").queryAs(Label.class).getText()).contains("points.csv"));
        // and it trains
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) == 1);
        // when "New data" is pressed, generated moons return and the controls apply again
        robot.clickOn("#newDataButton");
        await(() -> dashboard.allData() != null && dashboard.allData().size() == SMALL.samples());
        assertFalse(fx(() -> robot.lookup("#noiseSlider").query().isDisabled()));
        assertFalse(fx(() -> robot.lookup("#dataFileNote").query().isVisible()));
    }

    @Test
    void useGeneratedMoonsLeavesTheFile(FxRobot robot) throws Exception {
        awaitReady();
        toOpen = Files.writeString(dir.resolve("points.csv"),
                CsvDataset.format(Moons.generate(100, 0.1, new Random(3))));
        fire(robot, "loadData");
        await(() -> dashboard.allData() != null && dashboard.allData().size() == 100);
        fire(robot, "useGenerated");
        await(() -> dashboard.allData() != null && dashboard.allData().size() == SMALL.samples());
        assertFalse(fx(() -> robot.lookup("#samplesSpinner").query().isDisabled()));
    }

    @Test
    void badFilesShowTheirReasonAndTheDataAndEpochStayAsTheyWere(FxRobot robot) throws Exception {
        awaitReady();
        // given a run at epoch 3
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#stepButton");
        }
        await(() -> epoch(dashboard.lastSnapshot()) == 3);
        Dataset before = fx(dashboard::allData);
        Snapshot snapshot = fx(dashboard::lastSnapshot);
        String[][] cases = {
            {"label.csv", "x1,x2,label\n0.1,0.2,0\n0.3,0.4,2\n", "line 3: label must be 0 or 1"},
            {"columns.csv", "0.1,0.2,0\n0.3,0.4\n", "line 2: expected 3 columns"},
            {"nan.csv", "0.1,0.2,0\nNaN,0.4,1\n", "line 2: x1 must be finite"},
            {"one-class.csv", "0.1,0.2,1\n0.3,0.4,1\n", "only class 1"},
            {"empty.csv", "", "no data rows"},
        };
        for (String[] c : cases) {
            toOpen = Files.writeString(dir.resolve(c[0]), c[1]);
            // when the bad file is loaded
            fire(robot, "loadData");
            // then its one-line reason shows and nothing else changed
            await(() -> statusText(robot).startsWith("Not loaded: "));
            String status = statusText(robot);
            assertTrue(status.contains(c[0]) && status.contains(c[2]), status);
            assertFalse(status.contains("\n"), status);
            assertSame(before, fx(dashboard::allData));
            assertSame(snapshot, fx(dashboard::lastSnapshot));
            assertEquals(3, epoch(fx(dashboard::lastSnapshot)));
            assertFalse(fx(() -> robot.lookup("#noiseSlider").query().isDisabled()));
        }
        // and the run goes on from epoch 3
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) == 4);
    }

    @Test
    void aFileThatParsesButCannotBeSplitLeavesTheRunAsItWas(FxRobot robot) throws Exception {
        awaitReady();
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) == 1);
        Dataset before = fx(dashboard::allData);
        // two points: valid CSV, but one point per class cannot be split into train and test
        toOpen = Files.writeString(dir.resolve("tiny.csv"), "0,0,0\n1,1,1\n");
        fire(robot, "loadData");
        await(() -> statusText(robot).contains("failed"));
        // and the status names the reason: the split, not an array shape deep inside the model
        assertTrue(statusText(robot).contains("fewer than 2 points of a class"), statusText(robot));
        assertSame(before, fx(dashboard::allData));
        assertEquals(1, epoch(fx(dashboard::lastSnapshot)));
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) == 2);
    }

    @Test
    void exportDataWritesTheCurrentPointsAsCsvThatReadsBack(FxRobot robot) throws Exception {
        awaitReady();
        // when the generated data are exported
        toSave = dir.resolve("data.csv");
        fire(robot, "exportData");
        // then the file reads back as the same points
        Dataset back = CsvDataset.read(toSave);
        Dataset shown = fx(dashboard::allData);
        assertEquals(shown.size(), back.size());
        for (int i = 0; i < shown.size(); i++) {
            assertEquals(shown.x1(i), back.x1(i), 0.0);
            assertEquals(shown.x2(i), back.x2(i), 0.0);
            assertEquals(shown.label(i), back.label(i));
        }
        assertTrue(statusText(robot).startsWith("Saved " + shown.size() + " points"), statusText(robot));
        // and a target under a regular file fails with a reason and leaves nothing
        Path regular = Files.writeString(dir.resolve("plain.txt"), "x");
        toSave = regular.resolve("data.csv");
        fire(robot, "exportData");
        assertTrue(statusText(robot).startsWith("Export failed: "), statusText(robot));
        assertEquals(2, Files.list(dir).count());
    }

    @Test
    void noiseSliderIsIgnoredWhileAFileIsLoaded(FxRobot robot) throws Exception {
        awaitReady();
        toOpen = Files.writeString(dir.resolve("points.csv"),
                CsvDataset.format(Moons.generate(120, 0.1, new Random(5))));
        fire(robot, "loadData");
        await(() -> dashboard.allData() != null && dashboard.allData().size() == 120);
        Dataset loaded = fx(dashboard::allData);
        // a train-ratio change re-splits the same file
        robot.interact(() -> robot.lookup("#trainRatioSlider").queryAs(Slider.class).setValue(0.8));
        await(() -> dashboard.shownConfig().trainRatio() == 0.8);
        assertEquals(120, fx(() -> dashboard.allData().size()));
        assertEquals(loaded.x1(5), fx(() -> dashboard.allData().x1(5)), 0.0);
        assertNotEquals(null, fx(() -> dashboard.trainData()));
    }

    // ---- helpers ----

    private void awaitReady() throws Exception {
        FxWait.awaitReady(dashboard);
    }

    private static void fire(FxRobot robot, String itemId) throws Exception {
        FxWait.fireMenuItem(robot, "#dataMenu", itemId);
    }

}
