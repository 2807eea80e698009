package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The landscape command through {@link Cli#execute}: its files, their columns, and its refusals. */
class LandscapeCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesTheSurfaceThePathsAndTheProfile() throws IOException {
        Path dir = tmp.resolve("land");
        Path session = tmp.resolve("run.moons.json");
        int status = run("landscape", "--out", dir.toString(), "--samples", "200", "--epochs", "30", "--hidden", "8",
                "--resolution", "11", "--plane", "pca", "--save-session", session.toString());
        assertEquals(0, status, err.toString());
        for (String name : LandscapeCommand.FILES) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
        assertTrue(Files.size(session) > 0);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("landscape.json").toFile());
        assertEquals("pca", json.get("plane").asText());
        assertEquals(200, json.at("/config/samples").asInt());
        for (String key : List.of("theta0", "e1", "e2")) {
            assertEquals(33, json.get(key).size(), key);
        }
        assertEquals(11, json.get("a").size());
        assertEquals(11, json.get("b").size());

        List<String> grid = Files.readAllLines(dir.resolve("landscape.csv"));
        assertEquals("a,b,train_loss", grid.get(0));
        assertEquals(1 + 11 * 11, grid.size());
        List<String> paths = Files.readAllLines(dir.resolve("paths.csv"));
        assertEquals("method,epoch,a,b,residual,train_loss", paths.get(0));
        assertEquals(1 + 2 * 31, paths.size());
        assertTrue(paths.get(1).startsWith("fixed,0,0.0,0.0,0.0,"), paths.get(1));
        assertTrue(paths.get(paths.size() - 1).startsWith("backtracking,30,"), paths.get(paths.size() - 1));
        List<String> profile = Files.readAllLines(dir.resolve("profile.csv"));
        assertEquals("t,train_loss", profile.get(0));
        assertTrue(profile.get(1).startsWith("0.0,") && profile.get(profile.size() - 1).startsWith("1.0,"));
        assertTrue(out.toString().contains("barrier"), out.toString());
    }

    @Test
    void theHessianPlaneIsDrawnFromBothRunsCurvature() throws IOException {
        Path dir = tmp.resolve("hessian");
        int status = run("landscape", "--out", dir.toString(), "--samples", "200", "--epochs", "20", "--hidden", "4",
                "--resolution", "11", "--plane", "hessian");
        assertEquals(0, status, err.toString());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("landscape.json").toFile());
        assertEquals("hessian", json.get("plane").asText());
        double dot = 0;
        double n1 = 0;
        for (int i = 0; i < json.get("e1").size(); i++) {
            dot += json.get("e1").get(i).asDouble() * json.get("e2").get(i).asDouble();
            n1 += Math.pow(json.get("e1").get(i).asDouble(), 2);
        }
        assertEquals(0.0, dot, 1e-12);
        assertEquals(1.0, n1, 1e-12);
        assertTrue(Files.size(dir.resolve("landscape.png")) > 0);
    }

    @Test
    void badPlaneResolutionAndSpanAreBadInput() {
        assertEquals(Cli.BAD_INPUT, run("landscape", "--out", tmp.resolve("a").toString(), "--plane", "flat"));
        assertTrue(err.toString().contains("--plane must be one of endpoints, pca, random, hessian, was flat"),
                err.toString());
        assertEquals(Cli.BAD_INPUT, run("landscape", "--out", tmp.resolve("b").toString(), "--resolution", "302"));
        assertTrue(err.toString().contains("--resolution must be in [11, 301], was 302"), err.toString());
        assertEquals(Cli.BAD_INPUT, run("landscape", "--out", tmp.resolve("c").toString(), "--span", "-1"));
        assertTrue(err.toString().contains("--span must be in [0, 10], was -1.0"), err.toString());
    }
}
