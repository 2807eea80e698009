package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --config}: one JSON document and nothing after it; an unknown key is a one-line warning, not silence. */
class ConfigFileChecksTest {
    private static final String CONFIG = "{\"config\": {\"samples\": 100, \"noise\": 0.1, \"train_ratio\": 0.8,"
            + " \"hidden\": 2, \"epochs\": 3, \"lr\": 0.5, \"alpha0\": 2, \"rho\": 0.25, \"c\": 0.001, \"batch\": 0,"
            + " \"seed\": 9, \"seeds\": 1, \"warm_start\": false, \"activation\": \"tanh\"%s}}";

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Path config, Path dir) {
        return Cli.execute(new String[] {"compare", "--config", config.toString(), "--out", dir.toString()},
                new PrintWriter(out), new PrintWriter(err));
    }

    private Path file(String text) throws IOException {
        return Files.writeString(tmp.resolve("settings.json"), text);
    }

    @Test
    void trailingContentOrASecondDocumentIsRefused() throws IOException {
        String good = String.format(CONFIG, "");
        for (String text : List.of(good + " garbage", good + "\n" + good, good + "}")) {
            err.getBuffer().setLength(0);
            Path dir = tmp.resolve("out");
            assertEquals(2, run(file(text), dir), err.toString());
            String line = err.toString().strip();
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.startsWith("error: --config ") && line.contains("settings.json"), line);
            assertTrue(line.contains("content after the end of the JSON document")
                    || line.contains("not valid JSON"), line);
            assertFalse(Files.exists(dir));
        }
    }

    @Test
    void anUnknownKeyIsWarnedAboutOnOneLine() throws IOException {
        Path dir = tmp.resolve("out");
        assertEquals(0, run(file(String.format(CONFIG, ", \"hiden\": 8")), dir), err.toString());
        List<String> warnings = err.toString().lines().filter(l -> l.startsWith("warning:")).toList();
        assertEquals(1, warnings.size(), err.toString());
        assertTrue(warnings.get(0).contains("\"hiden\"") && warnings.get(0).contains("settings.json"),
                warnings.get(0));
        assertTrue(Files.exists(dir.resolve("summary.json")));
    }

    @Test
    void aKnownConfigGivesNoWarning() throws IOException {
        assertEquals(0, run(file(String.format(CONFIG, "")), tmp.resolve("out")), err.toString());
        assertFalse(err.toString().contains("warning"), err.toString());
    }
}
