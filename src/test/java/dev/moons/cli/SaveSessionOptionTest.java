package dev.moons.cli;

import dev.moons.training.Method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moons.session.Session;
import dev.moons.session.SessionJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --save-session FILE}: the first seed's comparison as a session file. */
class SaveSessionOptionTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void theSessionHoldsTheFirstSeedsHistoryAsTheCsvReportsIt() throws Exception {
        // when compare runs 12 epochs over 2 seeds with --save-session
        Path dir = tmp.resolve("out");
        Path file = tmp.resolve("first.json");
        int status = run("compare", "--out", dir.toString(), "--samples", "200", "--epochs", "12", "--hidden", "4",
                "--seeds", "2", "--seed", "5", "--save-session", file.toString());
        assertEquals(0, status, err.toString());
        // then the session is seed 5's: 13 records per run, every epoch kept, the same final losses as history.csv
        Session s = SessionJson.read(file);
        assertEquals(5, s.config().seed());
        assertEquals(13, s.run(Method.BACKTRACKING).history().size());
        assertEquals(13, s.kept().size());
        assertTrue(s.kept().get(12).step() != null, "the last kept epoch has its line-search step");
        List<String> csv = Files.readAllLines(dir.resolve("history.csv"));
        String lastBacktracking = csv.get(csv.size() - 1);
        assertTrue(lastBacktracking.startsWith("backtracking,12,"), lastBacktracking);
        assertEquals(Double.parseDouble(lastBacktracking.split(",")[2]), s.run(Method.BACKTRACKING).history().get(12).trainLoss(),
                1e-12);
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(summary.at("/methods/fixed/diverged_at").isNull(), s.run(Method.FIXED).divergedAt() < 0);
    }

    @Test
    void aMissingDirectoryIsExitTwoBeforeAnyWork() {
        Path dir = tmp.resolve("out");
        int status = run("compare", "--out", dir.toString(), "--epochs", "5", "--save-session",
                tmp.resolve("no/such/dir/s.json").toString());
        assertEquals(2, status);
        assertTrue(err.toString().strip().startsWith("error: --save-session"), err.toString());
        assertFalse(Files.exists(dir));
    }
}
