package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same {@code compare} in three separate JVMs writes the same history.csv and summary.json, byte for byte once
 * the wall-clock fields (history's {@code time_ms} column, summary's {@code wall_ms} blocks) are dropped. Each JVM
 * gets its own native buffer addresses, so this catches sums whose order follows the buffers' alignment (BLAS asum
 * gave two test losses at epoch 0, …501 and …504, at random per process).
 */
class CompareAcrossProcessesTest {
    private static final int PROCESSES = 3;

    @TempDir
    Path tmp;

    @Test
    void threeJvmsWriteTheSameNumbers() throws Exception {
        // 4 seeds × 2 methods × (train, test) = 16 loss buffers per JVM, each 16- or 32-byte aligned at random
        List<String> histories = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            Path out = tmp.resolve("run" + i);
            compare(i, "--hidden", "8", "--seeds", "4", "--epochs", "3", "--threads", "1", "--out", out.toString());
            histories.add(withoutTimeColumn(Files.readString(out.resolve("history.csv"), StandardCharsets.UTF_8)));
            summaries.add(withoutWallTimes(Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8)));
        }
        assertTrue(histories.get(0).lines().count() > 8, histories.get(0));
        assertTrue(histories.get(0).contains("test_loss"), histories.get(0));
        for (int i = 1; i < PROCESSES; i++) {
            assertEquals(histories.get(0), histories.get(i), "history.csv of JVM " + i + " vs JVM 0");
            assertEquals(summaries.get(0), summaries.get(i), "summary.json of JVM " + i + " vs JVM 0");
        }
    }

    private void compare(int index, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.moons.Launcher", "compare"));
        command.addAll(List.of(args));
        Path stderr = tmp.resolve("stderr" + index + ".txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(tmp.resolve("stdout" + index + ".txt").toFile())
                .redirectError(stderr.toFile())
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "compare must exit by itself");
        assertEquals(0, p.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** The CSV with its time_ms column removed (located by the header, so a moved column is still found). */
    static String withoutTimeColumn(String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        int time = header.indexOf("time_ms");
        assertTrue(time >= 0, "history.csv has a time_ms column: " + header);
        return lines.stream().map(line -> {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(time);
            return String.join(",", cells);
        }).collect(Collectors.joining("\n"));
    }

    /** The JSON text with every "wall_ms" object ({…} without nesting) removed. */
    static String withoutWallTimes(String json) {
        String stripped = json.replaceAll("\"wall_ms\"\\s*:\\s*\\{[^{}]*\\}", "\"wall_ms\":-");
        assertTrue(!json.contains("wall_ms") || !stripped.equals(json), "wall_ms blocks found");
        return stripped;
    }
}
