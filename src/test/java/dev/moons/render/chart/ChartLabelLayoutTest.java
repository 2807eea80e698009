package dev.moons.render.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The loss and step-size charts at the sizes they get in a 1024×640 window (about 347×240 and 300×150) and in a
 * 1920×1080 one (about 640×420), and at the 1600×1000 export: no two labels a redraw drew overlap, and a legend
 * inside the plot covers at most 15 % of it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChartLabelLayoutTest {
    private static final double[][] SIZES = {{347, 240}, {300, 150}, {420, 200}, {640, 420}, {900, 520}, {1600, 940}};
    private Pane root;

    @Start
    void start(Stage stage) {
        root = new Pane();
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
    }

    @Test
    void lossChartLabelsNeverCollideAndTheLegendStaysSmall(FxRobot robot) {
        for (double[] size : SIZES) {
            check(robot, lossPlot(), size);
        }
    }

    @Test
    void stepChartLabelsNeverCollideAndTheLegendStaysSmall(FxRobot robot) {
        for (double[] size : SIZES) {
            check(robot, stepPlot(), size);
        }
    }

    @Test
    void emptyChartSaysSoWithoutTouchingItsTicks(FxRobot robot) {
        for (double[] size : SIZES) {
            LinePlot empty = new LinePlot("");
            empty.addSeries("fixed", Color.ORANGE, false);
            empty.addSeries("backtracking", Color.BLUE, false);
            empty.setAxisLabels("epoch", "α");
            empty.setLogY(true);
            check(robot, empty, size);
        }
    }

    @Test
    void sweepYTitleNeverReachesAboveItsPlot(FxRobot robot) {
        robot.interact(() -> {
            ChartText text = new ChartText();
            for (SweepPlot.Metric metric : SweepPlot.Metric.values()) {
                for (double height : new double[] {60, 120, 200, 400}) {
                    String title = SweepAxes.yTitle(metric, height, text);
                    assertTrue(text.width(title, ChartStyle.LABEL_FONT) <= height, metric + " at " + height + ": " + title);
                }
                assertTrue(SweepAxes.yTitle(metric, 1000, text).startsWith(metric.axis()), metric.toString());
            }
        });
    }

    private void check(FxRobot robot, LinePlot plot, double[] size) {
        List<Bounds> boxes = new ArrayList<>();
        Bounds[] legendAndArea = new Bounds[2];
        robot.interact(() -> {
            plot.setManaged(false);
            root.getChildren().setAll(plot);
            plot.resizeRelocate(0, 0, size[0], size[1]);
            plot.layout();
            plot.flush();
            ChartLayout layout = plot.lastLayout();
            boxes.addAll(layout.textBoxes());
            legendAndArea[0] = layout.legend();
            legendAndArea[1] = layout.plotArea();
        });
        String where = (int) size[0] + "×" + (int) size[1];
        assertTrue(boxes.size() >= 4, where + ": labels drawn " + boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(overlap(boxes.get(i), boxes.get(j)),
                        where + ": " + boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
        Bounds area = legendAndArea[1];
        assertNotNull(area, where);
        Bounds legend = legendAndArea[0];
        if (legend != null) {
            double covered = Math.max(0, Math.min(legend.getMaxX(), area.getMaxX())
                    - Math.max(legend.getMinX(), area.getMinX()))
                    * Math.max(0, Math.min(legend.getMaxY(), area.getMaxY()) - Math.max(legend.getMinY(), area.getMinY()));
            double share = covered / (area.getWidth() * area.getHeight());
            assertTrue(share <= 0.15, where + ": legend covers " + Math.round(100 * share) + " % of the plot");
        }
    }

    // boxes overlap when they share more than half a pixel both ways (touching edges do not count)
    private static boolean overlap(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0.5 && h > 0.5;
    }

    private static LinePlot lossPlot() {
        LinePlot plot = new LinePlot("");
        plot.setAxisLabels("epoch", "cross-entropy");
        plot.setLogY(true);
        plot.setYCap(10);
        String[] names = {"fixed train", "test", "backtracking train", "test"};
        for (int k = 0; k < names.length; k++) {
            LinePlot.Series s = plot.addSeries(names[k], k < 2 ? Color.ORANGE : Color.BLUE, k % 2 == 1);
            for (int i = 0; i <= 1000; i++) {
                s.add(i, 0.7 * Math.exp(-i / (150.0 + 100 * k)) + 0.05);
            }
        }
        plot.addMarker(400, "lr → 0.3");
        plot.setCursor(600);
        return plot;
    }

    private static LinePlot stepPlot() {
        LinePlot plot = new LinePlot("");
        plot.setAxisLabels("epoch", "α");
        plot.setLogY(true);
        plot.setXRange(0, Double.NaN);
        LinePlot.Series fixed = plot.addSeries("fixed", Color.ORANGE, false);
        LinePlot.Series back = plot.addSeries("backtracking", Color.BLUE, false);
        for (int i = 1; i <= 1000; i++) {
            fixed.add(i, 0.5);
            back.add(i, 16 * Math.pow(0.5, i % 7));
        }
        return plot;
    }
}
