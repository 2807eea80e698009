package dev.moons.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.render.chart.LinePlot;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LineChartSvgTest {
    private LinePlot plot;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        plot = new LinePlot("");
        plot.setAxisLabels("epoch", "cross-entropy <log> & \"more\"");
        plot.setLogY(true);
        String[] names = {"fixed train", "fixed test", "backtracking train", "backtracking test"};
        for (int k = 0; k < names.length; k++) {
            LinePlot.Series s = plot.addSeries(names[k], k < 2 ? Color.ORANGE : Color.BLUE, k % 2 == 1);
            for (int i = 0; i <= 50; i++) {
                s.add(i, Math.exp(-0.02 * (k + 1) * i));
            }
        }
        plot.series().get(3).setVisible(false);
        stage.setScene(new Scene(new StackPane(plot), 400, 300));
        stage.show();
    }

    @Test
    void svgParsesAsXmlWithOnePolylinePerVisibleSeries(FxRobot robot) throws Exception {
        Path file = dir.resolve("loss.svg");
        robot.interact(() -> {
            try {
                LineChartSvg.write(plot, "Loss · α₀ = 16", "lr 0.5 · seed 7 · epoch 50", 1600, 1000, file);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] bytes = Files.readAllBytes(file);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("1600", root.getAttribute("width"));
        NodeList lines = doc.getElementsByTagName("polyline");
        assertEquals(3, lines.getLength(), "one polyline per visible series");
        for (int k = 0; k < lines.getLength(); k++) {
            Element line = (Element) lines.item(k);
            assertEquals(plot.series().get(k).name(), line.getAttribute("data-name"));
            assertEquals(51, line.getAttribute("points").trim().split("\\s+").length);
        }
        assertTrue(((Element) lines.item(1)).hasAttribute("stroke-dasharray"), "test series dashed");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("lr 0.5 · seed 7 · epoch 50"), "caption");
        assertTrue(text.contains("Loss · α₀ = 16"), "title");
    }
}
