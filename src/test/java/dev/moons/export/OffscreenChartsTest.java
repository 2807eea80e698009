package dev.moons.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link OffscreenChartsMain} in a child JVM with no JavaFX system properties: the code sets them itself. */
@Tag("ui")
class OffscreenChartsTest {

    @TempDir
    Path dir;

    @Test
    void writesLossAndBoundaryPngsWithNoDisplay() throws Exception {
        Path log = dir.resolve("child.log");
        Path out = Files.createDirectory(dir.resolve("charts"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                OffscreenChartsMain.class.getName(), out.toString(), "50", "200"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = child.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(ended, "child JVM did not finish:\n" + output);
        assertEquals(0, child.exitValue(), output);
        BufferedImage loss = ImageIO.read(out.resolve("loss.png").toFile());
        BufferedImage boundary = ImageIO.read(out.resolve("boundary.png").toFile());
        assertEquals(1200, loss.getWidth());
        assertTrue(loss.getHeight() > 700 && loss.getHeight() < 800, "loss height " + loss.getHeight());
        assertEquals(1400, boundary.getWidth());
        assertTrue(boundary.getHeight() > 400 && boundary.getHeight() < 800, "boundary height " + boundary.getHeight());
        System.out.println("OffscreenCharts child JVM: " + output.lines().filter(l -> l.startsWith("rendered"))
                .findFirst().orElse("(no timing line)"));
    }
}
