package dev.moons.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PngExportTest {
    private static final String CAPTION = "Two moons, 1000 points, seed 42: fixed step lr = 0.5 diverges at "
            + "epoch 12 while the backtracking line search keeps decreasing the loss.";
    private Region box;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        box = new Region();
        box.setStyle("-fx-background-color: #0072B2;");
        box.setPrefSize(300, 200);
        box.setMinSize(300, 200);
        box.setMaxSize(300, 200);
        stage.setScene(new Scene(new Pane(box), 400, 300));
        stage.show();
    }

    @Test
    void writesThePngWithTheCaptionStrip(FxRobot robot) throws Exception {
        Path file = dir.resolve("box.png");
        robot.interact(() -> {
            try {
                PngExport.write(box, file, CAPTION);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        BufferedImage image = ImageIO.read(file.toFile());
        int strip = PngExport.captionHeight(CAPTION, 300);
        assertTrue(strip > 20, "caption strip " + strip);
        assertEquals(300, image.getWidth());
        assertEquals(200 + strip, image.getHeight());
        assertEquals(0x0072B2, image.getRGB(150, 100) & 0xFFFFFF);
        assertEquals(0xF4F4F4, image.getRGB(299, 200 + strip - 2) & 0xFFFFFF);
    }

    @Test
    void aTargetUnderARegularFileFailsAndLeavesNothing(FxRobot robot) throws Exception {
        Path regular = Files.writeString(dir.resolve("notes.txt"), "x");
        Path target = regular.resolve("out.png");
        IOException[] thrown = new IOException[1];
        robot.interact(() -> {
            thrown[0] = assertThrows(IOException.class, () -> PngExport.write(box, target, "caption"));
        });
        assertFalse(thrown[0].getMessage().contains("\n"), thrown[0].getMessage());
        assertTrue(thrown[0].getMessage().contains("not a directory"), thrown[0].getMessage());
        assertFalse(Files.exists(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void blankCaptionAddsNoStrip() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        assertEquals(30, PngExport.withCaption(image, " ").getHeight());
        assertEquals(0, PngExport.captionHeight(null, 40));
    }

    @Test
    void longCaptionsWrapToTheImageWidth() {
        assertTrue(PngExport.wrap(CAPTION, 200).size() >= 3);
        assertEquals(2, PngExport.wrap("first line\nsecond", 1000).size());
    }
}
