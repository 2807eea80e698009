package dev.moons.session;

import static dev.moons.io.JsonFields.array;
import static dev.moons.io.JsonFields.doubles;
import static dev.moons.io.JsonFields.field;
import static dev.moons.io.JsonFields.integer;
import static dev.moons.io.JsonFields.longValue;
import static dev.moons.io.JsonFields.number;
import static dev.moons.io.JsonFields.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.moons.io.JsonFields.BadValue;
import dev.moons.training.Config;
import dev.moons.training.EpochRecord;
import dev.moons.training.LayerStats;
import dev.moons.training.RunStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of a session file, column-wise: its status, θ and line-search state, "history" (one array per
 * {@link EpochRecord} field; "train_objective" only where it differs from "train_loss", i.e. with weight decay) and
 * the optional "layer_stats" (one array per {@link LayerStats} field), written and
 * read back with every check of the format in {@link SessionJson}.
 */
final class HistoryColumns {
    private HistoryColumns() {}

    /** Writes {@code run} as the object {@code name}. */
    static void writeRun(JsonGenerator g, String name, Session.RunState run) throws IOException {
        List<EpochRecord> h = run.history();
        EpochRecord last = h.get(h.size() - 1);
        g.writeObjectFieldStart(name);
        g.writeStringField("status", last.status().label());
        if (run.divergedAt() >= 0) {
            g.writeNumberField("diverged_at", run.divergedAt());
        } else {
            g.writeNullField("diverged_at");
        }
        number(g, "last_accepted_step", run.lastAccepted());
        if (run.sharpnessEvery() > 0) {
            g.writeNumberField("sharpness_every", run.sharpnessEvery());
        }
        doubles(g, "theta", run.theta());
        g.writeObjectFieldStart("history");
        g.writeFieldName("epoch");
        g.writeArray(h.stream().mapToInt(EpochRecord::epoch).toArray(), 0, h.size());
        doubles(g, "train_loss", h.stream().mapToDouble(EpochRecord::trainLoss).toArray());
        doubles(g, "test_loss", h.stream().mapToDouble(EpochRecord::testLoss).toArray());
        doubles(g, "train_acc", h.stream().mapToDouble(EpochRecord::trainAcc).toArray());
        doubles(g, "test_acc", h.stream().mapToDouble(EpochRecord::testAcc).toArray());
        doubles(g, "step", h.stream().mapToDouble(EpochRecord::step).toArray());
        g.writeFieldName("loss_evals");
        g.writeArray(h.stream().mapToLong(EpochRecord::lossEvals).toArray(), 0, h.size());
        doubles(g, "grad_norm", h.stream().mapToDouble(EpochRecord::gradNorm).toArray());
        doubles(g, "time_ms", h.stream().mapToDouble(EpochRecord::timeMs).toArray());
        if (h.stream().anyMatch(EpochRecord::hasSharpness)) {
            doubles(g, "sharpness", h.stream().mapToDouble(EpochRecord::sharpness).toArray());
        }
        g.writeArrayFieldStart("status");
        for (EpochRecord r : h) {
            g.writeString(r.status().label());
        }
        g.writeEndArray();
        // only a run with weight decay has an objective other than its data loss
        if (h.stream().anyMatch(r -> Double.compare(r.trainObjective(), r.trainLoss()) != 0)) {
            doubles(g, "train_objective", h.stream().mapToDouble(EpochRecord::trainObjective).toArray());
        }
        g.writeEndObject();
        if (!run.layerStats().isEmpty()) {
            writeLayerStats(g, run.layerStats());
        }
        if (run.optimizerState().length > 0) {
            doubles(g, "optimizer_state", run.optimizerState());
        }
        g.writeEndObject();
    }

