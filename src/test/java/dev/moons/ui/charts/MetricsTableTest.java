package dev.moons.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moons.app.RunSnapshot;
import dev.moons.metrics.ClassificationReport;
import dev.moons.render.Formats;
import dev.moons.training.BoundaryContour;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The metrics table in an unselected tab keeps its cells while runs arrive, and shows the latest once shown. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MetricsTableTest {
    private TabPane tabs;
    private MetricsTable table;

    @Start
    void start(Stage stage) {
        table = new MetricsTable();
        tabs = new TabPane(new Tab("first", new StackPane()), new Tab("metrics", table.node()));
        StackPane root = new StackPane(tabs);
        root.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        Scene scene = new Scene(root, 480, 320);
        // the app's stylesheet: its colours decide whether the cells' text can be read
        scene.getStylesheets().add(dev.moons.ui.shell.MoonsApp.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** A run of {@code method} at {@code epoch} with {@code evals} loss evaluations and 3 of 4 test points right. */
    private static RunSnapshot run(Method method, int epoch, long evals) {
        EpochRecord last = new EpochRecord(epoch, 0.5, 0.5, 0.8, 0.75, 0.1, evals, 0.1, 12.0, RunStatus.RUNNING);
        ClassificationReport report = ClassificationReport.of(new int[] {0, 1, 1, 0}, new double[] {0.2, 0.9, 0.4, 0.1});
        return new RunSnapshot(method, last, 100, -1, new double[0], BoundaryContour.NONE, report, new double[0]);
    }

    private String cell(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void aHiddenTableWaitsForItsTabAndThenShowsTheLatestRuns(FxRobot robot) {
        // given the table's tab is not selected
        WaitForAsyncUtils.waitForFxEvents();
        // when epochs of both methods arrive
        for (int epoch = 1; epoch <= 20; epoch++) {
            int e = epoch;
            robot.interact(() -> {
                table.show(run(Method.FIXED, e, e));
                table.show(run(Method.BACKTRACKING, e, 3L * e));
            });
        }
        // then its cells still read "no value"
        assertEquals(Formats.MISSING, cell(robot, "metric-evals-fixed"));
        assertEquals(Formats.MISSING, cell(robot, "metric-accuracy-backtracking"));
        // when its tab is selected
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        // then it shows each method's latest run
        assertEquals("20", cell(robot, "metric-evals-fixed"));
        assertEquals("60", cell(robot, "metric-evals-backtracking"));
        assertEquals(Formats.percent(0.75), cell(robot, "metric-accuracy-backtracking"));
        // and a shown table follows every run at once
        robot.interact(() -> table.show(run(Method.FIXED, 21, 1234)));
        assertEquals("1,234", cell(robot, "metric-evals-fixed"));
    }

    @Test
    void newMethodsDropWhatWasWaiting(FxRobot robot) {
        // given a run that arrived while hidden
        robot.interact(() -> table.show(run(Method.FIXED, 5, 5)));
        // when the lanes change to other methods, and the tab is shown
        robot.interact(() -> table.setMethods(java.util.List.of(Method.MOMENTUM, Method.BACKTRACKING)));
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        // then the new columns are blank
        assertEquals(Formats.MISSING, cell(robot, "metric-evals-momentum"));
        assertEquals(Formats.MISSING, cell(robot, "metric-evals-backtracking"));
    }

    @Test
    void aSmallTabScrollsTheTableInsteadOfCuttingItsCells(FxRobot robot) {
        // given the table shown with both runs' numbers, in tabs far smaller than the table (240×140; the shared
        // test stage keeps its size)
        robot.interact(() -> {
            tabs.getSelectionModel().select(1);
            table.show(run(Method.FIXED, 479, 479));
            table.show(run(Method.BACKTRACKING, 479, 958));
            tabs.setMaxSize(240, 140);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // when it is laid out, then the two-line confusion cells keep their full size and text, and the table scrolls
        for (String id : new String[] {"metric-confusion-fixed", "metric-confusion-backtracking"}) {
            Label cell = robot.lookup("#" + id).queryAs(Label.class);
            org.junit.jupiter.api.Assertions.assertTrue(cell.getHeight() >= cell.prefHeight(-1) - 0.5,
                    id + " height " + cell.getHeight() + " of " + cell.prefHeight(-1));
            org.junit.jupiter.api.Assertions.assertTrue(cell.getWidth() >= cell.prefWidth(-1) - 0.5,
                    id + " width " + cell.getWidth() + " of " + cell.prefWidth(-1));
            javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.lookup(".text");
            assertEquals(cell.getText(), shown.getText(), id + " is not cut");
            javafx.scene.paint.Color ink = (javafx.scene.paint.Color) shown.getFill();
            org.junit.jupiter.api.Assertions.assertTrue(ink.getBrightness() < 0.5, id + " is dark on the white card: " + ink);
        }
        javafx.scene.control.ScrollPane scroll = robot.lookup(".metrics-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        org.junit.jupiter.api.Assertions.assertTrue(scroll.getViewportBounds().getHeight()
                < scroll.getContent().getLayoutBounds().getHeight(), "the table is taller than its view: it scrolls");
    }
}
