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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --dataset with its parameters and --weight-decay on compare and sweep, as they reach summary.json. */
class DatasetOptionsTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theDatasetItsParametersAndWeightDecayAreInSummaryJsonAndTheHistoryGetsTheObjective() throws IOException {
        Path dir = tmp.resolve("spiral");
        int status = run("compare", "--out", dir.toString(), "--samples", "200", "--epochs", "5", "--hidden", "4",
                "--dataset", "spiral", "--turns", "0.75", "--weight-decay", "0.01");
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().startsWith("Spiral (turns 0.75): 200 samples, noise 0.05, weight decay 0.01"),
                out.toString());
        JsonNode config = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("config");
        assertEquals("spiral", config.get("dataset").asText());
        assertEquals(0.75, config.get("turns").asDouble());
        assertEquals(0.05, config.get("noise").asDouble(), "each shape's own noise without --noise");
        assertEquals(0.01, config.get("weight_decay").asDouble());
        String header = Files.readAllLines(dir.resolve("history.csv")).stream().filter(l -> l.startsWith("method"))
                .findFirst().orElseThrow();
        assertTrue(header.endsWith(",time_ms,train_objective"), header);
    }

    @Test
    void withoutWeightDecayTheHistoryHasItsOldColumnsAndAGivenNoiseIsKept() throws IOException {
        Path dir = tmp.resolve("circles");
        assertEquals(0, run("compare", "--out", dir.toString(), "--samples", "120", "--epochs", "3", "--hidden", "2",
                "--dataset", "circles", "--noise", "0.3"), err.toString());
        JsonNode config = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("config");
        assertEquals("circles", config.get("dataset").asText());
        assertEquals(0.3, config.get("noise").asDouble());
        assertFalse(config.has("weight_decay"), "weight_decay is written only when not 0");
        assertTrue(Files.readAllLines(dir.resolve("history.csv")).contains(
                "method,epoch,train_loss,test_loss,train_acc,test_acc,step,loss_evals,grad_norm,time_ms"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--dataset|rings|--dataset must be one of moons, circles, xor, spiral, blobs, was rings",
        "--factor|1|--factor must be in (0, 1), was 1.0",
        "--turns|5|--turns must be in [0.25, 4.0], was 5.0",
        "--distance|-1|--distance must be in [0.0, 10.0], was -1.0",
        "--weight-decay|-0.5|--weight-decay must be finite and >= 0, was -0.5",
        "--weight-decay|NaN|--weight-decay must be finite and >= 0, was NaN",
    })
    void badValuesExitTwoWithOneLineAndWriteNothing(String option, String value, String message) {
        Path dir = tmp.resolve("never");
        assertEquals(2, run("compare", "--out", dir.toString(), option, value));
        assertEquals("error: " + message, err.toString().strip());
        assertFalse(Files.exists(dir));
    }

    @Test
    void sweepTakesTheDatasetToo() throws IOException {
        Path dir = tmp.resolve("sweep");
        int status = run("sweep", "--out", dir.toString(), "--samples", "120", "--epochs", "3", "--hidden", "2",
                "--lrs", "0.1", "--dataset", "xor", "--weight-decay", "0.001");
        assertEquals(0, status, err.toString());
        JsonNode config = new ObjectMapper().readTree(dir.resolve("sweep.json").toFile()).get("config");
        assertEquals("xor", config.get("dataset").asText());
        assertEquals(0.001, config.get("weight_decay").asDouble());
    }
}
