package dev.moons.ui.hidden;

import dev.moons.render.BoundaryView;
import dev.moons.training.Method;
import dev.moons.ui.FxWait;
import dev.moons.ui.shell.Dashboard;
import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.awaitReady;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.model.Activation;
import dev.moons.training.Config;
import dev.moons.app.Snapshot;
import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The activation control and the "Hidden units" tab, driven as a user would. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HiddenUnitsTest {
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
    void choosingTanhResetsTheRunsAndTheNextSnapshotHasTanh(FxRobot robot) throws Exception {
        // given two trained epochs with ReLU
        awaitReady(dashboard);
        for (int e = 1; e <= 2; e++) {
            robot.clickOn("#stepButton");
            int target = e;
            await(() -> epoch(dashboard.lastSnapshot()) == target);
        }
        assertEquals(Activation.RELU, fx(() -> dashboard.lastSnapshot().config().activation()));
        // when tanh is chosen in the activation box
        @SuppressWarnings("unchecked")
        ComboBox<Activation> combo = robot.lookup("#activationCombo").queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(Activation.TANH));
        // then the runs restart at epoch 0 with tanh, and the remembered settings say tanh
        await(() -> dashboard.lastSnapshot() != null
                && dashboard.lastSnapshot().config().activation() == Activation.TANH);
        Snapshot s = fx(dashboard::lastSnapshot);
        assertEquals(0, epoch(s));
        assertEquals(8, s.config().hidden());
        assertEquals(Activation.TANH, fx(() -> dashboard.settings().config().activation()));
    }

    @Test
    void stripShowsHMapsAndFollowsAnEpochChange(FxRobot robot) throws Exception {
        // given the hidden-units tab shown at epoch 0
        awaitReady(dashboard);
        selectHiddenUnitsTab(robot);
        HiddenUnitsPane pane = dashboard.hiddenUnits();
        double[] theta0 = fx(() -> dashboard.lastSnapshot().left().theta());
        await(() -> Arrays.equals(pane.paintedTheta(), theta0));
        assertEquals(8, fx(pane::unitCount));
        assertEquals(8, robot.lookup("#hiddenUnitStrip").queryParent().getChildrenUnmodifiable().size());
        int[] epoch0 = fx(() -> pixels(pane.image(0)));
        // when five epochs are trained, the maps follow the fixed run's θ
        for (int e = 1; e <= 5; e++) {
            robot.clickOn("#stepButton");
            int target = e;
            await(() -> epoch(dashboard.lastSnapshot()) == target);
        }
        double[] theta5 = fx(() -> dashboard.lastSnapshot().left().theta());
        await(() -> Arrays.equals(pane.paintedTheta(), theta5));
        assertFalse(Arrays.equals(theta0, theta5));
        assertFalse(Arrays.equals(epoch0, fx(() -> pixels(pane.image(0)))), "unit 1's map changed with θ");
        // and the backtracking toggle maps the other run's θ
        robot.clickOn("#hiddenBacktrackingToggle");
        double[] backtracking5 = fx(() -> dashboard.lastSnapshot().right().theta());
        assertFalse(Arrays.equals(theta5, backtracking5));
        await(() -> pane.method() == Method.BACKTRACKING && Arrays.equals(pane.paintedTheta(), backtracking5));
        robot.clickOn("#hiddenFixedToggle");
        await(() -> Arrays.equals(pane.paintedTheta(), theta5));
        // when the scrubber goes back to epoch 0, the maps are epoch 0's again, pixel for pixel
        robot.interact(() -> dashboard.scrubber().slider().setValue(0));
        await(() -> Arrays.equals(pane.paintedTheta(), theta0));
        assertArrayEquals(epoch0, fx(() -> pixels(pane.image(0))));
    }

    @Test
    void hoverShowsThatUnitOverTheBoundaryAndClickPinsUntilEscape(FxRobot robot) throws Exception {
        // given the maps painted
        awaitReady(dashboard);
        selectHiddenUnitsTab(robot);
        HiddenUnitsPane pane = dashboard.hiddenUnits();
        await(() -> pane.paintedTheta() != null);
        BoundaryView fixed = dashboard.boundary(Method.FIXED);
        assertNull(fx(fixed::overlayCaption));
        // when the mouse is over unit 3's map
        robot.moveTo("#hiddenUnit-2");
        // then the fixed run's boundary shows unit 3's map (the same image) with its caption
        await(() -> fixed.overlayCaption() != null && fixed.overlayCaption().startsWith("unit 3 ·"));
        WritableImage unit3 = fx(() -> pane.image(2));
        assertTrue(fx(() -> fixed.lookup("#unitOverlay") instanceof javafx.scene.image.ImageView v
                && v.getImage() == unit3 && v.isVisible()));
        // and moving away clears it
        robot.moveTo("#trainButton");
        await(() -> fixed.overlayCaption() == null);
        // when unit 5 is clicked, it stays after the mouse leaves, until Esc
        robot.clickOn("#hiddenUnit-4");
        robot.moveTo("#trainButton");
        await(() -> fixed.overlayCaption() != null && fixed.overlayCaption().startsWith("unit 5 ·"));
        assertTrue(fx(fixed::overlayCaption).contains("pinned"));
        robot.type(KeyCode.ESCAPE);
        await(() -> fixed.overlayCaption() == null);
        assertNull(fx(() -> dashboard.boundary(Method.BACKTRACKING).overlayCaption()));
    }

    private static void selectHiddenUnitsTab(FxRobot robot) throws Exception {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "hiddenUnitsTab".equals(t.getId())).findFirst().orElseThrow());
        });
    }

    private static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }
}
