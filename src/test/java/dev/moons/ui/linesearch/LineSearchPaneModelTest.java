package dev.moons.ui.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.curvature.QuadraticModel;
import dev.moons.render.Formats;
import dev.moons.render.chart.LineSearchPlot;
import dev.moons.optim.SearchTrace;
import dev.moons.training.LineSearchPicture;
import dev.moons.training.Method;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The line-search view with the quadratic model: its α* in the summary and its purple curve on the plot. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LineSearchPaneModelTest {
    private static final Color MODEL = Color.web("#8E44AD");
    private LineSearchPane pane;

    @Start
    void start(Stage stage) {
        pane = new LineSearchPane();
        stage.setScene(new Scene((Parent) pane.node(), 640, 360));
        stage.show();
    }

    // φ(α) = 0.5 − α + 0.6α² sampled on [0, 1.1], one accepted trial at α = 1
    private static LineSearchPicture picture(QuadraticModel model) {
        int n = 50;
        double[] alphas = new double[n];
        double[] phis = new double[n];
        for (int i = 0; i < n; i++) {
            alphas[i] = 1.1 * i / (n - 1);
            phis[i] = 0.5 - alphas[i] + 0.6 * alphas[i] * alphas[i];
        }
        return new LineSearchPicture(3, alphas, phis, 0.5, 1e-4, 1.0, new double[] {1.0}, new double[] {0.1}, true,
                0.3, 0.5 - 0.3 + 0.6 * 0.09, model);
    }

    @Test
    void theSummaryNamesAlphaStarAndThePlotDrawsTheModel(FxRobot robot) {
        // given a picture whose model φ(0) − α‖g‖² + ½α²·gᵀHg has gᵀHg = 1.6, so α* = 1/1.6
        QuadraticModel model = new QuadraticModel(0.5, 1.0, 1.6);
        robot.interact(() -> pane.showLive(picture(model)));
        String summary = robot.lookup("#lineSearchSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("α 1 after 1 trial"), summary);
        assertTrue(summary.contains("model's α* " + Formats.num(0.625)), summary);
        assertTrue(purplePixels(robot) > 100, "the model's curve and α* line are drawn");
        // when the same step has no model (a live mini-batch step), nothing purple is drawn
        robot.interact(() -> pane.showLive(picture(null)));
        assertEquals(0, purplePixels(robot));
        assertTrue(!robot.lookup("#lineSearchSummary").queryAs(Label.class).getText().contains("α*"));
    }

    @Test
    void aModelWithoutPositiveCurvatureSaysItHasNoMinimiser(FxRobot robot) {
        robot.interact(() -> pane.showLive(picture(new QuadraticModel(0.5, 1.0, -0.4))));
        String summary = robot.lookup("#lineSearchSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("gᵀHg ≤ 0: the model has no minimiser"), summary);
        // the plot notes it inside its frame, top right, besides the falling model curve
        LineSearchPlot plot = robot.lookup("#lineSearchPlot").queryAs(LineSearchPlot.class);
        javafx.geometry.Bounds frame = plot.lastLayout().plotArea();
        assertTrue(plot.lastLayout().textBoxes().stream().anyMatch(b -> frame.contains(b.getMinX(), b.getMinY())
                && b.getMaxX() > frame.getMinX() + frame.getWidth() / 2 && b.getMinY() < frame.getMinY() + 20),
                "a note at the frame's top right");
        assertTrue(purplePixels(robot) > 50);
    }

    @Test
    void theSummaryStatesWolfesOutcomeAndTheTrialItTook(FxRobot robot) {
        // given a wolfe step that ran into its trial bound and took its first trial (α 0.5), not its last (α 1)
        LineSearchPicture base = picture(null);
        LineSearchPicture wolfe = new LineSearchPicture(base.epoch(), base.alphas(), base.phis(), base.lossBefore(),
                base.c(), base.gradNormSquared(), new double[] {0.5, 1.0}, new double[] {0.15, 0.1}, true, base.lr(),
                base.phiAtLr(), null, null, new SearchTrace(0, "Armijo only: trial bound 50 reached", 1, 1, 0),
                false, Method.WOLFE);
        // when the view shows it
        robot.interact(() -> pane.showLive(wolfe));
        // then the label beside the title names the taken α, the trials by kind and the outcome
        String summary = robot.lookup("#lineSearchSummary").queryAs(Label.class).getText();
        assertEquals("epoch 3 · α 0.5 after 2 trials (1 bracketing, 1 zoom) · Armijo only: trial bound 50 reached",
                summary);
    }

    @Test
    void theFixedStepIsMarkedOnlyWhileALaneStepsPlainGd(FxRobot robot) {
        // given the default lanes (fixed, backtracking): the fixed run's α = lr is marked in orange
        robot.interact(() -> pane.showLive(picture(null)));
        assertTrue(pixels(robot, LineSearchPlot.FIXED) > 100, "fixed lr marked");
        // when the lanes become wolfe and backtracking, neither stepping plain GD
        robot.interact(() -> {
            pane.setMethods(java.util.List.of(Method.WOLFE, Method.BACKTRACKING));
            pane.showLive(picture(null));
        });
        // then no orange mark or legend entry is drawn
        assertEquals(0, pixels(robot, LineSearchPlot.FIXED));
    }

    private int purplePixels(FxRobot robot) {
        return pixels(robot, MODEL);
    }

    private int pixels(FxRobot robot, Color colour) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = pane.plot().snapshot(null, null));
        PixelReader r = shot[0].getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) shot[0].getHeight(); y++) {
            for (int x = 0; x < (int) shot[0].getWidth(); x++) {
                Color c = r.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.06 && Math.abs(c.getGreen() - colour.getGreen()) < 0.06
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.06) {
                    count++;
                }
            }
        }
        return count;
    }
}