    /** Writes a run's layer stats as "layer_stats", one array per field. */
    private static void writeLayerStats(JsonGenerator g, List<LayerStats> l) throws IOException {
        g.writeObjectFieldStart("layer_stats");
        doubles(g, "grad_w1", l.stream().mapToDouble(LayerStats::gradW1).toArray());
        doubles(g, "grad_b1", l.stream().mapToDouble(LayerStats::gradB1).toArray());
        doubles(g, "grad_w2", l.stream().mapToDouble(LayerStats::gradW2).toArray());
        doubles(g, "grad_b2", l.stream().mapToDouble(LayerStats::gradB2).toArray());
        doubles(g, "grad_layer1", l.stream().mapToDouble(LayerStats::gradLayer1).toArray());
        doubles(g, "grad_layer2", l.stream().mapToDouble(LayerStats::gradLayer2).toArray());
        doubles(g, "update_ratio1", l.stream().mapToDouble(LayerStats::updateRatio1).toArray());
        doubles(g, "update_ratio2", l.stream().mapToDouble(LayerStats::updateRatio2).toArray());
        g.writeEndObject();
    }

    /** Reads the run at {@code p} of a session with {@code config}; θ must have {@code parameters} entries. */
    static Session.RunState readRun(JsonNode r, String p, Config config, int parameters) {
        double[] theta = doubles(field(r, "theta", p), p + ".theta");
        if (theta.length != parameters) {
            throw new BadValue(p + ".theta", "must have 4H+1 = " + parameters + " entries for H = " + config.hidden()
                    + ", had " + theta.length);
        }
        double accepted = number(field(r, "last_accepted_step", p), p + ".last_accepted_step");
        if (!Double.isNaN(accepted) && !(accepted > 0 && Double.isFinite(accepted))) {
            throw new BadValue(p + ".last_accepted_step", "must be NaN or finite and > 0, was " + accepted);
        }
        List<EpochRecord> history = history(field(r, "history", p), p + ".history", config);
        EpochRecord last = history.get(history.size() - 1);
        RunStatus status = status(field(r, "status", p), p + ".status");
        if (status != last.status()) {
            throw new BadValue(p + ".status", "is " + status.label() + " but the last record is "
                    + last.status().label());
        }
        JsonNode diverged = field(r, "diverged_at", p);
        int expected = status == RunStatus.DIVERGED ? last.epoch() : -1;
        int given = diverged.isNull() ? -1 : integer(diverged, p + ".diverged_at");
        if (given != expected) {
            throw new BadValue(p + ".diverged_at", "must be " + (expected < 0 ? "null" : String.valueOf(expected))
                    + " for a " + status.label() + " run ending at epoch " + last.epoch() + ", was "
                    + (diverged.isNull() ? "null" : diverged.toString()));
        }
        if (status == RunStatus.RUNNING && last.epoch() == config.epochs()) {
            throw new BadValue(p + ".status", "is running at the last scheduled epoch " + config.epochs());
        }
        List<LayerStats> stats = r.has("layer_stats")
                ? layerStats(field(r, "layer_stats", p), p + ".layer_stats", history.size()) : List.of();
        int every = r.has("sharpness_every") ? integer(r.get("sharpness_every"), p + ".sharpness_every") : 0;
        if (every < 0) {
            throw new BadValue(p + ".sharpness_every", "must be >= 0, was " + every);
        }
        double[] state = r.has("optimizer_state")
                ? doubles(field(r, "optimizer_state", p), p + ".optimizer_state") : new double[0];
        return new Session.RunState(history, theta, accepted, stats, every, state);
    }

