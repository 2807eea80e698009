package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the default methods (fixed, backtracking), compare's summary.json and history.csv, the session it saves and
 * sweep's sweep.csv and sweep.json are the files the build before issue 18 wrote (baseline/, written by that
 * build's {@code moons-lab}): every character the same once the wall times are blanked, and every number the same
 * up to the last bits BLAS's alignment-dependent sums already vary by between two runs of one build (1e-12
 * relative; see MiniBatchesTest).
 */
class DefaultMethodsFilesTest {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private void run(String... args) {
        int status = Cli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, status, err.toString());
    }

    @Test
    void fullBatchCompareWritesTodaysFiles() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("f1"));
        run("compare", "--samples", "200", "--epochs", "40", "--hidden", "4", "--out", out.toString(),
                "--save-session", out.resolve("session.json").toString());
        for (String name : List.of("summary.json", "history.csv", "session.json")) {
            assertSameFile("f1-" + name, out.resolve(name));
        }
    }

    @Test
    void miniBatchWarmStartTwoSeedsCompareWritesTodaysFiles() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("f2"));
        run("compare", "--samples", "200", "--epochs", "30", "--hidden", "4", "--batch", "32", "--warm-start",
                "--seeds", "2", "--lr", "0.1", "--out", out.toString(),
                "--save-session", out.resolve("session.json").toString());
        for (String name : List.of("summary.json", "history.csv", "session.json")) {
            assertSameFile("f2-" + name, out.resolve(name));
        }
    }

    @Test
    void sweepWritesTodaysFiles() throws IOException {
        Path out = tmp.resolve("w1");
        run("sweep", "--samples", "200", "--epochs", "30", "--hidden", "4", "--seeds", "2", "--lrs", "0.01,0.1,1",
                "--out", out.toString());
        for (String name : List.of("sweep.csv", "sweep.json")) {
            assertSameFile("w1-" + name, out.resolve(name));
        }
    }

    static void assertSameFile(String fixture, Path written) throws IOException {
        String expected = withoutTimes(fixture(fixture));
        String actual = withoutTimes(Files.readString(written, StandardCharsets.UTF_8));
        assertEquals(NUMBER.matcher(expected).replaceAll("#"), NUMBER.matcher(actual).replaceAll("#"),
                fixture + ": the text around the numbers");
        List<String> e = numbers(expected);
        List<String> a = numbers(actual);
        assertEquals(e.size(), a.size(), fixture);
        int exact = 0;
        for (int i = 0; i < e.size(); i++) {
            double x = Double.parseDouble(e.get(i));
            double y = Double.parseDouble(a.get(i));
            exact += e.get(i).equals(a.get(i)) ? 1 : 0;
            assertTrue(Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x)),
                    fixture + ": number " + i + " was " + a.get(i) + ", expected " + e.get(i));
        }
        assertTrue(exact >= 0.99 * e.size(), fixture + ": only " + exact + " of " + e.size() + " numbers identical");
    }

    // the wall times differ in every run: history.csv's last column, summary's and sweep's wall_ms, the session's time_ms
    private static String withoutTimes(String text) {
        String t = text.replace("\r", "");
        if (t.startsWith("method,epoch,") && t.contains(",time_ms")) {
            StringBuilder s = new StringBuilder();
            for (String line : t.split("\n", -1)) {
                int cut = line.lastIndexOf(',');
                s.append(cut < 0 ? line : line.substring(0, cut)).append('\n');
            }
            t = s.toString();
        }
        t = t.replaceAll("\"wall_ms\" : \\{[^}]*\\}", "\"wall_ms\" : {}");
        t = t.replaceAll("\"wall_ms\" : [-0-9.eE]+", "\"wall_ms\" : 0");
        return t.replaceAll("\"time_ms\":\\[[^\\]]*\\]", "\"time_ms\":[]");
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = DefaultMethodsFilesTest.class.getResourceAsStream("baseline/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture baseline/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
