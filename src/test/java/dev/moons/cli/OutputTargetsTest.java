package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every target and input is checked before any training: a refusal is exit 2 with one line naming the option and
 * the path, nothing is written, no FIFO or device is replaced, and an older result set stays byte-identical.
 */
class OutputTargetsTest {
    private static final String[] QUICK = {"--samples", "100", "--epochs", "3", "--hidden", "2"};

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(QUICK));
        return Cli.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "mkfifo");
        return path;
    }

    private void assertRefused(int status, String option, Path path) {
        assertEquals(2, status, err.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("error: " + option), lines.get(0));
        assertTrue(lines.get(0).contains(OutputTargets.shown(path)), lines.get(0));
        assertFalse(lines.get(0).contains("Exception"), lines.get(0));
    }

    private static boolean isFifo(Path p) throws IOException {
        return !Files.isRegularFile(p) && !Files.isDirectory(p) && Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }

    @Test
    void aFifoAsSessionTargetIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = mkfifo(tmp.resolve("session.fifo"));
        Path dir = tmp.resolve("out");
        assertRefused(run("compare", "--out", dir.toString(), "--save-session", fifo.toString()), "--save-session",
                fifo);
        assertTrue(isFifo(fifo), "the FIFO is not replaced by a regular file");
        assertFalse(Files.exists(dir), "nothing written");
    }

    @Test
    void aFifoAsConfigIsRefusedWithoutBlocking() throws Exception {
        Path fifo = mkfifo(tmp.resolve("config.fifo"));
        Path dir = tmp.resolve("out");
        int status = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run("compare", "--out", dir.toString(), "--config", fifo.toString()));
        assertRefused(status, "--config", fifo);
        assertTrue(err.toString().contains("not a regular file"), err.toString());
        assertFalse(Files.exists(dir));
    }

    @Test
    void aFifoOrDirectoryAsDataIsRefused() throws Exception {
        Path fifo = mkfifo(tmp.resolve("data.fifo"));
        Path dir = tmp.resolve("out");
        int status = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run("compare", "--out", dir.toString(), "--data", fifo.toString()));
        assertRefused(status, "--data", fifo);
        err.getBuffer().setLength(0);
        assertRefused(run("compare", "--out", dir.toString(), "--data", tmp.toString()), "--data", tmp);
        assertFalse(Files.exists(dir));
    }

    @Test
    void aDirectoryNamedLikeAResultFileIsRefusedBeforeTraining() throws Exception {
        for (String name : CompareCommand.FILES) {
            Path dir = Files.createDirectories(tmp.resolve("out-" + name));
            Files.createDirectory(dir.resolve(name));
            err.getBuffer().setLength(0);
            assertRefused(run("compare", "--out", dir.toString()), "--out", dir);
            assertTrue(err.toString().contains(name), err.toString());
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(dir.resolve(name)), files.toList(), "nothing written beside it");
            }
        }
        Path sweepDir = Files.createDirectories(tmp.resolve("sweep"));
        Files.createDirectory(sweepDir.resolve("sweep.json"));
        err.getBuffer().setLength(0);
        assertRefused(run("sweep", "--out", sweepDir.toString(), "--lrs", "0.1"), "--out", sweepDir);
        assertFalse(Files.exists(sweepDir.resolve("sweep.csv")));
    }

    @Test
    void aFifoNamedLikeAResultFileIsRefused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path fifo = mkfifo(dir.resolve("history.csv"));
        assertRefused(run("compare", "--out", dir.toString()), "--out", dir);
        assertTrue(isFifo(fifo));
        assertFalse(Files.exists(dir.resolve("summary.json")));
    }

    @Test
    void unwritableAndEmptyTargetsAreRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        Path under = file.resolve("out");
        assertRefused(run("compare", "--out", under.toString()), "--out", under);
        err.getBuffer().setLength(0);
        Path session = file.resolve("s.json");
        assertRefused(run("compare", "--out", tmp.resolve("o").toString(), "--save-session", session.toString()),
                "--save-session", session);
        err.getBuffer().setLength(0);
        assertEquals(2, run("compare", "--out", ""), err.toString());
        assertTrue(err.toString().startsWith("error: --out must name a directory"), err.toString());
        err.getBuffer().setLength(0);
        Path tooLong = tmp.resolve("n".repeat(300));
        assertRefused(run("compare", "--out", tooLong.toString()), "--out", tooLong);
        assertFalse(err.toString().contains("n".repeat(41)), "the long name is cut: " + err);
        assertEquals("x", Files.readString(file));
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void hugeCoordinatesAreRefusedBeforeAnythingIsWritten() throws Exception {
        for (String huge : List.of("1e17", "-1e160")) {
            Path csv = Files.writeString(tmp.resolve("huge.csv"), "x1,x2,label\n0,0,0\n1,2,1\n" + huge + ",1,0\n");
            Path dir = tmp.resolve("out");
            err.getBuffer().setLength(0);
            assertRefused(run("compare", "--out", dir.toString(), "--data", csv.toString()), "--data",
                    csv.getFileName());
            assertTrue(err.toString().contains("line 4") && err.toString().contains("1e15"), err.toString());
            assertFalse(Files.exists(dir));
        }
    }

    @Test
    void aRefusedRunLeavesTheOlderResultSetByteIdentical() throws Exception {
        Path dir = tmp.resolve("out");
        assertEquals(0, run("compare", "--out", dir.toString()), err.toString());
        Map<Path, byte[]> before = snapshot(dir);
        assertEquals(4, before.size(), before.keySet().toString());
        Path fifo = mkfifo(tmp.resolve("s.fifo"));
        err.getBuffer().setLength(0);
        assertRefused(run("compare", "--out", dir.toString(), "--save-session", fifo.toString()),
                "--save-session", fifo);
        err.getBuffer().setLength(0);
        assertEquals(2, run("compare", "--out", dir.toString(), "--hidden", "0"));
        Map<Path, byte[]> after = snapshot(dir);
        assertEquals(before.keySet(), after.keySet(), "no file added or removed, no staging left behind");
        for (Path p : before.keySet()) {
            assertArrayEquals(before.get(p), after.get(p), p.toString());
        }
    }

    @Test
    void aCompleteRunLeavesNoStagingOrProbeFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path session = tmp.resolve("s.json");
        assertEquals(0, run("compare", "--out", dir.toString(), "--save-session", session.toString()),
                err.toString());
        assertEquals(CompareCommand.FILES.stream().sorted().toList(), names(dir));
        assertEquals(List.of("out", "s.json"), names(tmp));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.sorted().toList()) {
                files.put(p, Files.readAllBytes(p));
            }
        }
        return files;
    }
}