    /** Reads "layer_stats" at {@code p}: every column n entries long, norms not negative. */
    private static List<LayerStats> layerStats(JsonNode l, String p, int n) {
        if (!l.isObject()) {
            throw new BadValue(p, "must be a JSON object");
        }
        String[] names = {"grad_w1", "grad_b1", "grad_w2", "grad_b2", "grad_layer1", "grad_layer2"};
        double[][] norms = new double[names.length][];
        for (int k = 0; k < names.length; k++) {
            norms[k] = column(l, names[k], p, n);
            for (int i = 0; i < n; i++) {
                if (norms[k][i] < 0) {
                    throw new BadValue(p + "." + names[k] + "[" + i + "]", "a norm must not be negative, was "
                            + norms[k][i]);
                }
            }
        }
        double[] ratio1 = column(l, "update_ratio1", p, n);
        double[] ratio2 = column(l, "update_ratio2", p, n);
        List<LayerStats> stats = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            stats.add(new LayerStats(i, norms[0][i], norms[1][i], norms[2][i], norms[3][i], norms[4][i],
                    norms[5][i], ratio1[i], ratio2[i]));
        }
        return stats;
    }

    private static List<EpochRecord> history(JsonNode h, String p, Config config) {
        JsonNode epochs = array(field(h, "epoch", p), p + ".epoch");
        int n = epochs.size();
        if (n == 0) {
            throw new BadValue(p + ".epoch", "is empty (epoch 0 is always recorded)");
        }
        if (n - 1 > config.epochs()) {
            throw new BadValue(p, (n - 1) + " epochs, more than config.epochs " + config.epochs());
        }
        double[] trainLoss = column(h, "train_loss", p, n);
        double[] testLoss = column(h, "test_loss", p, n);
        double[] trainAcc = column(h, "train_acc", p, n);
        double[] testAcc = column(h, "test_acc", p, n);
        double[] step = column(h, "step", p, n);
        JsonNode evals = sized(array(field(h, "loss_evals", p), p + ".loss_evals"), p + ".loss_evals", n);
        double[] gradNorm = column(h, "grad_norm", p, n);
        double[] timeMs = column(h, "time_ms", p, n);
        double[] sharpness = h.has("sharpness") ? column(h, "sharpness", p, n) : null;
        JsonNode statuses = sized(array(field(h, "status", p), p + ".status"), p + ".status", n);
        double[] objective = h.has("train_objective") ? column(h, "train_objective", p, n) : trainLoss;
        List<EpochRecord> records = new ArrayList<>(n);
        long previousEvals = 0;
        for (int i = 0; i < n; i++) {
            int epoch = integer(epochs.get(i), p + ".epoch[" + i + "]");
            if (epoch != i) {
                throw new BadValue(p + ".epoch[" + i + "]", "epochs must be 0, 1, 2, … in order; expected " + i
                        + ", was " + epoch);
            }
            long e = longValue(evals.get(i), p + ".loss_evals[" + i + "]");
            if (e < previousEvals) {
                throw new BadValue(p + ".loss_evals[" + i + "]", "must not decrease, was " + e + " after "
                        + previousEvals);
            }
            previousEvals = e;
            for (double[] acc : new double[][] {trainAcc, testAcc}) {
                if (!(acc[i] >= 0 && acc[i] <= 1)) {
                    throw new BadValue(p + "[" + i + "]", "accuracy must be in [0, 1], was " + acc[i]);
                }
            }
            RunStatus s = status(statuses.get(i), p + ".status[" + i + "]");
            if (i < n - 1 && s != RunStatus.RUNNING) {
                throw new BadValue(p + ".status[" + i + "]", "is " + s.label() + " but is not the last record");
            }
            records.add(new EpochRecord(epoch, trainLoss[i], testLoss[i], trainAcc[i], testAcc[i], step[i], e,
                    gradNorm[i], timeMs[i], s, objective[i], sharpness == null ? Double.NaN : sharpness[i]));
        }
        return records;
    }

    private static double[] column(JsonNode h, String name, String p, int n) {
        JsonNode node = sized(array(field(h, name, p), p + "." + name), p + "." + name, n);
        return doubles(node, p + "." + name);
    }

    private static JsonNode sized(JsonNode array, String p, int n) {
        if (array.size() != n) {
            throw new BadValue(p, "must have " + n + " entries (one per epoch), had " + array.size());
        }
        return array;
    }

    private static RunStatus status(JsonNode node, String p) {
        String label = text(node, p);
        for (RunStatus s : RunStatus.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new BadValue(p, "unknown status \"" + label + "\"");
    }
}
