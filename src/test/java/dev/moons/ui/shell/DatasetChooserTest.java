package dev.moons.ui.shell;

import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.app.Snapshot;
import dev.moons.data.DataShape;
import dev.moons.training.Config;
import dev.moons.ui.FxWait;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Data section's dataset chooser and the Model section's weight decay, through the real window. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DatasetChooserTest {
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
    void everyShapeHasAThumbnailAndChoosingOneDrawsItsDataAndRestartsBothRuns(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        for (DataShape shape : DataShape.values()) {
            ToggleButton b = robot.lookup("#dataset-" + shape.cliName()).queryAs(ToggleButton.class);
            assertTrue(b.getGraphic() instanceof ImageView v && v.getImage().getWidth() > 0, shape.cliName());
        }
        assertTrue(fx(() -> robot.lookup("#dataset-moons").queryAs(ToggleButton.class).isSelected()));
        assertFalse(visible(robot, "#turnsSlider"));
        robot.clickOn("#stepButton");
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) >= 2);

        robot.clickOn("#dataset-spiral");

        await(() -> dashboard.shownConfig().dataset() == DataShape.SPIRAL && epoch(dashboard.lastSnapshot()) == 0);
        Config shown = fx(dashboard::shownConfig);
        assertEquals(DataShape.SPIRAL.suggestedNoise(), shown.noise());
        assertEquals(SMALL.samples(), shown.samples());
        Snapshot s = fx(dashboard::lastSnapshot);
        assertEquals(0, s.right().last().epoch());
        assertTrue(visible(robot, "#turnsSlider"));
        assertFalse(visible(robot, "#factorSlider"));
        assertFalse(visible(robot, "#distanceSlider"));

        robot.clickOn("#dataset-circles");
        await(() -> dashboard.shownConfig().dataset() == DataShape.CIRCLES);
        assertTrue(visible(robot, "#factorSlider"));
        assertFalse(visible(robot, "#turnsSlider"));
    }

    @Test
    void weightDecayRestartsBothRunsAndTheirRecordsCarryThePenalisedLoss(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        TextField field = robot.lookup("#weightDecayField").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("0.05");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        await(() -> dashboard.shownConfig().weightDecay() == 0.05);
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) >= 1);
        Snapshot s = fx(dashboard::lastSnapshot);
        assertTrue(s.right().last().trainObjective() > s.right().last().trainLoss());
    }

    private static boolean visible(FxRobot robot, String id) throws Exception {
        Node n = robot.lookup(id).query();
        // the slider's row is what the chooser shows or hides
        return fx(() -> n.getParent().isVisible());
    }
}
