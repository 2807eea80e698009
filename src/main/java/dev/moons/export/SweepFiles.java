package dev.moons.export;

import dev.moons.io.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moons.training.ConfigJson;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import dev.moons.training.Summary;
import dev.moons.training.sweep.SweepAggregate;
import dev.moons.training.sweep.SweepResult;
import dev.moons.training.sweep.SweepRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The text files of a learning-rate sweep: sweep.csv (one row per run) and sweep.json (the aggregates). */
public final class SweepFiles {
    /** sweep.csv's header. */
    public static final String CSV_HEADER =
            "method,lr,seed,train_loss,test_loss,train_acc,test_acc,loss_evals,status,diverged_at";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepFiles() {}

    /**
     * One row per method, learning rate and seed with the final record; lr and diverged_at are empty where they
     * do not apply (backtracking; a run that did not diverge); non-finite values are written nan/inf.
     */
    public static String csv(SweepResult result) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (SweepRun run : result.runs()) {
            EpochRecord r = run.last();
            csv.append(run.method().id()).append(',').append(run.isFixed() ? Double.toString(run.lr()) : "").append(',')
                    .append(run.seed()).append(',')
                    .append(ReportFiles.num(r.trainLoss())).append(',').append(ReportFiles.num(r.testLoss())).append(',')
                    .append(ReportFiles.num(r.trainAcc())).append(',').append(ReportFiles.num(r.testAcc())).append(',')
                    .append(r.lossEvals()).append(',').append(run.status().label()).append(',')
                    .append(run.divergedAt() >= 0 ? Integer.toString(run.divergedAt()) : "").append('\n');
        }
        return csv.toString();
    }

    /**
     * {"config": {…, "lrs": […]}, then one key per swept method ("fixed", "momentum", …): [aggregate per lr],
     * then the line search's key ("backtracking", …): band, "cancelled", "wall_ms";
     * an aggregate's statistics are over its completed runs, null where there are none (e.g. all diverged).
     */
    public static String json(SweepResult result) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode config = ConfigJson.write(result.config());
        config.remove("lr");
        ArrayNode lrs = config.putArray("lrs");
        for (double lr : result.lrs()) {
            lrs.add(lr);
        }
        root.set("config", config);
        for (Method m : result.swept()) {
            ArrayNode swept = root.putArray(m.id());
            for (SweepAggregate a : result.aggregates(m)) {
                swept.add(aggregateNode(a));
            }
        }
        root.set(result.band().id(), aggregateNode(result.backtrackingBand()));
        root.put("cancelled", result.cancelled());
        ReportFiles.number(root, "wall_ms", result.wallMs());
        return JSON.writeValueAsString(root) + "\n";
    }

    private static ObjectNode aggregateNode(SweepAggregate a) {
        ObjectNode node = JSON.createObjectNode();
        if (!Double.isNaN(a.lr())) {
            node.put("lr", a.lr());
        }
        node.put("runs", a.runs());
        node.put("completed", a.completed());
        node.put("diverged_runs", a.diverged());
        node.put("diverged", a.isDiverged());
        ObjectNode status = node.putObject("status");
        for (Map.Entry<RunStatus, Integer> e : a.statuses().entrySet()) {
            status.put(e.getKey().label(), e.getValue());
        }
        stat(node, "train_acc", a.trainAcc());
        stat(node, "test_acc", a.testAcc());
        stat(node, "train_loss", a.trainLoss());
        stat(node, "test_loss", a.testLoss());
        stat(node, "loss_evals", a.lossEvals());
        return node;
    }

    private static void stat(ObjectNode parent, String name, Summary s) {
        ObjectNode node = parent.putObject(name);
        ReportFiles.number(node, "mean", s.mean());
        ReportFiles.number(node, "std", s.std());
        ReportFiles.number(node, "min", s.min());
        ReportFiles.number(node, "max", s.max());
    }

    /** Writes sweep.csv and sweep.json into {@code dir} (which must exist), each atomically. */
    public static void write(SweepResult result, Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve("sweep.csv"), csv(result));
        AtomicFiles.writeString(dir.resolve("sweep.json"), json(result));
    }
}
