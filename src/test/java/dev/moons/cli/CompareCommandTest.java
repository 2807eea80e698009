package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The compare command through {@link Cli#execute}, which returns the status instead of exiting. */
class CompareCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theCaptionNamesTheDataItWasTrainedOn() {
        dev.moons.training.Config c = dev.moons.training.Config.defaults().withSamples(60);
        // generated moons: samples and noise
        assertTrue(CompareCommand.caption(c, null).startsWith("Two moons, seed 42: samples 60, noise 0.2, "));
        // a CSV file: its name and point count, no noise (it does not apply)
        String file = CompareCommand.caption(c, "points.csv");
        assertTrue(file.startsWith("points.csv, seed 42: 60 points, train ratio 0.7"), file);
        assertFalse(file.contains("noise") || file.contains("moons"), file);
    }

    @Test
    void theCaptionOfOtherMethodsGivesTheirSettingsNotFixedAndBacktrackings() {
        dev.moons.training.Config c = dev.moons.training.Config.defaults().withSamples(60).withMethods(List.of(
                dev.moons.training.Method.MOMENTUM, dev.moons.training.Method.ADAM,
                dev.moons.training.Method.WOLFE));
        String caption = CompareCommand.caption(c, null);
        assertTrue(caption.endsWith(", epochs 1000; full batch; methods momentum, adam, wolfe (momentum lr = 0.01,"
                + " μ = 0.9; adam lr = 0.01, β1 = 0.9, β2 = 0.999, ε = 1e-8; wolfe α₀ = 1, c1 = 1e-4, c2 = 0.9)"),
                caption);
        assertFalse(caption.contains("fixed lr") || caption.contains("backtracking"), caption);
    }

    @Test
    void writesSummaryAndHistoryForASmallRun() throws IOException {
        Path dir = tmp.resolve("run");
        int status = run("compare", "--out", dir.toString(), "--samples", "200", "--epochs", "20",
                "--hidden", "8", "--seeds", "2", "--lr", "0.05");
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("Fixed LR"), out.toString());
        assertTrue(out.toString().contains("Backtracking"), out.toString());

        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(200, summary.at("/config/samples").asInt());
        assertEquals(0.05, summary.at("/config/lr").asDouble());
        assertEquals(0.7, summary.at("/config/train_ratio").asDouble());
        assertFalse(summary.at("/config/warm_start").asBoolean());
        for (String method : List.of("fixed", "backtracking")) {
            JsonNode m = summary.at("/methods/" + method);
            for (String field : List.of("train_acc", "test_acc", "train_loss", "test_loss", "loss_evals", "wall_ms")) {
                for (String stat : List.of("mean", "std", "min", "max")) {
                    assertTrue(m.at("/" + field + "/" + stat).isNumber(), method + " " + field + " " + stat);
                }
            }
            assertEquals(2, m.at("/status/finished").asInt());
            assertTrue(m.at("/diverged_at").isNull());
            assertEquals(60, m.at("/confusion/0/0").asLong() + m.at("/confusion/0/1").asLong()
                    + m.at("/confusion/1/0").asLong() + m.at("/confusion/1/1").asLong());
            assertTrue(m.at("/f1").isNumber());
        }
        assertEquals(20.0, summary.at("/methods/fixed/loss_evals/mean").asDouble());
        assertTrue(summary.at("/gradcheck/max_abs_diff").asDouble() < 1e-9);

        List<String> history = Files.readAllLines(dir.resolve("history.csv"));
        assertEquals("method,epoch,train_loss,test_loss,train_acc,test_acc,step,loss_evals,grad_norm,time_ms",
                history.get(0));
        assertEquals(1 + 2 * 21, history.size());
        assertTrue(history.get(1).startsWith("fixed,0,"));
        assertTrue(history.get(22).startsWith("backtracking,0,"));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void aDivergingLearningRateIsAResultNotAnError() throws IOException {
        Path dir = tmp.resolve("div");
        int status = run("compare", "--out", dir.toString(), "--samples", "100", "--epochs", "10",
                "--lr", "1e300");
        assertEquals(0, status, err.toString());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(1, summary.at("/methods/fixed/status/diverged").asInt());
        assertTrue(summary.at("/methods/fixed/diverged_at").isInt());
        assertTrue(summary.at("/methods/fixed/train_loss/mean").isNull(), "non-finite written as null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--samples|3|--samples must be in [8, 100000], was 3",
        "--noise|NaN|--noise must be in [0.0, 1.0], was NaN",
        "--noise|2|--noise must be in [0.0, 1.0], was 2.0",
        "--train-ratio|1|--train-ratio must be in (0, 1), was 1.0",
        "--hidden|257|--hidden must be in [1, 256], was 257",
        "--epochs|0|--epochs must be in [1, 100000], was 0",
        "--lr|-1|--lr must be finite and > 0, was -1.0",
        "--lr|Infinity|--lr must be finite and > 0, was Infinity",
        "--alpha0|0|--alpha0 must be finite and > 0, was 0.0",
        "--rho|1|--rho must be in (0, 1), was 1.0",
        "--c|0|--c must be in (0, 1), was 0.0",
        "--batch|701|--batch must be in [0, 700], was 701",
        "--seeds|1001|--seeds must be in [1, 1000], was 1001",
        "--threads|0|--threads must be in [1, 256], was 0",
        "--threads|257|--threads must be in [1, 256], was 257",
    })
    void badValuesExitTwoWithOneLineAndWriteNothing(String option, String value, String message) {
        Path dir = tmp.resolve("never");
        int status = run("compare", "--out", dir.toString(), option, value);
        assertEquals(2, status);
        assertEquals("error: " + message, err.toString().strip());
        assertFalse(Files.exists(dir));
    }

    @Test
    void nonNumericAndUnknownOptionsAreOneLineErrors() {
        assertEquals(2, run("compare", "--out", tmp.resolve("a").toString(), "--noise", "abc"));
        assertTrue(err.toString().strip().startsWith("error: Invalid value for option '--noise'"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
        assertEquals(2, run("compare", "--out", tmp.resolve("a").toString(), "--bogus", "1"));
        assertTrue(err.toString().contains("Unknown option") && err.toString().contains("'--bogus'"), err.toString());
        assertEquals(2, run());
        assertEquals(2, run("compare"));
    }

    @Test
    void anOutThatIsAFileOrHasNoParentIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "keep");
        assertEquals(2, run("compare", "--out", file.toString(), "--epochs", "1"));
        assertEquals("keep", Files.readString(file));
        assertEquals(2, run("compare", "--out", file.resolve("sub").toString(), "--epochs", "1"));
        assertEquals(2, run("compare", "--out", tmp.resolve("no/such/dir").toString(), "--epochs", "1"));
        assertFalse(Files.exists(tmp.resolve("no")));
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void trainsOnACsvFileGivenWithData() throws IOException {
        Path csv = tmp.resolve("points.csv");
        Files.writeString(csv, dev.moons.data.CsvDataset.format(
                dev.moons.data.Moons.generate(120, 0.1, new java.util.Random(3))));
        Path dir = tmp.resolve("fromcsv");
        int status = run("compare", "--out", dir.toString(), "--data", csv.toString(), "--epochs", "10");
        assertEquals(0, status, err.toString());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(120, summary.at("/config/samples").asInt());
        assertEquals(36, summary.at("/methods/fixed/confusion/0/0").asLong() + summary.at("/methods/fixed/confusion/0/1").asLong()
                + summary.at("/methods/fixed/confusion/1/0").asLong() + summary.at("/methods/fixed/confusion/1/1").asLong());
    }

    @Test
    void aBadCsvFileIsRefusedWithItsLineAndNothingIsWritten() throws IOException {
        Path csv = Files.writeString(tmp.resolve("bad.csv"), "x1,x2,label\n1,2,0\n1,2,5\n");
        Path dir = tmp.resolve("never");
        assertEquals(2, run("compare", "--out", dir.toString(), "--data", csv.toString()));
        assertEquals("error: --data bad.csv: line 3: label must be 0 or 1, was '5'", err.toString().strip());
        assertFalse(Files.exists(dir));
    }

    @Test
    void aCsvWithTooFewPointsOfAClassIsRefused() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append(i).append(",0,").append(i < 3 ? 1 : 0).append('\n');
        }
        Path csv = Files.writeString(tmp.resolve("few.csv"), text.toString());
        assertEquals(2, run("compare", "--out", tmp.resolve("x").toString(), "--data", csv.toString()));
        assertTrue(err.toString().startsWith("error: --train-ratio 0.7 with the 20 points of --data (17 of class 0, "
                + "3 of class 1) leaves fewer than 2"), err.toString());
    }

    /** Every numeric option against negative, zero, huge, NaN, infinite and non-numeric values. */
    @Test
    void everyNumericOptionRefusesEveryKindOfBadValueNamingItself() {
        java.util.Set<String> valid = java.util.Set.of("--noise 0", "--batch 0", "--lr 1e300", "--alpha0 1e300", "--lr 2000000", "--alpha0 2000000",
                "--seed -1", "--seed 0", "--seed 2000000");
        int checked = 0;
        for (String option : List.of("--samples", "--noise", "--train-ratio", "--hidden", "--epochs", "--lr",
                "--alpha0", "--rho", "--c", "--batch", "--seeds", "--seed")) {
            for (String value : List.of("-1", "0", "2000000", "1e300", "NaN", "Infinity", "-Infinity", "abc", "")) {
                if (valid.contains(option + " " + value)) {
                    continue;
                }
                err.getBuffer().setLength(0);
                int status = run("compare", "--out", tmp.resolve("never").toString(), option, value);
                String message = err.toString().strip();
                if (option.equals("--seed") && status == 0) {
                    continue;
                }
                assertEquals(2, status, option + " " + value + ": " + message);
                assertEquals(1, message.lines().count(), option + " " + value + ": " + message);
                assertTrue(message.startsWith("error: ") && message.contains(option), option + " " + value + ": " + message);
                checked++;
            }
        }
        assertFalse(Files.exists(tmp.resolve("never")));
        assertTrue(checked > 90, "checked " + checked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"relu", "leaky-relu", "tanh", "sigmoid"})
    void everyActivationNameIsAcceptedAndRecorded(String name) throws IOException {
        Path dir = tmp.resolve(name);
        int status = run("compare", "--out", dir.toString(), "--samples", "120", "--epochs", "5",
                "--hidden", "4", "--activation", name);
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("hidden 4 " + name), out.toString());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(name, summary.at("/config/activation").asText());
        assertTrue(summary.at("/gradcheck/max_abs_diff").asDouble() < 1e-9);
    }

    @Test
    void theDefaultActivationIsReluAndAnUnknownOneIsAOneLineError() throws IOException {
        Path dir = tmp.resolve("default");
        assertEquals(0, run("compare", "--out", dir.toString(), "--samples", "120", "--epochs", "2", "--hidden", "2"),
                err.toString());
        assertEquals("relu", new ObjectMapper().readTree(dir.resolve("summary.json").toFile())
                .at("/config/activation").asText());
        err.getBuffer().setLength(0);
        assertEquals(2, run("compare", "--out", tmp.resolve("never").toString(), "--activation", "softmax"));
        assertEquals("error: --activation must be one of relu, leaky-relu, tanh, sigmoid, was softmax",
                err.toString().strip());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    @Test
    void tinyAndHugeSampleCountsAndExtremeWidthsAreRefused() {
        for (String[] args : List.of(new String[] {"--samples", "1"}, new String[] {"--samples", "2"},
                new String[] {"--samples", "3"}, new String[] {"--samples", "2000000"},
                new String[] {"--train-ratio", "0"}, new String[] {"--train-ratio", "1"},
                new String[] {"--hidden", "0"}, new String[] {"--hidden", "100000"})) {
            err.getBuffer().setLength(0);
            assertEquals(2, run("compare", "--out", tmp.resolve("never").toString(), args[0], args[1]),
                    String.join(" ", args));
            assertTrue(err.toString().startsWith("error: " + args[0]), err.toString());
        }
    }
}
