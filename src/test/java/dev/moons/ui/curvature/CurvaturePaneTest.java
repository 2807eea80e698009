package dev.moons.ui.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.render.chart.LinePlot;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Curvature view: λ_max where recorded, 2/step every epoch with the unstable region above it shaded, the margin
 * step · λ_max, cleared on reset.
 */
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

    @Test
    void theRegionAboveTwoOverLrIsShadedInTheRunsColour(FxRobot robot) {
        // given the fixed run's λ_max rising from 0.1 to 2 past its threshold 2/lr = 0.5
        robot.interact(() -> {
            for (int e = 1; e <= 40; e++) {
                pane.add(Method.FIXED, record(e, 4.0, 0.1 * Math.pow(20, (e - 1) / 39.0)));
            }
        });
        assertTrue(series(pane.sharpnessPlot(), "2/lr").isShadedAbove());
        assertTrue(series(pane.marginPlot(), "2 (edge)").isShadedAbove());
        assertTrue(!series(pane.sharpnessPlot(), "fixed λ_max").isShadedAbove());
        // when drawn, the top of the frame (above 0.5) is tinted orange and the bottom (below it) is not
        robot.interact(() -> {
            pane.sharpnessPlot().flush();
            snapshots[0] = pane.sharpnessPlot().snapshot(null, null);
        });
        WritableImage shot = snapshots[0];
        Bounds frame = pane.sharpnessPlot().lastLayout().plotArea();
        double topBlue = meanBlue(shot, frame, 0.05, 0.2);
        double bottomBlue = meanBlue(shot, frame, 0.8, 0.95);
        assertTrue(topBlue < bottomBlue - 0.04, "top " + topBlue + " vs bottom " + bottomBlue);
    }

    private final WritableImage[] snapshots = new WritableImage[1];

    // the mean blue channel over the frame's rows from fraction a to b of its height (white 1, orange tint lower)
    private static double meanBlue(WritableImage image, Bounds f, double a, double b) {
        PixelReader r = image.getPixelReader();
        double sum = 0;
        int n = 0;
        for (int y = (int) (f.getMinY() + a * f.getHeight()); y < f.getMinY() + b * f.getHeight(); y++) {
            for (int x = (int) f.getMinX() + 2; x < f.getMaxX() - 2; x++) {
                sum += r.getColor(x, y).getBlue();
                n++;
            }
        }
        return sum / n;
    }

    private static LinePlot.Series series(LinePlot plot, String name) {
        return plot.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
