package dev.moons.ui.inspector;

import dev.moons.training.Method;
import dev.moons.ui.FxWait;
import dev.moons.ui.shell.Dashboard;
import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.model.GradientCheck;
import dev.moons.model.Layers;
import dev.moons.model.Mlp;
import dev.moons.training.Config;
import dev.moons.training.Problem;
import dev.moons.render.chart.HeatStrips;
import dev.moons.render.chart.LinePlot;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;

/** The Inspector tab shows the selected run's θ and ∇L(θ) — the model's own numbers — and follows the scrubber. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class InspectorTest {
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
    void showsTheSelectedRunsNumbersAndFollowsAnEpochChange(FxRobot robot) throws Exception {
        // given four epochs trained one step at a time, each run's θ kept per epoch
        FxWait.awaitReady(dashboard);
        Map<String, double[]> leftTheta = new HashMap<>();
        Map<String, double[]> rightTheta = new HashMap<>();
        keep(leftTheta, rightTheta);
        for (int e = 1; e <= 4; e++) {
            robot.clickOn("#stepButton");
            int target = e;
            await(() -> epoch(dashboard.lastSnapshot()) == target);
            keep(leftTheta, rightTheta);
        }
        InspectorPane inspector = dashboard.inspector();
        Problem problem = Problem.generate(SMALL, Seeds.of(SMALL.seed()));

        // when the Inspector tab is opened
        openInspector(robot);
        // then it shows the fixed run at epoch 4: Mlp's unpacked θ and ModelObjective's gradient at that θ
        await(() -> inspector.shownEpoch() == 4 && inspector.method() == Method.FIXED);
        assertShows(inspector, leftTheta.get("4"), problem);
        assertTrue(fx(() -> label(robot, "#inspectorCheck")).startsWith("epoch 4 · |manual−SameDiff| ≤ "));

        // when the backtracking run is selected
        robot.clickOn("#inspectorBacktracking");
        // then its θ at epoch 4 is shown
        await(() -> inspector.method() == Method.BACKTRACKING
                && java.util.Arrays.equals(inspector.shownCheck().theta(), rightTheta.get("4")));
        assertShows(inspector, rightTheta.get("4"), problem);

        // when the scrubber goes back to epoch 2
        robot.interact(() -> dashboard.scrubber().slider().setValue(2));
        // then the inspector follows: θ of epoch 2 and a cursor at 2 on its charts
        await(() -> inspector.shownEpoch() == 2);
        assertShows(inspector, rightTheta.get("2"), problem);
        assertEquals(2.0, fx(() -> inspector.ratioPlot(Method.BACKTRACKING).cursor()), 0.0);
        assertTrue(fx(() -> label(robot, "#inspectorCheck")).startsWith("epoch 2 ·"));

        // when the mouse rests on the cell of w2[1]
        HeatStrips strips = inspector.strips();
        double rowH = fx(() -> Math.min(22, (strips.getHeight() - 16) / 5));
        robot.moveTo(strips, Pos.TOP_LEFT, new Point2D(42, 16 + 3.5 * rowH), Motion.DIRECT);
        // then the hover line gives its value and gradient
        double w2 = Layers.of(rightTheta.get("2")).w2()[0];
        await(() -> label(robot, "#inspectorHover").startsWith("w2[1] = "));
        String hover = fx(() -> label(robot, "#inspectorHover"));
        assertEquals(w2, Double.parseDouble(hover.substring(8, hover.indexOf(' ', 8)).replace('−', '-')), 1e-4);

        // when Live is pressed
        robot.clickOn("#liveButton");
        // then epoch 4 is back
        await(() -> inspector.shownEpoch() == 4);
        assertTrue(Double.isNaN(fx(() -> inspector.ratioPlot(Method.BACKTRACKING).cursor())));
    }

    @Test
    void layerChartsCarryEveryEpochsStatsPerRun(FxRobot robot) throws Exception {
        // given three epochs trained
        FxWait.awaitReady(dashboard);
        double[] theta0 = fx(() -> dashboard.lastSnapshot().left().theta());
        for (int e = 1; e <= 3; e++) {
            robot.clickOn("#stepButton");
            int target = e;
            await(() -> epoch(dashboard.lastSnapshot()) == target);
        }
        // when the tab is opened on the gradient-norm view (its charts were not drawn while hidden)
        LinePlot.Series hidden = fx(() -> dashboard.inspector().normPlot(Method.FIXED).series().get(0));
        assertEquals(0, fx(hidden::size));
        openInspector(robot);
        robot.clickOn("#inspectorView-norms");
        // then each run's charts catch up with epochs 0..3, and epoch 0's layer-1 norm is ‖∂L/∂(w1,b1)‖ at θ0
        Problem problem = Problem.generate(SMALL, Seeds.of(SMALL.seed()));
        INDArray g = gradient(problem, theta0);
        for (Method m : Method.DEFAULTS) {
            robot.clickOn(m == Method.FIXED ? "#inspectorFixed" : "#inspectorBacktracking");
            LinePlot.Series layer1 = fx(() -> dashboard.inspector().normPlot(m).series().get(0));
            LinePlot.Series ratio1 = fx(() -> dashboard.inspector().ratioPlot(m).series().get(0));
            await(() -> layer1.size() == 4 && ratio1.size() == 4);
            assertEquals(Mlp.layer1(g).norm2Number().doubleValue(), fx(() -> layer1.y(0)), 1e-12, m.id());
            assertEquals(3.0, fx(() -> layer1.x(3)), 0.0);
            assertTrue(Double.isNaN(fx(() -> ratio1.y(0))), "no update at epoch 0");
            assertTrue(Double.isFinite(fx(() -> ratio1.y(1))));
        }
    }

    // the strips show exactly Mlp's w1, b1, w2, b2 of θ and ModelObjective's gradient there; SameDiff agrees
    private static void assertShows(InspectorPane inspector, double[] theta, Problem problem) throws Exception {
        Layers values = fx(() -> inspector.strips().values());
        Layers grad = fx(() -> inspector.strips().gradient());
        GradientCheck check = fx(inspector::shownCheck);
        INDArray th = Nd4j.createFromArray(theta.clone());
        double[][] w1 = Mlp.w1(th).toDoubleMatrix();
        assertArrayEquals(w1[0], values.w1()[0], 0.0);
        assertArrayEquals(w1[1], values.w1()[1], 0.0);
        assertArrayEquals(Mlp.b1(th).toDoubleVector(), values.b1(), 0.0);
        assertArrayEquals(Mlp.w2(th).toDoubleVector(), values.w2(), 0.0);
        assertEquals(Mlp.b2(th), values.b2(), 0.0);
        INDArray g = gradient(problem, theta);
        double[][] gw1 = Mlp.w1(g).toDoubleMatrix();
        assertArrayEquals(gw1[0], grad.w1()[0], 1e-15);
        assertArrayEquals(gw1[1], grad.w1()[1], 1e-15);
        assertArrayEquals(Mlp.b1(g).toDoubleVector(), grad.b1(), 1e-15);
        assertArrayEquals(Mlp.w2(g).toDoubleVector(), grad.w2(), 1e-15);
        assertEquals(Mlp.b2(g), grad.b2(), 1e-15);
        assertTrue(check.maxAbsDiff() < 1e-9, "max |manual − SameDiff| = " + check.maxAbsDiff());
    }

    private static INDArray gradient(Problem problem, double[] theta) {
        INDArray g = Nd4j.create(DataType.DOUBLE, theta.length);
        problem.model().objective(problem.xTrain(), problem.yTrain())
                .valueAndGradient(Nd4j.createFromArray(theta.clone()), g);
        return g;
    }

    private void keep(Map<String, double[]> fixed, Map<String, double[]> backtracking) throws Exception {
        var s = fx(dashboard::lastSnapshot);
        fixed.put(Integer.toString(s.left().last().epoch()), s.left().theta());
        backtracking.put(Integer.toString(s.right().last().epoch()), s.right().theta());
    }

    // selects the tab through its TabPane: with four detail tabs its header may sit in the overflow menu
    private void openInspector(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.control.Tab tab = dashboard.inspector().tab();
            tab.getTabPane().getSelectionModel().select(tab);
        });
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
