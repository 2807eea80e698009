package dev.moons.ui.shell;

import dev.moons.render.BoundaryView;
import dev.moons.training.Method;
import dev.moons.ui.FxWait;
import dev.moons.ui.shell.Dashboard;
import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fx;
import static dev.moons.ui.FxWait.statusText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.CsvDataset;
import dev.moons.data.Dataset;
import dev.moons.training.Config;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
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

/** Your own points: clicks on a boundary pane add and remove training points, Ctrl+Z undoes, export reloads. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PointEditingTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);

    private Dashboard dashboard;
    private Path toSave;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        dashboard = FxWait.showDashboard(stage, FxWait.files(() -> toSave, () -> null), SMALL, 40, 1280, 760);
    }

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    void clicksAddPointsWhereClickedShiftMakesClass1CtrlRemovesTheNearestAndCtrlZUndoes(FxRobot robot)
            throws Exception {
        FxWait.awaitReady(dashboard);
        // given runs at epoch 3
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#stepButton");
        }
        await(() -> epoch(dashboard.lastSnapshot()) == 3);
        BoundaryView view = fx(() -> dashboard.boundary(Method.FIXED));
        editingOn(robot);
        int train0 = fx(() -> dashboard.trainData().size());
        int all0 = fx(() -> dashboard.allData().size());
        double pixel = fx(view::dataPerPixel);

        // when the fixed pane is clicked at the pixel of (0.5, 1.6), a spot with no points
        clickAt(robot, view, 0.5, 1.6);
        // then exactly one class-0 training point is added there (within a pixel), the test set is unchanged,
        // the runs are back at epoch 0 and the dataset is named as edited
        await(() -> dashboard.trainData().size() == train0 + 1 && epoch(dashboard.lastSnapshot()) == 0);
        Dataset train = fx(dashboard::trainData);
        assertEquals(0.5, train.x1(train.size() - 1), pixel);
        assertEquals(1.6, train.x2(train.size() - 1), pixel);
        assertEquals(0, train.label(train.size() - 1));
        assertEquals(all0 + 1, fx(() -> dashboard.allData().size()));
        assertTrue(statusText(robot).contains("added class 0 point"), statusText(robot));
        assertTrue(noteText(robot).contains("two moons (edited, +1 / −0)"), noteText(robot));

        // when the backtracking pane is shift-clicked at (−0.8, −0.6)
        BoundaryView other = fx(() -> dashboard.boundary(Method.BACKTRACKING));
        robot.press(KeyCode.SHIFT);
        try {
            clickAt(robot, other, -0.8, -0.6);
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        // then a class-1 point is added there
        await(() -> dashboard.trainData().size() == train0 + 2);
        train = fx(dashboard::trainData);
        assertEquals(-0.8, train.x1(train.size() - 1), pixel);
        assertEquals(-0.6, train.x2(train.size() - 1), pixel);
        assertEquals(1, train.label(train.size() - 1));

        // when the pane is ctrl-clicked 4 pixels beside the first added point
        Dataset beforeRemoval = train;
        robot.press(KeyCode.CONTROL);
        try {
            Point2D p = fx(() -> view.pixelAt(0.5, 1.6).add(4, 0));
            robot.clickOn(fx(() -> view.localToScreen(p)));
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        // then that point, and only it, is gone
        await(() -> dashboard.trainData().size() == train0 + 1);
        train = fx(dashboard::trainData);
        assertEquals(beforeRemoval.without(beforeRemoval.size() - 2).labels().length, train.size());
        assertArrayEquals(beforeRemoval.without(beforeRemoval.size() - 2).x1(), train.x1());
        assertTrue(noteText(robot).contains("(edited, +2 / −1)"), noteText(robot));

        // when a ctrl-click lands far from every training point, nothing changes and the status bar says why
        long generation = fx(() -> dashboard.lastSnapshot().generation());
        robot.press(KeyCode.CONTROL);
        try {
            clickAt(robot, view, 0.5, 1.6);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        await(() -> statusText(robot).startsWith("Nothing removed"));
        assertEquals(generation, fx(() -> dashboard.lastSnapshot().generation()));

        // when Ctrl+Z is pressed, the removal is undone
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> dashboard.trainData().size() == train0 + 2);
        assertArrayEquals(beforeRemoval.x1(), fx(() -> dashboard.trainData().x1()));
        assertTrue(statusText(robot).contains("undid: removed class 0 point"), statusText(robot));
    }

    @Test
    void exportedDataReadBackAsTheSamePoints(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        // given a dataset with one added point
        BoundaryView view = fx(() -> dashboard.boundary(Method.FIXED));
        int all0 = fx(() -> dashboard.allData().size());
        editingOn(robot);
        clickAt(robot, view, 1.0, 1.2);
        await(() -> dashboard.allData().size() == all0 + 1);
        // when it is exported as CSV
        toSave = dir.resolve("edited.csv");
        FxWait.fireMenuItem(robot, "#dataMenu", "exportData");
        await(() -> statusText(robot).startsWith("Saved " + (all0 + 1) + " points"));
        // then CSV import reads back exactly the points now in use, training and test together
        Dataset back = CsvDataset.read(toSave);
        Dataset now = fx(dashboard::allData);
        assertArrayEquals(now.x1(), back.x1());
        assertArrayEquals(now.x2(), back.x2());
        assertArrayEquals(now.labels(), back.labels());
        assertEquals(all0 + 1, back.size());
    }

    @Test
    void withEditingOffAPlainClickOnAMapChangesNothing(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        robot.clickOn("#stepButton");
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) == 2);
        int train0 = fx(() -> dashboard.trainData().size());
        long generation = fx(() -> dashboard.lastSnapshot().generation());
        // when the fixed map is clicked (e.g. to focus the window) and ctrl-clicked, editing being off
        BoundaryView view = fx(() -> dashboard.boundary(Method.FIXED));
        clickAt(robot, view, 0.5, 1.6);
        robot.press(KeyCode.CONTROL);
        try {
            clickAt(robot, view, 0.5, 1.6);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        robot.clickOn("#stepButton");
        // then the next step trains on as before: same points, same comparison, epoch 3
        await(() -> epoch(dashboard.lastSnapshot()) == 3);
        assertEquals(train0, fx(() -> dashboard.trainData().size()));
        assertEquals(generation, fx(() -> dashboard.lastSnapshot().generation()));
        assertFalse(fx(() -> robot.lookup("#editPointsToggle").queryAs(ToggleButton.class).isSelected()));
    }

    private static void editingOn(FxRobot robot) throws Exception {
        robot.clickOn("#editPointsToggle");
        assertTrue(fx(() -> robot.lookup("#editPointsToggle").queryAs(ToggleButton.class).isSelected()));
    }

    private static void clickAt(FxRobot robot, BoundaryView view, double x1, double x2) throws Exception {
        Point2D screen = fx(() -> view.localToScreen(view.pixelAt(x1, x2)));
        robot.clickOn(screen);
    }

    private static String noteText(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#dataFileNote").queryAs(Label.class).getText());
    }
}
