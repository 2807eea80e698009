package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line in a child JVM with no display settings passed: exit status, the files, and that the
 * JVM ends by itself (no stray JavaFX or ND4J thread keeps it alive).
 */
class LauncherProcessTest {
    @TempDir
    Path tmp;

    private record Outcome(int status, String stdout, String stderr) {
    }

    private Outcome launch(String... args) throws IOException, InterruptedException {
        return launch(false, args);
    }

    private Outcome launch(boolean withoutDisplay, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.moons.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(tmp.resolve("stdout.txt").toFile())
                .redirectError(tmp.resolve("stderr.txt").toFile());
        if (withoutDisplay) {
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
        }
        Process p = builder.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the JVM must exit by itself");
        return new Outcome(p.exitValue(), Files.readString(tmp.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void compareWritesAllFourFilesWithNoDisplay() throws Exception {
        Path out = tmp.resolve("results");
        Outcome o = launch("compare", "--out", out.toString(), "--samples", "200", "--epochs", "40",
                "--hidden", "8", "--lr", "0.1");
        assertEquals(0, o.status(), o.stderr());
        assertTrue(o.stdout().contains("Backtracking"), o.stdout());
        for (String name : List.of("summary.json", "history.csv")) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        for (String name : List.of("loss.png", "boundary.png")) {
            BufferedImage image = ImageIO.read(out.resolve(name).toFile());
            assertTrue(image != null && image.getWidth() >= 800 && image.getHeight() >= 400,
                    name + " reads back as a picture");
        }
        assertFalse(o.stderr().contains("Exception"), o.stderr());
    }

    @Test
    void badInputExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        Path out = tmp.resolve("never");
        Outcome o = launch("compare", "--out", out.toString(), "--hidden", "0");
        assertEquals(2, o.status());
        List<String> errorLines = o.stderr().lines().filter(l -> l.startsWith("error:")).toList();
        assertEquals(List.of("error: --hidden must be in [1, 256], was 0"), errorLines);
        assertFalse(o.stderr().contains("\tat "), o.stderr());
        assertFalse(new File(out.toString()).exists());
    }

    @Test
    void theAppWithoutADisplayIsOneLineAndExitTwo() throws Exception {
        Outcome o = launch(true);
        assertEquals(2, o.status(), o.stderr());
        assertEquals(List.of(dev.moons.Launcher.NO_DISPLAY), o.stderr().lines().toList());
        assertEquals("", o.stdout());
    }
}
