package dev.moons.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LinePlotTest {
    private LinePlot plot;

    @Start
    void start(Stage stage) {
        plot = new LinePlot("Loss");
        plot.setAxisLabels("epoch", "loss");
        stage.setScene(new Scene(plot, 1280, 720));
        stage.show();
    }

    @Test
    void hundredThousandPointsRedrawFast(FxRobot robot) {
        long[] nanos = new long[5];
        robot.interact(() -> {
            LinePlot.Series a = plot.addSeries("fixed · train", Color.web("#E69F00"), false);
            LinePlot.Series b = plot.addSeries("fixed · test", Color.web("#E69F00"), true);
            long t0 = System.nanoTime();
            for (int i = 0; i < 100_000; i++) {
                a.add(i, 0.7 * Math.exp(-i / 20_000.0) + 0.01 * Math.sin(i));
                b.add(i, 0.75 * Math.exp(-i / 25_000.0));
            }
            nanos[0] = System.nanoTime() - t0;
            plot.setLogY(true);
            long t1 = System.nanoTime();
            plot.flush();
            nanos[1] = System.nanoTime() - t1;
            long t2 = System.nanoTime();
            WritableImage shot = plot.snapshot(null, null);
            nanos[2] = System.nanoTime() - t2;
            assertEquals(1280, (int) shot.getWidth());
            long[] full = new long[40];
            for (int k = 0; k < full.length; k++) {
                plot.setLogY(k % 2 == 0);
                long t = System.nanoTime();
                plot.flush();
                full[k] = System.nanoTime() - t;
            }
            long[] live = new long[40];
            plot.setXRange(0, 200_000);
            plot.flush();
            for (int k = 0; k < live.length; k++) {
                for (int i = 0; i < 100; i++) {
                    double x = a.size();
                    a.add(x, 0.7 * Math.exp(-x / 20_000.0));
                    b.add(x, 0.75 * Math.exp(-x / 25_000.0));
                }
                long t = System.nanoTime();
                plot.flush();
                live[k] = System.nanoTime() - t;
            }
            java.util.Arrays.sort(full);
            java.util.Arrays.sort(live);
            nanos[3] = full[full.length / 2];
            nanos[4] = live[live.length / 2];
        });
        System.out.printf("LinePlot: 2x100,000 adds %.1f ms, first redraw %.1f ms, snapshot %.1f ms, full"
                + " re-decimation redraw median %.2f ms, append-100-and-redraw median %.2f ms%n", nanos[0] / 1e6,
                nanos[1] / 1e6, nanos[2] / 1e6, nanos[3] / 1e6, nanos[4] / 1e6);
        assertTrue(nanos[1] + nanos[2] < 2_000_000_000L, "redraw took " + (nanos[1] + nanos[2]) / 1e6 + " ms");
    }

    @Test
    void manyChangesInOnePulseRedrawOnce(FxRobot robot) {
        long[] before = new long[1];
        robot.interact(() -> {
            plot.flush();
            before[0] = plot.redrawCount();
            LinePlot.Series s = plot.addSeries("s", Color.BLACK, false);
            for (int i = 0; i < 5000; i++) {
                s.add(i, i);
            }
            plot.addMarker(100, "lr → 0.1");
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        long[] after = new long[1];
        robot.interact(() -> after[0] = plot.redrawCount());
        long redraws = after[0] - before[0];
        assertTrue(redraws >= 1 && redraws <= 2, "redraws " + redraws);
    }

    @Test
    void drawsSeriesColourAndSkipsNonFiniteValues(FxRobot robot) {
        robot.interact(() -> {
            LinePlot.Series s = plot.addSeries("blue", Color.web("#0072B2"), false);
            for (int i = 0; i <= 100; i++) {
                s.add(i, i == 50 ? Double.NaN : 0.5);
            }
            s.add(101, Double.POSITIVE_INFINITY);
            plot.flush();
            WritableImage shot = plot.snapshot(null, null);
            int blue = 0;
            for (int y = 0; y < (int) shot.getHeight(); y++) {
                Color c = shot.getPixelReader().getColor(640, y);
                if (c.getBlue() > 0.55 && c.getRed() < 0.2) {
                    blue++;
                }
            }
            assertTrue(blue >= 2, "line found at x=640: " + blue + " pixels");
        });
    }

    @Test
    void clearDataKeepsSeries(FxRobot robot) {
        robot.interact(() -> {
            LinePlot.Series s = plot.addSeries("a", Color.RED, true);
            s.add(1, 2);
            plot.clearData();
            assertEquals(0, s.size());
            assertEquals(1, plot.series().size());
            plot.setLogY(true);
            assertTrue(plot.isLogY());
            s.add(1, -5);
            s.add(2, 0);
            plot.flush();
        });
    }
}
