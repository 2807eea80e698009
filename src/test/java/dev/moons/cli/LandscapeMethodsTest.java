package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.training.Method;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code landscape --methods}: with the default methods it writes the files (and the report and the picture) the
 * build before it wrote (baseline/l*-…, written by that build on three planes), and with other methods every path,
 * line of the report and profile names those methods, and the picture draws each in its colour.
 */
class LandscapeMethodsTest {
    private static final List<String> TEXT_FILES = List.of("landscape.json", "landscape.csv", "paths.csv",
            "profile.csv");

    @TempDir
    Path tmp;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        return out.toString();
    }

    @Test
    void defaultMethodsWriteTodaysFilesOnEveryPlane() throws IOException {
        String[][] cases = {
            {"l1", "--samples", "200", "--epochs", "40", "--hidden", "4", "--resolution", "21"},
            {"l2", "--samples", "200", "--epochs", "30", "--hidden", "4", "--resolution", "11", "--plane", "hessian",
                "--batch", "32", "--lr", "0.1"},
            {"l3", "--samples", "200", "--epochs", "30", "--hidden", "4", "--resolution", "11", "--plane", "pca",
                "--methods", "fixed,backtracking"},
        };
        for (String[] c : cases) {
            Path out = tmp.resolve(c[0]);
            String[] args = new String[c.length + 2];
            args[0] = "landscape";
            System.arraycopy(c, 1, args, 1, c.length - 1);
            args[c.length] = "--out";
            args[c.length + 1] = out.toString();
            String stdout = run(args);
            for (String name : TEXT_FILES) {
                DefaultMethodsFilesTest.assertSameFile(c[0] + "-" + name, out.resolve(name));
            }
            Path report = Files.writeString(tmp.resolve(c[0] + "-stdout.txt"), stdout.replace(out.toString(), "OUT"));
            DefaultMethodsFilesTest.assertSameFile(c[0] + "-stdout.txt", report);
            assertSamePixels(c[0] + "-landscape.png", out.resolve("landscape.png"));
        }
    }

    @Test
    void otherMethodsNameAndColourTheirOwnPaths() throws IOException {
        // given three methods that are not the defaults
        Path out = tmp.resolve("m3");
        String stdout = run("landscape", "--samples", "200", "--epochs", "30", "--hidden", "4", "--resolution", "21",
                "--methods", "momentum,adam,wolfe", "--out", out.toString());

        // then paths.csv holds their runs in that order, under their names
        List<String> rows = Files.readAllLines(out.resolve("paths.csv"));
        assertEquals("method,epoch,a,b,residual,train_loss", rows.get(0));
        List<String> methods = rows.stream().skip(1).map(r -> r.substring(0, r.indexOf(','))).distinct().toList();
        assertEquals(List.of("momentum", "adam", "wolfe"), methods);
        // the report has a line per method and the profile between the first two
        assertTrue(stdout.contains("Momentum       epoch 30 at"), stdout);
        assertTrue(stdout.contains("Adam           epoch 30 at"), stdout);
        assertTrue(stdout.contains("Strong Wolfe   epoch 30 at"), stdout);
        assertTrue(stdout.contains("momentum(T) -> adam(T): loss "), stdout);
        // the endpoints plane holds the first two ends exactly, the third not
        for (String m : List.of("momentum", "adam")) {
            String end = rows.stream().filter(r -> r.startsWith(m + ",30,")).findFirst().orElseThrow();
            assertTrue(Double.parseDouble(end.split(",")[4]) < 1e-9, end);
        }
        assertEquals("t,train_loss", Files.readAllLines(out.resolve("profile.csv")).get(0));
        assertEquals(102, Files.readAllLines(out.resolve("profile.csv")).size());
        // and the picture has each method's colour in it, and neither default's
        Set<Integer> colours = colours(ImageIO.read(out.resolve("landscape.png").toFile()));
        for (Method m : List.of(Method.MOMENTUM, Method.ADAM, Method.WOLFE)) {
            assertTrue(colours.contains(m.rgb()), m.id() + "'s colour");
        }
        assertTrue(!colours.contains(Method.FIXED.rgb()) && !colours.contains(Method.BACKTRACKING.rgb()));
    }

    @Test
    void badMethodsAreOneLineAndWriteNothing() {
        Path out = tmp.resolve("bad");
        StringWriter err = new StringWriter();
        int status = Cli.execute(new String[] {"landscape", "--methods", "fixed", "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Cli.BAD_INPUT, status);
        assertEquals("error: --methods fixed: methods must name 2 to 4 methods, was 1", err.toString().strip());
        assertTrue(!Files.exists(out));
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen;
    }

    private static void assertSamePixels(String fixture, Path written) throws IOException {
        BufferedImage expected;
        try (InputStream in = LandscapeMethodsTest.class.getResourceAsStream("baseline/" + fixture)) {
            expected = ImageIO.read(in);
        }
        BufferedImage actual = ImageIO.read(written.toFile());
        assertEquals(expected.getWidth(), actual.getWidth(), fixture);
        assertEquals(expected.getHeight(), actual.getHeight(), fixture);
        long differ = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                differ += expected.getRGB(x, y) == actual.getRGB(x, y) ? 0 : 1;
            }
        }
        assertEquals(0, differ, fixture + ": pixels that differ");
    }

    @SuppressWarnings("unused")
    private static String text(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream().collect(Collectors.joining("\n"));
    }
}
