package dev.moons.ui.shell;

import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.fx;
import static dev.moons.ui.FxWait.statusText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.training.Config;
import dev.moons.ui.FxWait;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The bottom row can be resized; the status bar says when training has ended. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BottomRowAndEndTest {
    private static final Config SHORT = Config.defaults().withSamples(200).withEpochs(5).withHidden(4);

    private Dashboard dashboard;

    @Start
    void start(Stage stage) {
        dashboard = FxWait.showDashboard(stage, FxWait.noFiles(), SHORT, 30, 1024, 640);
    }

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    void theBottomRowIsASplitPaneWhoseDividersResizeTheCharts(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        SplitPane bottom = robot.lookup("#bottomSplit").queryAs(SplitPane.class);
        // in a 1024-px window the loss and step-size charts share the first pane's tabs
        assertEquals(2, fx(() -> bottom.getItems().size()));
        TabPane chartTabs = robot.lookup("#chartTabs").queryAs(TabPane.class);
        Node loss = fx(() -> dashboard.charts().lossPane());
        assertTrue(fx(() -> bottom.getItems().get(0) == chartTabs));
        assertTrue(fx(() -> chartTabs.getTabs().get(0).getContent() == loss));
        double before = fx(() -> loss.getLayoutBounds().getWidth());
        // when the first divider is dragged to the right
        robot.interact(() -> bottom.setDividerPosition(0, 0.6));
        WaitForAsyncUtils.waitForFxEvents();
        // then the loss chart is wider
        assertTrue(fx(() -> loss.getLayoutBounds().getWidth()) > before + 50,
                before + " → " + fx(() -> loss.getLayoutBounds().getWidth()));
    }

    @Test
    void aWideWindowShowsLossStepSizeAndTheTabsSideBySideAndANarrowOneTabsTheCharts(FxRobot robot)
            throws Exception {
        // given a dashboard in a stage of its own (resizing the shared primary stage would change later tests'
        // windows), 1600 px wide
        Stage own = fx(Stage::new);
        Dashboard wide = fx(() -> FxWait.showDashboard(own, FxWait.noFiles(), SHORT, 30, 1600, 700));
        try {
            FxWait.awaitReady(wide);
            SplitPane bottom = (SplitPane) fx(() -> own.getScene().lookup("#bottomSplit"));
            Node loss = fx(() -> wide.charts().lossPane());
            Node step = fx(() -> wide.charts().stepPane());
            WaitForAsyncUtils.waitForFxEvents();
            // then the row holds three panes: loss, step size and the detail tabs, each given room
            assertEquals(3, fx(() -> bottom.getItems().size()));
            assertTrue(fx(() -> bottom.getItems().get(0) == loss && bottom.getItems().get(1) == step));
            assertTrue(fx(() -> step.getLayoutBounds().getWidth()) > 150, "step " + fx(() -> step.getLayoutBounds()));
            // and when it is narrowed to 1024 px, the two charts go into one tab pane, the step chart on its tab
            robot.interact(() -> own.setWidth(1024));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(2, fx(() -> bottom.getItems().size()));
            TabPane chartTabs = (TabPane) fx(() -> own.getScene().lookup("#chartTabs"));
            robot.interact(() -> chartTabs.getSelectionModel().select(1));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(fx(() -> chartTabs.getTabs().get(1).getContent() == step && step.getScene() != null));
            assertTrue(fx(() -> step.getLayoutBounds().getWidth()) > 250, "step " + fx(() -> step.getLayoutBounds()));
            // and widened again, the three panes come back
            robot.interact(() -> own.setWidth(1600));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(3, fx(() -> bottom.getItems().size()));
        } finally {
            robot.interact(() -> {
                wide.close();
                own.close();
            });
        }
    }

    @Test
    void afterTrainingEndsTheStatusBarSaysSoNotWhyTheRunsLastRestarted(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        // given the runs restarted by a change of noise
        robot.interact(() -> robot.lookup("#noiseSlider").queryAs(Slider.class).setValue(0.3));
        await(() -> statusText(robot).endsWith("settings changed"));
        // when both runs train to their end (5 epochs)
        robot.clickOn("#trainButton");
        await(() -> FxWait.epoch(dashboard.lastSnapshot()) == 5 && !dashboard.isPlaying());
        // then the status bar says training ended, and how each run ended
        await(() -> statusText(robot).startsWith("Training ended at epoch 5: fixed finished, backtracking "));
    }
}
