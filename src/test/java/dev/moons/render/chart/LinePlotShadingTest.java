package dev.moons.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
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

/** A series shaded above: tinted above its line, white below, for a series long enough to grow the decimator. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LinePlotShadingTest {
    private LinePlot plot;

    @Start
    void start(Stage stage) {
        plot = new LinePlot("");
        stage.setScene(new Scene(plot, 1280, 400));
        stage.show();
    }

    @Test
    void theRegionAboveAShadedLineIsTintedBelowItIsNot(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            // given a wiggling threshold of 5000 points (more decimated points than the decimator starts with)
            LinePlot.Series threshold = plot.addSeries("2/α", Color.web("#0072B2"), true);
            threshold.setShadedAbove(true);
            LinePlot.Series floor = plot.addSeries("floor", Color.GRAY, false);
            for (int i = 0; i < 5000; i++) {
                threshold.add(i, 1.0 + 0.05 * Math.sin(i));
                floor.add(i, i % 2 == 0 ? 0.0 : 2.0);
            }
            floor.setVisible(false);
            plot.setXRange(0, 5000);
            plot.flush();
            shot[0] = plot.snapshot(null, null);
            assertTrue(plot.copy("").series().get(0).isShadedAbove(), "a copy keeps the shading");
        });
        // then a pixel well above the line is tinted blue and one well below is white
        var frame = plot.lastLayout().plotArea();
        PixelReader r = shot[0].getPixelReader();
        int x = (int) (frame.getMinX() + frame.getWidth() * 0.37);
        Color above = r.getColor(x, (int) (frame.getMinY() + 0.1 * frame.getHeight()));
        Color below = r.getColor(x, (int) (frame.getMinY() + 0.9 * frame.getHeight()));
        assertTrue(above.getRed() < 0.95 && above.getBlue() > above.getRed(), "tinted above: " + above);
        assertEquals(1.0, below.getRed(), 0.02, "white below: " + below);
    }
}
