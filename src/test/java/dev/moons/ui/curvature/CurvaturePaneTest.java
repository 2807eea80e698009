package dev.moons.ui.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.render.chart.LinePlot;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Curvature view: λ_max where recorded, 2/step every epoch, the margin step · λ_max, cleared on reset. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CurvaturePaneTest {
    private CurvaturePane pane;

    @Start
    void start(Stage stage) {
        pane = new CurvaturePane();
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 600, 300));
        stage.show();
    }

    private static EpochRecord record(int epoch, double step, double sharpness) {
        return new EpochRecord(epoch, 0.5, 0.5, 0.8, 0.8, step, epoch, 0.1, epoch, RunStatus.RUNNING, 0.5,
                sharpness);
    }

    @Test
    void plotsSharpnessThresholdAndMarginInEachRunsSeries(FxRobot robot) {
        robot.interact(() -> {
            pane.add(Method.FIXED, record(1, 4.0, 0.6));
            pane.add(Method.FIXED, record(2, 4.0, Double.NaN));
            pane.add(Method.BACKTRACKING, record(1, 1.0, 1.8));
        });
        LinePlot.Series fixedLambda = series(pane.sharpnessPlot(), "fixed λ_max");
        assertEquals(1, fixedLambda.size());
        assertEquals(0.6, fixedLambda.y(0), 0.0);
        LinePlot.Series twoOverLr = series(pane.sharpnessPlot(), "2/lr");
        assertEquals(2, twoOverLr.size(), "2/lr is drawn every epoch");
        assertEquals(0.5, twoOverLr.y(0), 0.0);
        assertEquals(4.0 * 0.6, series(pane.marginPlot(), "lr·λ_max").y(0), 1e-12);
        assertEquals(1.8, series(pane.marginPlot(), "α·λ_max").y(0), 1e-12);
        String latest = robot.lookup("#curvatureLatest").queryAs(Label.class).getText();
        assertTrue(latest.contains("α · λ_max = 1.8"), latest);
        assertTrue(robot.lookup("#curvatureExplanation").queryAs(Label.class).getText()
                .contains("stable while lr · λ_max < 2"));
        robot.interact(pane::clear);
        assertEquals(0, fixedLambda.size());
    }

    private static LinePlot.Series series(LinePlot plot, String name) {
        return plot.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
