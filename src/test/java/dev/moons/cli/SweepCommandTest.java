package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sweep command through {@link Cli#execute}: its files, its exit codes and its input rules. */
class SweepCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesCsvJsonAndPngWithTheDivergedLearningRateAsNull() throws IOException {
        Path dir = tmp.resolve("sweep");
        int status = run("sweep", "--out", dir.toString(), "--samples", "200", "--epochs", "20", "--hidden", "8",
                "--seeds", "2", "--lrs", "0.01, 0.1,1e300");
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("Backtracking"), out.toString());
        assertTrue(out.toString().contains("diverged"), out.toString());

        List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals("method,lr,seed,train_loss,test_loss,train_acc,test_acc,loss_evals,status,diverged_at", csv.get(0));
        assertEquals(1 + 4 * 2, csv.size());
        assertTrue(csv.get(1).startsWith("fixed,0.01,42,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("fixed,0.01,43,"), csv.get(2));
        assertTrue(csv.get(1).endsWith(",20,finished,"), csv.get(1));
        assertTrue(csv.get(5).startsWith("fixed,1.0E300,42,") && csv.get(5).matches(".*,diverged,\\d+"), csv.get(5));
        assertTrue(csv.get(7).startsWith("backtracking,,42,") && csv.get(7).endsWith(",finished,"), csv.get(7));

        JsonNode json = new ObjectMapper().readTree(dir.resolve("sweep.json").toFile());
        assertEquals(200, json.at("/config/samples").asInt());
        assertTrue(json.at("/config/lr").isMissingNode(), "a sweep has no single lr");
        assertEquals(3, json.at("/config/lrs").size());
        assertEquals(1e300, json.at("/config/lrs/2").asDouble());
        assertEquals(3, json.at("/fixed").size());
        JsonNode ok = json.at("/fixed/1");
        assertEquals(0.1, ok.at("/lr").asDouble());
        assertFalse(ok.at("/diverged").asBoolean());
        assertEquals(2, ok.at("/completed").asInt());
        for (String field : List.of("train_acc", "test_acc", "train_loss", "test_loss", "loss_evals")) {
            assertTrue(ok.at("/" + field + "/mean").isNumber(), field);
            assertTrue(ok.at("/" + field + "/std").isNumber(), field);
        }
        JsonNode diverged = json.at("/fixed/2");
        assertTrue(diverged.at("/diverged").asBoolean());
        assertEquals(2, diverged.at("/diverged_runs").asInt());
        assertEquals(2, diverged.at("/status/diverged").asInt());
        for (String field : List.of("train_acc", "test_acc", "train_loss", "test_loss", "loss_evals")) {
            assertTrue(diverged.at("/" + field + "/mean").isNull(), field + " written as null");
        }
        assertTrue(json.at("/backtracking/lr").isMissingNode());
        assertTrue(json.at("/backtracking/test_acc/mean").isNumber());
        assertFalse(json.at("/cancelled").asBoolean());

        BufferedImage png = ImageIO.read(dir.resolve("sweep.png").toFile());
        assertEquals(1400, png.getWidth());
        assertTrue(png.getHeight() > 940 && png.getHeight() < 1100, "height " + png.getHeight());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void theBacktrackingBandInSweepJsonIsCompareBacktrackingSummary() throws IOException {
        String[] common = {"--samples", "200", "--epochs", "30", "--hidden", "8", "--seeds", "2"};
        Path sweepDir = tmp.resolve("s");
        Path compareDir = tmp.resolve("c");
        assertEquals(0, run(concat(new String[] {"sweep", "--out", sweepDir.toString(), "--lrs", "0.05"}, common)),
                err.toString());
        assertEquals(0, run(concat(new String[] {"compare", "--out", compareDir.toString(), "--lr", "0.05"}, common)),
                err.toString());
        JsonNode band = new ObjectMapper().readTree(sweepDir.resolve("sweep.json").toFile()).at("/backtracking");
        JsonNode compare = new ObjectMapper().readTree(compareDir.resolve("summary.json").toFile()).at("/methods");
        for (String field : List.of("train_acc", "test_acc", "train_loss", "test_loss", "loss_evals")) {
            for (String stat : List.of("mean", "std", "min", "max")) {
                String at = "/" + field + "/" + stat;
                assertEquals(compare.at("/backtracking" + at).asDouble(), band.at(at).asDouble(), 0.0, at);
                assertEquals(compare.at("/fixed" + at).asDouble(),
                        new ObjectMapper().readTree(sweepDir.resolve("sweep.json").toFile()).at("/fixed/0" + at)
                                .asDouble(), 0.0, "fixed " + at);
            }
        }
    }

    @Test
    void withoutLrsTheGridIsThirteenPointsFromOneThousandthToTen() throws IOException {
        Path dir = tmp.resolve("grid");
        assertEquals(0, run("sweep", "--out", dir.toString(), "--samples", "100", "--epochs", "2"), err.toString());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("sweep.json").toFile());
        assertEquals(13, json.at("/fixed").size());
        assertEquals(1e-3, json.at("/fixed/0/lr").asDouble());
        assertEquals(10.0, json.at("/fixed/12/lr").asDouble());
        assertEquals(1 + 14, Files.readAllLines(dir.resolve("sweep.csv")).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1,abc|--lrs value 'abc' is not a number",
        "-1|--lrs values must be finite and > 0, was -1.0",
        "0|--lrs values must be finite and > 0, was 0.0",
        "0.1,NaN|--lrs values must be finite and > 0, was NaN",
        "Infinity|--lrs values must be finite and > 0, was Infinity",
        "0.1,,0.2|--lrs value '' is not a number",
        "''|--lrs must list 1 to 50 learning rates, had 0",
    })
    void badLearningRateListsExitTwoWithOneLineAndWriteNothing(String lrs, String message) {
        Path dir = tmp.resolve("never");
        assertEquals(2, run("sweep", "--out", dir.toString(), "--lrs", lrs));
        assertEquals("error: " + message, err.toString().strip());
        assertFalse(Files.exists(dir));
    }

    @Test
    void fiftyOneLearningRatesAreTooMany() {
        String fifty = String.join(",", Collections.nCopies(50, "0.1"));
        Path dir = tmp.resolve("never");
        assertEquals(2, run("sweep", "--out", dir.toString(), "--lrs", fifty + ",0.2"));
        assertEquals("error: --lrs must list 1 to 50 learning rates, had 51", err.toString().strip());
        assertFalse(Files.exists(dir));
    }

    @Test
    void theSharedOptionsFollowCompareRules() throws IOException {
        Path dir = tmp.resolve("never");
        assertEquals(2, run("sweep", "--out", dir.toString(), "--seeds", "1001"));
        assertEquals("error: --seeds must be in [1, 1000], was 1001", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(2, run("sweep", "--out", dir.toString(), "--hidden", "0"));
        assertEquals("error: --hidden must be in [1, 256], was 0", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(2, run("sweep", "--out", dir.toString(), "--lr", "0.1"));
        assertTrue(err.toString().contains("Unknown option") && err.toString().contains("'--lr'"), err.toString());
        assertEquals(2, run("sweep"));
        Path file = Files.writeString(tmp.resolve("file.txt"), "keep");
        assertEquals(2, run("sweep", "--out", file.toString(), "--epochs", "1"));
        assertEquals("keep", Files.readString(file));
        assertFalse(Files.exists(dir));
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
