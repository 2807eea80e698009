package dev.moons.render.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A line plot in an unselected tab draws nothing while data arrive, and draws them all once its tab is shown. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HiddenTabRedrawTest {
    private TabPane tabs;
    private LinePlot hidden;
    private LinePlot.Series series;

    @Start
    void start(Stage stage) {
        hidden = new LinePlot("loss");
        series = hidden.addSeries("train", Color.web("#0072B2"), false);
        tabs = new TabPane(new Tab("first", new StackPane()), new Tab("second", hidden));
        stage.setScene(new Scene(tabs, 480, 320));
        stage.show();
    }

    @Test
    void aHiddenPlotWaitsForItsTabAndThenShowsEveryPoint(FxRobot robot) throws Exception {
        // given the plot's tab is not selected, and the plot has been laid out once
        WaitForAsyncUtils.waitForFxEvents();
        long before = hidden.redrawCount();
        // when 50 points arrive over many pulses
        for (int i = 1; i <= 50; i++) {
            int x = i;
            robot.interact(() -> series.add(x, 1.0 / x));
            Thread.sleep(5);
        }
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        // then the hidden plot was not redrawn
        assertEquals(before, hidden.redrawCount(), "redraws while hidden");
        // when its tab is selected
        robot.interact(() -> tabs.getSelectionModel().select(1));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        // then it is drawn, pixel for pixel as the same plot redrawn at once
        assertTrue(hidden.redrawCount() > before, "drawn once shown");
        int[] shown = pixels(robot);
        robot.interact(() -> hidden.flush());
        robot.interact(() -> hidden.redraw());
        assertArrayEquals(shown, pixels(robot));
    }

    private int[] pixels(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = hidden.canvas.snapshot(null, null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        int[] argb = new int[w * h];
        shot[0].getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }
}
