package dev.moons.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.export.ChartPicture;
import dev.moons.export.SweepFiles;
import dev.moons.training.Config;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sweep window's Export buttons: off before a sweep ends, then a full-size PNG and the CLI's CSV. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SweepExportTest {
    private static final Config TINY = Config.defaults().withSamples(200).withEpochs(20).withHidden(8);
    private static final long TIMEOUT_S = 60;

    @TempDir
    Path dir;

    private volatile Path chosen;
    private SweepView view;

    @Start
    void start(Stage stage) {
        view = new SweepView(() -> TINY, new double[] {0.1, 1}, Platform::runLater,
                (title, name, extension) -> Optional.ofNullable(chosen));
        stage.setScene(new Scene(view.root(), 1100, 680));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        fx(() -> {
            view.cancel();
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    @Test
    void finishedSweepExportsItsPlotsAsPngAndItsResultsAsCsv(FxRobot robot) throws Exception {
        assertTrue(fx(() -> robot.lookup("#sweepExportPng").queryAs(Button.class).isDisabled()), "no sweep yet");
        robot.interact(() -> robot.lookup("#sweepSeedsSpinner").queryAs(Spinner.class).getValueFactory()
                .setValue(1));
        robot.clickOn("#sweepRunButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(() -> view.result() != null));

        chosen = dir.resolve("sweep.png");
        robot.clickOn("#sweepExportPng");
        BufferedImage png = ImageIO.read(chosen.toFile());
        assertEquals(ChartPicture.DEFAULT_WIDTH, png.getWidth());
        assertTrue(png.getHeight() > ChartPicture.DEFAULT_HEIGHT, "plots plus caption: " + png.getHeight());
        assertTrue(status(robot).startsWith("Saved sweep plots"), status(robot));

        // and the plots as SVG: well-formed XML, three nested charts, one polyline per series (fixed, backtracking)
        chosen = dir.resolve("sweep.svg");
        robot.clickOn("#sweepExportSvg");
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(chosen.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(4, doc.getElementsByTagName("svg").getLength(), "the document and its three plots");
        org.w3c.dom.NodeList polylines = doc.getElementsByTagName("polyline");
        assertEquals(6, polylines.getLength(), "two series in each of three plots");
        for (int k = 0; k < polylines.getLength(); k++) {
            String name = ((org.w3c.dom.Element) polylines.item(k)).getAttribute("data-name");
            assertTrue(name.startsWith(k % 2 == 0 ? "fixed" : "backtracking"), name);
        }
        // the two learning rates 0.1 and 1 give the fixed line two points in each plot
        assertEquals(2, ((org.w3c.dom.Element) polylines.item(0)).getAttribute("points").trim().split("\\s+").length);
        assertTrue(Files.readString(chosen).contains("Final test accuracy vs learning rate"), "titles");
        assertTrue(status(robot).startsWith("Saved sweep plots"), status(robot));

        chosen = dir.resolve("sweep.csv");
        robot.clickOn("#sweepExportCsv");
        List<String> lines = Files.readAllLines(chosen);
        assertEquals(SweepFiles.CSV_HEADER, lines.get(0));
        assertEquals(3, lines.size() - 1, "two fixed runs and one backtracking run");
        assertTrue(status(robot).startsWith("Saved sweep results"), status(robot));
    }

    private static String status(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#sweepExportStatus").queryAs(Label.class).getText());
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
