package dev.moons.ui.shell;

import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.render.BoundaryView;
import dev.moons.render.chart.LinePlot;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.ui.FxWait;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A chart pane's "Open in its own window": a new window whose copy of the chart fills it and follows its size. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChartWindowsTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);
    private Dashboard dashboard;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        dashboard = FxWait.showDashboard(stage, FxWait.noFiles(), SMALL, 40, 1280, 760);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != main)
                .forEach(Window::hide));
        dashboard.close();
    }

    @Test
    void lossChartOpensFullSizeInItsOwnWindowAndFollowsItsSize(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        robot.interact(dashboard::step);
        await(() -> epoch(dashboard.lastSnapshot()) == 1);
        // when the loss pane's menu item is chosen
        Stage opened = openFrom(robot, dashboard.charts().lossPane());
        // then a window of its own shows a copy of the chart, filling it
        Parent root = fx(() -> opened.getScene().getRoot());
        assertTrue(root instanceof LinePlot, root.getClass().getName());
        assertNotSame(dashboard.charts().lossPlot(), root);
        assertEquals(ExportActions.LOSS_TITLE, fx(opened::getTitle));
        assertEquals(fx(() -> opened.getScene().getWidth()), fx(() -> root.getLayoutBounds().getWidth()), 1);
        assertTrue(fx(() -> root.getLayoutBounds().getWidth()) > 1000, "full size");
        // the two lanes' train and test losses (series are listed once they have points)
        assertEquals(4, fx(() -> ((LinePlot) root).series().stream().filter(x -> x.size() > 0).count()));
        // and when the window is resized the chart is laid out and drawn at the new size
        robot.interact(() -> {
            opened.setWidth(700);
            opened.setHeight(450);
        });
        robot.interact(() -> { });
        double width = fx(() -> opened.getScene().getWidth());
        assertEquals(width, fx(() -> root.getLayoutBounds().getWidth()), 1);
        assertEquals(width, fx(() -> ((LinePlot) root).lastLayout().plotArea().getMaxX()), width * 0.2);
    }

    @Test
    void boundaryOpensAsACopyWithoutPointEditing(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        Stage opened = openFrom(robot, dashboard.boundary(Method.BACKTRACKING));
        Parent root = fx(() -> opened.getScene().getRoot());
        assertTrue(root instanceof BoundaryView, root.getClass().getName());
        assertEquals(fx(() -> dashboard.boundary(Method.BACKTRACKING).title()), fx(() -> ((BoundaryView) root).title()));
        assertEquals(fx(() -> dashboard.boundary(Method.BACKTRACKING).infoText()),
                fx(() -> ((BoundaryView) root).infoText()));
    }

    private Stage openFrom(FxRobot robot, Node pane) throws Exception {
        ContextMenu menu = fx(() -> (ContextMenu) pane.getProperties().get(ChartWindows.MENU));
        robot.interact(() -> menu.getItems().get(0).fire());
        return fx(() -> (Stage) Window.getWindows().stream()
                .filter(w -> w != main && w instanceof Stage).findFirst().orElseThrow());
    }
}
