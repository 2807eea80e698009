package dev.moons.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Live data arriving every pulse: every point is kept and drawn, but plots redraw at most 30 times a second. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LinePlotPacingTest {
    private static final int PULSES = 90;
    private LinePlot loss;
    private LinePlot step;

    @Start
    void start(Stage stage) {
        loss = new LinePlot("Loss");
        step = new LinePlot("Step");
        stage.setScene(new Scene(new HBox(loss, step), 1280, 400));
        stage.show();
    }

    @Test
    void pointsEveryPulseRedrawEachPlotAtMostThirtyTimesASecondAndOnePlotPerPulse(FxRobot robot) throws Exception {
        // given two plots, each fed one new point between every two pulses for PULSES pulses
        LinePlot.Series[] series = new LinePlot.Series[2];
        long[] before = new long[2];
        robot.interact(() -> {
            series[0] = loss.addSeries("train", Color.web("#E69F00"), false);
            series[1] = step.addSeries("α", Color.web("#0072B2"), true);
            loss.flush();
            step.flush();
            before[0] = loss.redrawCount();
            before[1] = step.redrawCount();
        });
        CountDownLatch done = new CountDownLatch(1);
        long[] span = new long[2];
        long[] after = new long[2];
        robot.interact(() -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (pulses == 0) {
                    span[0] = now;
                }
                // between pulses, as the training service's updates arrive (Platform.runLater)
                int x = pulses;
                Platform.runLater(() -> {
                    series[0].add(x, Math.exp(-x / 30.0));
                    series[1].add(x, x % 2 == 0 ? 1 : 0.5);
                });
                if (++pulses == PULSES) {
                    span[1] = now;
                    after[0] = loss.redrawCount();
                    after[1] = step.redrawCount();
                    stop();
                    done.countDown();
                }
            }
        }.start());
        assertTrue(done.await(60, TimeUnit.SECONDS), "pulses did not run");

        // then, while the data streamed in, each plot redrew at most every 30 ms and the two never in one pulse
        double seconds = (span[1] - span[0]) / 1e9;
        long lossRedraws = after[0] - before[0];
        long stepRedraws = after[1] - before[1];
        long cap = (long) Math.floor(seconds * 1e9 / LinePlot.MIN_REDRAW_NANOS) + 2;
        assertTrue(lossRedraws <= cap && stepRedraws <= cap,
                lossRedraws + " and " + stepRedraws + " redraws in " + seconds + " s, cap " + cap);
        assertTrue(lossRedraws + stepRedraws <= PULSES + 1, (lossRedraws + stepRedraws) + " redraws in " + PULSES
                + " pulses");
        assertTrue(lossRedraws >= 1 && stepRedraws >= 1, "the plots must still animate");

        // and, once the data stop, the last points are drawn without being asked (nothing left dirty)
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents(5);
        long[] settled = new long[2];
        robot.interact(() -> {
            settled[0] = loss.redrawCount();
            settled[1] = step.redrawCount();
            loss.flush();
            step.flush();
        });
        robot.interact(() -> {
            assertEquals(settled[0], loss.redrawCount(), "loss plot still had undrawn points");
            assertEquals(settled[1], step.redrawCount(), "step plot still had undrawn points");
            assertEquals(PULSES, series[0].size());
            assertEquals(PULSES, series[1].size());
        });
    }
}
