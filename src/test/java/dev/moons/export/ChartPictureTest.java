package dev.moons.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.render.chart.LinePlot;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChartPictureTest {
    private static final String CAPTION = "Moons Lab · 400 samples, noise 0.2, lr 0.5, α0 16 · seed 7 · epoch 30";
    private LinePlot live;

    @Start
    void start(Stage stage) {
        // a live chart as the window shows it: small, with a toggle button and a switch in its header
        live = new LinePlot("");
        LinePlot.Series a = live.addSeries("fixed train", Color.ORANGE, false);
        LinePlot.Series b = live.addSeries("test", Color.BLUE, true);
        for (int i = 0; i <= 30; i++) {
            a.add(i, Math.exp(-0.1 * i));
            b.add(i, Math.exp(-0.05 * i));
        }
        live.setLogY(true);
        live.setAxisLabels("epoch", "cross-entropy");
        HBox header = new HBox(new ToggleButton("epochs"), new ToggleSwitch("log y"));
        stage.setScene(new Scene(new VBox(header, live), 347, 268));
        stage.show();
    }

    @Test
    void exportedChartIsFullSizeWithCaptionAndNoControls(FxRobot robot) {
        BufferedImage[] image = new BufferedImage[1];
        List<Node> controls = new ArrayList<>();
        robot.interact(() -> {
            LinePlot copy = live.copy("");
            Parent root = ChartPicture.compose("Loss", copy, ChartPicture.DEFAULT_WIDTH, ChartPicture.DEFAULT_HEIGHT);
            collectControls(root, controls);
            image[0] = ChartPicture.render("Loss", live.copy(""), 1600, 1000, CAPTION);
            assertEquals(live.series().size(), copy.series().size());
            assertEquals(live.series().get(0).size(), copy.series().get(0).size());
            assertTrue(copy.isLogY());
            assertEquals("cross-entropy", copy.yAxisLabel());
        });
        assertTrue(controls.isEmpty(), "controls in the picture: " + controls);
        assertEquals(1600, image[0].getWidth());
        assertEquals(1000 + PngExport.captionHeight(CAPTION, 1600), image[0].getHeight());
        assertTrue(hasInk(image[0], 1000, image[0].getHeight()), "caption strip has text");
        assertTrue(hasInk(image[0], 100, 900), "the chart is drawn");
    }

    @Test
    void scaledSnapshotIsAtLeastTheAskedWidth(FxRobot robot) {
        BufferedImage[] image = new BufferedImage[1];
        double[] shown = new double[2];
        robot.interact(() -> {
            shown[0] = live.getLayoutBounds().getWidth();
            shown[1] = live.getLayoutBounds().getHeight();
            image[0] = ChartPicture.scaled(live, 1600, "");
        });
        assertTrue(image[0].getWidth() >= 1600, "width " + image[0].getWidth());
        double aspect = (double) image[0].getHeight() / image[0].getWidth();
        assertEquals(shown[1] / shown[0], aspect, 0.01, "the live view's proportions are kept");
    }

    private static void collectControls(Node node, List<Node> found) {
        if (node instanceof ButtonBase || node instanceof ToggleSwitch) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectControls(child, found);
            }
        }
    }

    // whether some pixel in rows [from, to) is dark (text or lines), not just white or light grey
    private static boolean hasInk(BufferedImage image, int from, int to) {
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    return true;
                }
            }
        }
        return false;
    }
}
