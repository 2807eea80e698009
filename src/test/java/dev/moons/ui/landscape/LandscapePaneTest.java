package dev.moons.ui.landscape;

import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.awaitReady;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.landscape.Landscape;
import dev.moons.landscape.PlaneKind;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.ui.FxWait;
import dev.moons.ui.shell.Dashboard;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Landscape tab, driven as a user would: computed once shown, following steps, the plane chooser, the slider. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LandscapePaneTest {
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
    void theTabShowsBothPathsOnTheEndpointsPlaneAndFollowsThePlaneAndTheSlider(FxRobot robot) throws Exception {
        // given three trained epochs and the Landscape tab opened
        awaitReady(dashboard);
        for (int e = 1; e <= 3; e++) {
            robot.clickOn("#stepButton");
            int target = e;
            await(() -> epoch(dashboard.lastSnapshot()) == target);
        }
        LandscapePane pane = dashboard.landscape();
        assertEquals(0, fx(pane::computations), "nothing is computed while the tab is hidden");
        TabPane tabs = robot.lookup("#mapTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "landscapeTab".equals(t.getId())).findFirst().orElseThrow()));
        // then the map shows both runs up to epoch 3, their ends on the plane
        await(() -> pane.map().landscape() != null);
        Landscape shown = fx(() -> pane.map().landscape());
        assertEquals(PlaneKind.ENDPOINTS, shown.plane().kind());
        for (Method m : Method.DEFAULTS) {
            assertEquals(3, shown.at(m, 3).epoch());
            assertTrue(shown.at(m, 3).residual() < 1e-9);
        }
        assertEquals(3, fx(() -> pane.profiles().series().size()));
        // when the pca plane is chosen, the landscape is recomputed on it
        robot.interact(() -> robot.lookup("#plane-pca").queryAs(ToggleButton.class).setSelected(true));
        await(() -> pane.map().landscape().plane().kind() == PlaneKind.PCA);
        // when the hessian plane is chosen, it is recomputed on both runs' curvature
        robot.interact(() -> robot.lookup("#plane-hessian").queryAs(ToggleButton.class).setSelected(true));
        await(() -> pane.map().landscape().plane().kind() == PlaneKind.HESSIAN);
        // when the slider goes back to epoch 1, the dots show epoch 1
        robot.interact(() -> dashboard.scrubber().slider().setValue(1));
        await(() -> pane.map().shownEpoch() == 1);
        assertEquals(1, fx(() -> pane.map().landscape().at(Method.FIXED, pane.map().shownEpoch()).epoch()));
    }
}
