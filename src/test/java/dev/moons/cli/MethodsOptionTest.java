package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --methods} and the method options of compare and sweep (issue 18). */
class MethodsOptionTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--methods|fixed|--methods fixed: methods must name 2 to 4 methods, was 1",
        "--methods|fixed,fixed|--methods fixed,fixed: methods must name distinct methods, fixed appears twice",
        "--methods|fixed,rmsprop|--methods fixed,rmsprop: method must be one of fixed, momentum, nesterov, adam,"
                + " backtracking, armijo-interp, wolfe, sls, was rmsprop",
        "--methods|fixed,adam,momentum,nesterov,wolfe|--methods fixed,adam,momentum,nesterov,wolfe: methods must"
                + " name 2 to 4 methods, was 5",
        "--momentum|1|--momentum must be in [0, 1), was 1.0",
        "--beta2|-0.1|--beta2 must be in [0, 1), was -0.1",
        "--eps|0|--eps must be finite and > 0, was 0.0",
        "--c2|0.00001|--c2 must be in (c, 1) = (1.0E-4, 1), was 1.0E-5",
        "--gamma|0.5|--gamma must be in [1.0, 1000.0], was 0.5",
    })
    void badMethodValuesExitTwoWithOneLineAndWriteNothing(String option, String value, String message) {
        Path dir = tmp.resolve("out");
        int status = run("compare", "--out", dir.toString(), "--epochs", "2", option, value);
        assertEquals(2, status);
        assertEquals("error: " + message, err.toString().strip());
        assertFalse(Files.exists(dir));
    }

    @Test
    void theMethodsNameTheRunsInSummaryAndHistoryAndTheirSettingsAreRecorded() throws Exception {
        Path dir = tmp.resolve("out");
        int status = run("compare", "--out", dir.toString(), "--samples", "100", "--hidden", "2", "--epochs", "3",
                "--methods", "nesterov,armijo-interp,wolfe", "--momentum", "0.5", "--c2", "0.5");
        assertEquals(0, status, err.toString());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        List<String> names = new java.util.ArrayList<>();
        summary.path("methods").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("nesterov", "armijo-interp", "wolfe"), names);
        assertEquals("[\"nesterov\",\"armijo-interp\",\"wolfe\"]", summary.at("/config/methods").toString());
        assertEquals(0.5, summary.at("/config/momentum").asDouble());
        assertEquals(0.5, summary.at("/config/c2").asDouble());
        assertTrue(summary.at("/config/beta1").isMissingNode(), "a setting at its default is not written");
        List<String> csv = Files.readAllLines(dir.resolve("history.csv"));
        assertEquals(1 + 3 * 4, csv.size());
        assertTrue(csv.get(5).startsWith("armijo-interp,0,"), csv.get(5));
        // the config file reads back: --config takes the methods and their settings
        Path again = tmp.resolve("again");
        status = run("compare", "--out", again.toString(), "--config", dir.resolve("summary.json").toString());
        assertEquals(0, status, err.toString());
        JsonNode second = new ObjectMapper().readTree(again.resolve("summary.json").toFile());
        assertEquals(summary.path("config"), second.path("config"));
    }

    @Test
    void sweepSweepsTheFixedStepMethodsAgainstTheLineSearchsBand() throws Exception {
        Path dir = tmp.resolve("sweep");
        int status = run("sweep", "--out", dir.toString(), "--samples", "100", "--hidden", "2", "--epochs", "3",
                "--lrs", "0.1,1", "--methods", "momentum,adam", "--line-search", "wolfe");
        assertEquals(0, status, err.toString());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("sweep.json").toFile());
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("config", "momentum", "adam", "wolfe", "cancelled", "wall_ms"), keys);
        assertEquals(2, json.path("adam").size());
        List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals(1 + 2 * 2 + 1, csv.size());
        assertTrue(csv.get(3).startsWith("adam,0.1,"), csv.get(3));
        assertTrue(csv.get(5).startsWith("wolfe,"), csv.get(5));
    }

    @Test
    void sweepRefusesALineSearchAsASweptMethodAndAFixedStepAsTheBand() {
        assertEquals(2, run("sweep", "--out", tmp.resolve("a").toString(), "--methods", "momentum,wolfe"));
        assertEquals("error: --methods momentum,wolfe: sweep sweeps fixed-step methods (fixed, momentum, nesterov,"
                + " adam); its line search is --line-search (backtracking), not wolfe", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(2, run("sweep", "--out", tmp.resolve("b").toString(), "--line-search", "adam"));
        assertEquals("error: --line-search must be one of backtracking, armijo-interp, wolfe, sls, was adam",
                err.toString().strip());
    }
}
