package dev.moons.ui.shell;

import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.app.Snapshot;
import dev.moons.render.BoundaryView;
import dev.moons.render.Palette;
import dev.moons.render.chart.LinePlot;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.ui.FxWait;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lane choosers: each pane picks its method, and every view follows the lanes' methods. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LanesWindowTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);

    private Dashboard dashboard;

    @Start
    void start(Stage stage) {
        dashboard = FxWait.showDashboard(stage, FxWait.noFiles(), SMALL, 40, 1024, 640);
    }

    @AfterEach
    void close() {
        dashboard.close();
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<Method> chooser(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChoiceBox.class);
    }

    private void awaitMethods(List<Method> methods) throws Exception {
        await(() -> dashboard.lastSnapshot() != null && dashboard.lastSnapshot().config().methods().equals(methods)
                && dashboard.views().methods().equals(methods));
    }

    @Test
    void theDefaultsAreTheNotebooksAndEveryMethodCanBeChosen(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        // given a fresh window, then the lanes are fixed (left) and backtracking (right), offering all 8 methods
        assertEquals(Method.FIXED, fx(() -> chooser(robot, "#leftMethod").getValue()));
        assertEquals(Method.BACKTRACKING, fx(() -> chooser(robot, "#rightMethod").getValue()));
        assertEquals(Method.all(), fx(() -> List.copyOf(chooser(robot, "#leftMethod").getItems())));
        assertEquals(Method.all(), fx(() -> List.copyOf(chooser(robot, "#rightMethod").getItems())));
        assertEquals(0.01, fx(() -> dashboard.lastSnapshot().config().lr()));
    }

    @Test
    void choosingAMethodRestartsWithItAndTheViewsFollow(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) == 1);
        double[] fixedAfterOne = fx(() -> dashboard.lastSnapshot().left().theta());
        // when the left lane picks momentum
        robot.interact(() -> chooser(robot, "#leftMethod").setValue(Method.MOMENTUM));
        // then both runs restart at epoch 0 with momentum on the left and backtracking on the right
        awaitMethods(List.of(Method.MOMENTUM, Method.BACKTRACKING));
        Snapshot s = fx(dashboard::lastSnapshot);
        assertEquals(0, epoch(s));
        assertEquals(Method.MOMENTUM, s.left().method());
        assertEquals(Method.BACKTRACKING, s.right().method());
        // and the left pane is titled, named and coloured after momentum
        BoundaryView left = robot.lookup("#momentumBoundary").queryAs(BoundaryView.class);
        assertEquals(Method.MOMENTUM.label(), fx(left::title));
        assertTrue(robot.lookup("#fixedBoundary").tryQuery().isEmpty(), "no pane is named after fixed any more");
        // and the metrics, inspector and hidden-unit toggles name it
        Label header = fx(() -> dashboard.views().metrics().header(0));
        assertEquals("Momentum", fx(header::getText));
        assertTrue(fx(() -> header.getStyleClass().contains("metrics-momentum")));
        assertFalse(robot.lookup("#metric-accuracy-momentum").tryQuery().isEmpty());
        assertEquals("Momentum", fx(() -> robot.lookup("#inspectorMomentum").queryAs(ToggleButton.class).getText()));
        assertEquals("Momentum", fx(() -> robot.lookup("#hiddenMomentumToggle").queryAs(ToggleButton.class)
                .getText()));
        // and training draws momentum's losses in momentum's colour, from the same initial weights as before
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) == 1);
        LinePlot loss = dashboard.charts().lossPlot();
        LinePlot.Series train = fx(() -> loss.series().stream().filter(x -> x.name().equals("momentum train"))
                .findFirst().orElseThrow());
        assertEquals(Palette.of(Method.MOMENTUM), train.color());
        assertEquals(2, (int) fx(train::size));
        assertEquals(2, fx(() -> dashboard.charts().histories().get(Method.MOMENTUM).size()));
        assertFalse(fx(() -> dashboard.charts().histories().containsKey(Method.FIXED)));
        // momentum's first step is plain GD's (b ← g), so from the same θ0 its epoch 1 is fixed's epoch 1
        org.junit.jupiter.api.Assertions.assertArrayEquals(fixedAfterOne,
                fx(() -> dashboard.lastSnapshot().left().theta()), 1e-12);
    }

    @Test
    void pickingTheOtherLanesMethodSwapsTheLanes(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        // when the right lane picks the left lane's method
        robot.interact(() -> chooser(robot, "#rightMethod").setValue(Method.FIXED));
        // then the lanes swap: backtracking on the left, fixed on the right
        awaitMethods(List.of(Method.BACKTRACKING, Method.FIXED));
        assertEquals(Method.BACKTRACKING, fx(() -> chooser(robot, "#leftMethod").getValue()));
        assertEquals(Method.FIXED, fx(() -> chooser(robot, "#rightMethod").getValue()));
        assertEquals(Method.BACKTRACKING.label(), fx(() -> dashboard.views().lane(0).title()));
        assertEquals("Moons Lab — Backtracking vs Fixed LR",
                fx(() -> ((Stage) dashboard.root().getScene().getWindow()).getTitle()));
    }

    @Test
    void aLanesOwnSettingsShowForItsMethodAndABadValueChangesNothing(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        Node mu = robot.lookup("#momentumField").query();
        Node beta1 = robot.lookup("#beta1Field").query();
        // given the default lanes, then no method setting of momentum or Adam shows
        assertFalse(fx(() -> mu.getParent().isVisible()));
        assertFalse(fx(() -> beta1.getParent().isVisible()));
        // when the right lane picks Adam, then β1 shows and μ does not
        robot.interact(() -> chooser(robot, "#rightMethod").setValue(Method.ADAM));
        awaitMethods(List.of(Method.FIXED, Method.ADAM));
        assertTrue(fx(() -> beta1.getParent().isVisible()));
        assertFalse(fx(() -> mu.getParent().isVisible()));
        // when β1 1.5 is entered, then one line says why and the settings stay
        Config before = fx(() -> dashboard.lastSnapshot().config());
        robot.interact(() -> {
            TextField f = (TextField) beta1;
            f.setText("1.5");
            f.fireEvent(new javafx.event.ActionEvent());
        });
        Label error = robot.lookup("#beta1Error").queryAs(Label.class);
        assertTrue(fx(error::isVisible));
        String text = fx(error::getText);
        assertTrue(text.contains("beta1") && text.contains("1.5") && !text.contains("\n"), text);
        assertEquals(before, fx(() -> dashboard.lastSnapshot().config()));
        // when β1 0.8 is entered, then it is the comparison's from the next epoch on
        robot.interact(() -> {
            TextField f = (TextField) beta1;
            f.setText("0.8");
            f.fireEvent(new javafx.event.ActionEvent());
        });
        await(() -> dashboard.lastSnapshot().config().beta1() == 0.8);
        assertEquals(List.of(Method.FIXED, Method.ADAM), fx(() -> dashboard.lastSnapshot().config().methods()));
    }

    @Test
    void withoutALineSearchTheLineSearchTabSaysSo(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        // when the right lane picks momentum: no lane searches for its step
        robot.interact(() -> chooser(robot, "#rightMethod").setValue(Method.MOMENTUM));
        awaitMethods(List.of(Method.FIXED, Method.MOMENTUM));
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) == 1);
        // then the line-search view says so in words instead of an empty plot, and the line-search section hides
        assertEquals("Neither lane has a line search", fx(() -> dashboard.views().lineSearch().message()));
        String why = fx(() -> dashboard.views().lineSearch().summaryText());
        assertTrue(why.startsWith("Fixed LR and Momentum step by lr; pick a line search in a lane"), why);
        assertFalse(fx(() -> robot.lookup("#lineSearchSection").query().isVisible()));
        assertEquals("Learning rate",
                fx(() -> robot.lookup("#fixedSection").queryAs(javafx.scene.control.TitledPane.class).getText()));
        assertEquals("The step of Fixed LR and Momentum.", fx(() -> robot.lookup("#lrUsers").queryAs(Label.class)
                .getText()));
        // when the left lane picks wolfe, then the view draws wolfe's steps and is titled after it
        robot.interact(() -> chooser(robot, "#leftMethod").setValue(Method.WOLFE));
        awaitMethods(List.of(Method.WOLFE, Method.MOMENTUM));
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) == 1 && dashboard.views().lineSearch().message().isEmpty());
        assertEquals("Line search · Strong Wolfe", fx(() -> robot.lookup("#lineSearchTitle").queryAs(Label.class)
                .getText()));
        assertEquals(Method.WOLFE.label(),
                fx(() -> robot.lookup("#lineSearchSection").queryAs(javafx.scene.control.TitledPane.class).getText()));
    }

    @Test
    void aPresetOfTwoMethodsSetsTheLanes(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        // when "Adam vs backtracking" is picked
        robot.interact(() -> dashboard.applyPreset(Preset.ADAM_VS_BACKTRACKING));
        // then the choosers, the comparison and the panes show Adam on the left and backtracking on the right
        awaitMethods(List.of(Method.ADAM, Method.BACKTRACKING));
        assertEquals(Method.ADAM, fx(() -> chooser(robot, "#leftMethod").getValue()));
        assertEquals(Method.BACKTRACKING, fx(() -> chooser(robot, "#rightMethod").getValue()));
        assertEquals(Method.ADAM.label(), fx(() -> dashboard.views().lane(0).title()));
        assertEquals(Preset.ADAM_VS_BACKTRACKING.config(), fx(() -> dashboard.lastSnapshot().config()));
    }
}
