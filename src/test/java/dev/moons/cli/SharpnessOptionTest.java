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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --sharpness-every K}: the sharpness column and summary key when on, the old files when off. */
class SharpnessOptionTest {
    private static final String OLD_HEADER =
            "method,epoch,train_loss,test_loss,train_acc,test_acc,step,loss_evals,grad_norm,time_ms";

    private static int run(Path dir, String... extra) {
        String[] base = {"compare", "--out", dir.toString(), "--samples", "120", "--epochs", "10", "--hidden", "4",
            "--lr", "0.5"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        StringWriter err = new StringWriter();
        int status = Cli.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertTrue(status == 0 || !err.toString().isEmpty());
        return status;
    }

    @Test
    void offByDefaultTheFilesHaveNoSharpness(@TempDir Path tmp) throws IOException {
        Path off = tmp.resolve("off");
        Path zero = tmp.resolve("zero");
        assertEquals(0, run(off));
        assertEquals(0, run(zero, "--sharpness-every", "0"));
        List<String> lines = Files.readAllLines(off.resolve("history.csv"));
        assertEquals(OLD_HEADER, lines.get(0));
        assertEquals(10, lines.get(1).split(",", -1).length);
        assertFalse(Files.readString(off.resolve("summary.json")).contains("sharpness"));
        // the same files, apart from the wall times, as with an explicit 0
        assertEquals(withoutTimes(lines), withoutTimes(Files.readAllLines(zero.resolve("history.csv"))));
    }

    @Test
    void everyKEpochsTheRowAfterTheEpochHasTheSharpnessAndTheSummaryTheLast(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("on");
        assertEquals(0, run(dir, "--sharpness-every", "4"));
        List<String> lines = Files.readAllLines(dir.resolve("history.csv"));
        assertEquals(OLD_HEADER + ",sharpness", lines.get(0));
        String lastFixed = null;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            int epoch = Integer.parseInt(f[1]);
            String sharpness = f[10];
            assertEquals(epoch % 4 == 0, !sharpness.isEmpty(), line);
            if (!sharpness.isEmpty()) {
                assertTrue(Double.parseDouble(sharpness) > 0, line);
                if (f[0].equals("fixed")) {
                    lastFixed = sharpness;
                }
            }
        }
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(Double.parseDouble(lastFixed), summary.path("methods").path("fixed").path("sharpness")
                .asDouble(), 0.0);
        assertTrue(summary.path("methods").path("backtracking").path("sharpness").isNumber());
        assertFalse(summary.path("config").has("sharpness_every"));
    }

    @Test
    void anIntervalBeyondTheEpochsIsOneLine(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        int status = Cli.execute(new String[] {"compare", "--out", tmp.resolve("x").toString(), "--epochs", "10",
            "--sharpness-every", "11"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Cli.BAD_INPUT, status);
        assertTrue(err.toString().contains("--sharpness-every must be 0 (off) or in [1, 10]"), err.toString());
    }

    private static List<String> withoutTimes(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll(",[0-9.]+$", "")).toList();
    }
}
