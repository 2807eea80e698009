package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moons.data.Seeds;
import dev.moons.export.SessionFiles;
import dev.moons.session.Session;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --config FILE}: the file's settings, overridden by options given on the command line. */
class ConfigFileOptionTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path settingsFile() throws IOException {
        return Files.writeString(tmp.resolve("settings.json"), "{\"config\": {\"samples\": 200, \"noise\": 0.1,"
                + " \"train_ratio\": 0.8, \"hidden\": 4, \"epochs\": 8, \"lr\": 0.5, \"alpha0\": 2, \"rho\": 0.25,"
                + " \"c\": 0.001, \"batch\": 0, \"seed\": 9, \"seeds\": 1, \"warm_start\": true,"
                + " \"activation\": \"tanh\"}}");
    }

    private JsonNode summary(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    }

    @Test
    void anOptionOnTheCommandLineOverridesTheFileAndTheRestComesFromIt() throws IOException {
        // given a file with lr 0.5, when compare runs with --config and --lr 0.1
        Path dir = tmp.resolve("over");
        int status = run("compare", "--config", settingsFile().toString(), "--lr", "0.1", "--out", dir.toString());
        // then lr 0.1 is used and every other setting is the file's
        assertEquals(0, status, err.toString());
        JsonNode config = summary(dir).get("config");
        assertEquals(0.1, config.get("lr").asDouble());
        assertEquals(200, config.get("samples").asInt());
        assertEquals(0.1, config.get("noise").asDouble());
        assertEquals(0.8, config.get("train_ratio").asDouble());
        assertEquals(4, config.get("hidden").asInt());
        assertEquals(8, config.get("epochs").asInt());
        assertEquals(2.0, config.get("alpha0").asDouble());
        assertEquals(0.25, config.get("rho").asDouble());
        assertEquals(0.001, config.get("c").asDouble());
        assertEquals(9, config.get("seed").asLong());
        assertTrue(config.get("warm_start").asBoolean());
        assertEquals("tanh", config.get("activation").asText());
    }

    @Test
    void withoutTheOptionTheFilesValueIsUsed() throws IOException {
        Path dir = tmp.resolve("file");
        int status = run("compare", "--config", settingsFile().toString(), "--out", dir.toString(), "--hidden", "2");
        assertEquals(0, status, err.toString());
        assertEquals(0.5, summary(dir).at("/config/lr").asDouble());
        assertEquals(2, summary(dir).at("/config/hidden").asInt());
    }

    @Test
    void aSessionFileAndASummaryJsonWorkAsConfig() throws IOException {
        // given a session saved from a comparison with lr 0.3 and 6 epochs
        Config saved = Config.defaults().withSamples(120).withHidden(3).withEpochs(6).withLr(0.3);
        Comparison c = Comparison.create(saved, Seeds.of(4));
        EpochArchive archive = new EpochArchive(c.problem().model().parameterCount());
        archive.keep(c);
        c.runToEnd((m, r) -> archive.keep(c));
        Path session = tmp.resolve("session.json");
        SessionFiles.write(session, Session.of(c, archive, Session.MOONS));
        // when compare reads it, then its summary.json is read as config by sweep
        Path first = tmp.resolve("first");
        assertEquals(0, run("compare", "--config", session.toString(), "--out", first.toString()), err.toString());
        assertEquals(0.3, summary(first).at("/config/lr").asDouble());
        assertEquals(120, summary(first).at("/config/samples").asInt());
        Path sweep = tmp.resolve("sweep");
        assertEquals(0, run("sweep", "--config", first.resolve("summary.json").toString(), "--lrs", "0.1,1",
                "--out", sweep.toString()), err.toString());
        JsonNode sweepJson = new ObjectMapper().readTree(sweep.resolve("sweep.json").toFile());
        assertEquals(3, sweepJson.at("/config/hidden").asInt(), sweepJson.toString());
        assertEquals(6, sweepJson.at("/config/epochs").asInt());
    }

    @Test
    void aBadOrMissingFileIsExitTwoWithOneLineAndNothingWritten() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"config\": {\"samples\": 200, \"lr\": ");
        Path wrongValue = Files.writeString(tmp.resolve("wrong.json"),
                Files.readString(settingsFile()).replace("\"rho\": 0.25", "\"rho\": 1.5"));
        Path newer = Files.writeString(tmp.resolve("newer.json"), "{\"version\": 7, \"config\": {}}");
        String[][] cases = {{bad.toString(), "not valid JSON"}, {tmp.resolve("none.json").toString(), "no such file"},
                {wrongValue.toString(), "rho must be in (0, 1), was 1.5"}, {newer.toString(), "unsupported version 7"}};
        for (String[] k : cases) {
            err.getBuffer().setLength(0);
            Path dir = tmp.resolve("out-" + k[1].length());
            int status = run("compare", "--config", k[0], "--out", dir.toString());
            String message = err.toString().strip();
            assertEquals(2, status, message);
            assertTrue(message.startsWith("error: --config " + k[0]), message);
            assertTrue(message.contains(k[1]), message);
            assertFalse(message.contains("\n"), message);
            assertFalse(Files.exists(dir), "nothing is written for " + k[0]);
        }
    }
}
