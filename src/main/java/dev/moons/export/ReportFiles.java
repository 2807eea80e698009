package dev.moons.export;

import dev.moons.io.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moons.metrics.ClassificationReport;
import dev.moons.training.CsvNumber;
import dev.moons.training.CompareResult;
import dev.moons.training.ConfigJson;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import dev.moons.training.SeedResult;
import dev.moons.training.Summary;
import dev.moons.training.TrainingRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The text files of a comparison: summary.json and history.csv. */
public final class ReportFiles {
    /** history.csv's header, also used by the app's CSV export. */
    public static final String HISTORY_HEADER =
            "method,epoch,train_loss,test_loss,train_acc,test_acc,step,loss_evals,grad_norm,time_ms";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFiles() {}

    /** summary.json: config, per-method statistics over seeds, first-seed metrics, gradient check. */
    public static String summaryJson(CompareResult result) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.set("config", ConfigJson.write(result.config()));
        ObjectNode methods = root.putObject("methods");
        for (Method method : result.results().keySet()) {
            methods.set(method.id(), methodNode(result, method));
        }
        ObjectNode gradcheck = root.putObject("gradcheck");
        number(gradcheck, "max_abs_diff", result.gradcheckMaxDiff());
        return JSON.writeValueAsString(root) + "\n";
    }

    private static ObjectNode methodNode(CompareResult result, Method method) {
        ObjectNode node = JSON.createObjectNode();
        stat(node, "train_acc", result, method, EpochRecord::trainAcc);
        stat(node, "test_acc", result, method, EpochRecord::testAcc);
        stat(node, "train_loss", result, method, EpochRecord::trainLoss);
        stat(node, "test_loss", result, method, EpochRecord::testLoss);
        stat(node, "loss_evals", result, method, r -> r.lossEvals());
        stat(node, "wall_ms", result, method, EpochRecord::timeMs);
        ObjectNode status = node.putObject("status");
        for (Map.Entry<RunStatus, Integer> e : result.statusCounts(method).entrySet()) {
            status.put(e.getKey().label(), e.getValue());
        }
        SeedResult first = result.results().get(method).get(0);
        ClassificationReport m = first.testMetrics();
        number(node, "precision", m.precision());
        number(node, "recall", m.recall());
        number(node, "f1", m.f1());
        ArrayNode confusion = node.putArray("confusion");
        for (long[] row : m.confusion()) {
            ArrayNode r = confusion.addArray();
            for (long v : row) {
                r.add(v);
            }
        }
        TrainingRun firstRun = result.first().run(method);
        if (recordsSharpness(firstRun)) {
            number(node, "sharpness", lastSharpness(firstRun));
        }
        if (first.divergedAt() >= 0) {
            node.put("diverged_at", first.divergedAt());
        } else {
            node.putNull("diverged_at");
        }
        return node;
    }

    private static void stat(ObjectNode parent, String name, CompareResult result, Method method,
            ToDoubleFunction<EpochRecord> field) {
        Summary s = result.summary(method, field);
        ObjectNode node = parent.putObject(name);
        number(node, "mean", s.mean());
        number(node, "std", s.std());
        number(node, "min", s.min());
        number(node, "max", s.max());
    }

    /** Puts a number, or null when it is NaN or infinite. */
    static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    /** history.csv for the runs: header, then one row per method and epoch from epoch 0. */
    public static String historyCsv(List<TrainingRun> runs, List<String> commentLines) {
        StringBuilder csv = new StringBuilder();
        for (String comment : commentLines) {
            csv.append("# ").append(comment).append('\n');
        }
        // the penalised training loss and the sharpness are last columns only when present, so other files stay
        boolean decay = runs.stream().anyMatch(r -> r.problem().weightDecay() > 0);
        boolean sharpness = runs.stream().anyMatch(ReportFiles::recordsSharpness);
        csv.append(HISTORY_HEADER).append(decay ? ",train_objective" : "").append(sharpness ? ",sharpness" : "")
                .append('\n');
        for (TrainingRun run : runs) {
            for (EpochRecord r : run.history()) {
                csv.append(run.method().id()).append(',').append(r.epoch()).append(',')
                        .append(num(r.trainLoss())).append(',').append(num(r.testLoss())).append(',')
                        .append(num(r.trainAcc())).append(',').append(num(r.testAcc())).append(',')
                        .append(num(r.step())).append(',').append(r.lossEvals()).append(',')
                        .append(num(r.gradNorm())).append(',').append(String.format(Locale.ROOT, "%.3f", r.timeMs()))
                        .append(decay ? "," + num(r.trainObjective()) : "")
                        .append(sharpness ? "," + (r.hasSharpness() ? num(r.sharpness()) : "") : "").append('\n');
            }
        }
        return csv.toString();
    }

    // a run records λ_max when it was asked to or any record has one (e.g. a session's)
    private static boolean recordsSharpness(TrainingRun run) {
        return run.sharpness().every() > 0 || run.history().stream().anyMatch(EpochRecord::hasSharpness);
    }

    /** The first seed's last computed λ_max of a run, NaN if none. */
    private static double lastSharpness(TrainingRun run) {
        List<EpochRecord> h = run.history();
        for (int i = h.size() - 1; i >= 0; i--) {
            if (h.get(i).hasSharpness()) {
                return h.get(i).sharpness();
            }
        }
        return Double.NaN;
    }

    static String num(double v) {
        return CsvNumber.of(v);
    }

    /** Writes summary.json and history.csv into {@code dir} (which must exist), each atomically. */
    public static void write(CompareResult result, Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve("summary.json"), summaryJson(result));
        AtomicFiles.writeString(dir.resolve("history.csv"), historyCsv(result.first().runs(), List.of()));
    }
}
