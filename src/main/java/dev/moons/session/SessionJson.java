package dev.moons.session;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.model.Activation;
import dev.moons.optim.StepResult;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.EpochRecord;
import dev.moons.training.LayerStats;
import dev.moons.training.RunStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The session file format (JSON, UTF-8), version {@value #VERSION}:
 * <pre>
 * {"format": "moons-session", "version": 1,
 *  "config": {samples, noise, train_ratio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warm_start,
 *             activation},                                   (the keys of summary.json's "config")
 *  "seeds": {data, split, init, batch},
 *  "data": {"source": "moons" | file name, "train": {"x1": [..], "x2": [..], "label": [..]}, "test": {…}},
 *  "runs": {"fixed" | "backtracking": {"status", "diverged_at" (epoch or null), "last_accepted_step",
 *           "theta": [4H+1], "history": {"epoch", "train_loss", "test_loss", "train_acc", "test_acc", "step",
 *           "loss_evals", "grad_norm", "time_ms", "status": one array per field},
 *           "layer_stats" (optional; absent in older files): {"grad_w1", "grad_b1", "grad_w2", "grad_b2",
 *           "grad_layer1", "grad_layer2", "update_ratio1", "update_ratio2": one array per field, entry i = epoch i,
 *           as long as "history"}}},
 *  "archive": {"stride": k, "kept": [{"epoch", "fixed": θ, "backtracking": θ, "step_start": θ or null,
 *              "step": {step_size, loss_evaluations, gradient_norm, loss_before, loss_after, step_taken,
 *                       tried_steps, tried_losses} or null}]}}
 * </pre>
 * Doubles are lossless: a finite value is a JSON number in Java's round-trip decimal form, read back to the same
 * bits (−0.0 included); NaN, Infinity and -Infinity, which JSON has no numbers for, are the strings "NaN",
 * "Infinity", "-Infinity". The reader checks everything and refuses a file with one line naming it and the fault.
 */
public final class SessionJson {
    /** The format name in every session file. */
    public static final String FORMAT = "moons-session";
    /** The version this code writes and reads. */
    public static final int VERSION = 1;
    /** Largest session file read, in bytes (256 MiB: 100,000 epochs and a full archive at H = 256 fit). */
    public static final long MAX_BYTES = 256L << 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionJson() {}

    // ---- writing ----

    /** Writes {@code s} to {@code out} (the stream is not closed). */
    public static void write(Session s, OutputStream out) throws IOException {
        JsonFactory factory = JSON.getFactory();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            writeConfig(g, s.config());
            g.writeObjectFieldStart("seeds");
            g.writeNumberField("data", s.seeds().data());
            g.writeNumberField("split", s.seeds().split());
            g.writeNumberField("init", s.seeds().init());
            g.writeNumberField("batch", s.seeds().batch());
            g.writeEndObject();
            g.writeObjectFieldStart("data");
            g.writeStringField("source", s.dataSource());
            writePoints(g, "train", s.train());
            writePoints(g, "test", s.test());
            g.writeEndObject();
            g.writeObjectFieldStart("runs");
            writeRun(g, "fixed", s.fixed());
            writeRun(g, "backtracking", s.backtracking());
            g.writeEndObject();
            g.writeObjectFieldStart("archive");
            g.writeNumberField("stride", s.stride());
            g.writeArrayFieldStart("kept");
            for (Session.KeptEpoch k : s.kept()) {
                writeKept(g, k);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeConfig(JsonGenerator g, Config c) throws IOException {
        g.writeObjectFieldStart("config");
        g.writeNumberField("samples", c.samples());
        number(g, "noise", c.noise());
        number(g, "train_ratio", c.trainRatio());
        g.writeNumberField("hidden", c.hidden());
        g.writeNumberField("epochs", c.epochs());
        number(g, "lr", c.lr());
        number(g, "alpha0", c.alpha0());
        number(g, "rho", c.rho());
        number(g, "c", c.c());
        g.writeNumberField("batch", c.batch());
        g.writeNumberField("seed", c.seed());
        g.writeNumberField("seeds", c.seeds());
        g.writeBooleanField("warm_start", c.warmStart());
        g.writeStringField("activation", c.activation().cliName());
        g.writeEndObject();
    }

    private static void writePoints(JsonGenerator g, String name, Dataset d) throws IOException {
        g.writeObjectFieldStart(name);
        doubles(g, "x1", d.x1());
        doubles(g, "x2", d.x2());
        g.writeArrayFieldStart("label");
        for (int label : d.labels()) {
            g.writeNumber(label);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeRun(JsonGenerator g, String name, Session.RunState run) throws IOException {
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
        g.writeArrayFieldStart("status");
        for (EpochRecord r : h) {
            g.writeString(r.status().label());
        }
        g.writeEndArray();
        g.writeEndObject();
        if (!run.layerStats().isEmpty()) {
            writeLayerStats(g, run.layerStats());
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

    private static void writeKept(JsonGenerator g, Session.KeptEpoch k) throws IOException {
        g.writeStartObject();
        g.writeNumberField("epoch", k.epoch());
        doubles(g, "fixed", k.fixedTheta());
        doubles(g, "backtracking", k.backtrackingTheta());
        if (k.stepStart() == null) {
            g.writeNullField("step_start");
        } else {
            doubles(g, "step_start", k.stepStart());
        }
        StepResult s = k.step();
        if (s == null) {
            g.writeNullField("step");
        } else {
            g.writeObjectFieldStart("step");
            number(g, "step_size", s.stepSize());
            g.writeNumberField("loss_evaluations", s.lossEvaluations());
            number(g, "gradient_norm", s.gradientNorm());
            number(g, "loss_before", s.lossBefore());
            number(g, "loss_after", s.lossAfter());
            g.writeBooleanField("step_taken", s.stepTaken());
            doubles(g, "tried_steps", s.triedSteps());
            doubles(g, "tried_losses", s.triedLosses());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        value(g, v);
    }

    private static void doubles(JsonGenerator g, String name, double[] values) throws IOException {
        g.writeArrayFieldStart(name);
        for (double v : values) {
            value(g, v);
        }
        g.writeEndArray();
    }

    // lossless: Double.toString round-trips every finite double; the three non-finite values as strings
    private static void value(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeString(Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
        }
    }

    // ---- reading ----

    /** The settings of a session file, or of any JSON with a "config" object (and optionally "seeds"). */
    public record Settings(Config config, Seeds seeds) {
    }

    /** Reads and checks a whole session; throws with one line naming {@code file} and the fault. */
    public static Session read(Path file) throws SessionFileException {
        JsonNode root = parse(file);
        Reader r = new Reader(file);
        r.header(root, true);
        return r.session(root);
    }

    /**
     * Reads only the settings of {@code file}: "config" (required, every key) and "seeds" (optional; otherwise all
     * four streams from config.seed). The rest (data, runs, archive) is ignored, so a session file, a summary.json
     * of {@code compare} or a hand-written {"config": {…}} all work.
     */
    public static Settings readSettings(Path file) throws SessionFileException {
        JsonNode root = parse(file);
        Reader r = new Reader(file);
        r.header(root, false);
        Config config = r.config(r.field(root, "config", ""));
        Seeds seeds = root.has("seeds") ? r.seeds(r.field(root, "seeds", "")) : Seeds.of(config.seed());
        return new Settings(config, seeds);
    }

    private static JsonNode parse(Path file) throws SessionFileException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SessionFileException(file + ": " + size + " bytes, more than the limit of " + MAX_BYTES);
            }
            if (Files.isDirectory(file)) {
                throw new SessionFileException(file + ": is a directory");
            }
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.isMissingNode()) {
                throw new SessionFileException(file + ": empty file");
            }
            if (!root.isObject()) {
                throw new SessionFileException(file + ": not a session (the top level is not a JSON object)");
            }
            return root;
        } catch (NoSuchFileException e) {
            throw new SessionFileException(file + ": no such file", e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new SessionFileException(file + ": not valid JSON" + where + " (truncated or corrupt)", e);
        } catch (IOException e) {
            throw new SessionFileException(file + ": cannot read: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new SessionFileException(file + ": too large to read with this heap", e);
        }
    }

    /** Reads nodes with the JSON path of each value in every message. */
    private static final class Reader {
        private final Path file;

        Reader(Path file) {
            this.file = file;
        }

        SessionFileException fail(String path, String what) {
            return new SessionFileException(file + ": " + (path.isEmpty() ? "" : path + ": ") + what);
        }

        void header(JsonNode root, boolean required) throws SessionFileException {
            if (required || root.has("format")) {
                String format = text(field(root, "format", ""), "format");
                if (!FORMAT.equals(format)) {
                    throw fail("format", "expected \"" + FORMAT + "\", was \"" + format + "\"");
                }
            }
            if (required || root.has("version")) {
                int version = integer(field(root, "version", ""), "version");
                if (version != VERSION) {
                    throw fail("version", "unsupported version " + version + " (this app reads version " + VERSION
                            + ")");
                }
            }
        }

        Session session(JsonNode root) throws SessionFileException {
            Config config = config(field(root, "config", ""));
            Seeds seeds = seeds(field(root, "seeds", ""));
            JsonNode data = field(root, "data", "");
            String source = text(field(data, "source", "data"), "data.source");
            Dataset train = points(field(data, "train", "data"), "data.train");
            Dataset test = points(field(data, "test", "data"), "data.test");
            checkClasses(train, "data.train");
            checkClasses(test, "data.test");
            if (config.batch() > train.size()) {
                throw fail("config.batch", "must be in [0, " + train.size() + "] (the training points), was "
                        + config.batch());
            }
            int parameters = 4 * config.hidden() + 1;
            JsonNode runs = field(root, "runs", "");
            Session.RunState fixed = run(field(runs, "fixed", "runs"), "runs.fixed", config, parameters);
            Session.RunState backtracking = run(field(runs, "backtracking", "runs"), "runs.backtracking", config,
                    parameters);
            if (!Double.isNaN(fixed.lastAccepted())) {
                throw fail("runs.fixed.last_accepted_step", "must be NaN for the fixed run");
            }
            JsonNode archive = field(root, "archive", "");
            int stride = integer(field(archive, "stride", "archive"), "archive.stride");
            if (stride < 1 || Integer.bitCount(stride) != 1) {
                throw fail("archive.stride", "must be a power of 2, was " + stride);
            }
            int lastEpoch = Math.max(fixed.history().size(), backtracking.history().size()) - 1;
            List<Session.KeptEpoch> kept = kept(array(field(archive, "kept", "archive"), "archive.kept"), stride,
                    lastEpoch, parameters);
            int maxKept = new EpochArchive(parameters).maxKept();
            if (kept.size() > maxKept) {
                throw fail("archive.kept", "at most " + maxKept + " kept epochs for H = " + config.hidden() + ", were "
                        + kept.size());
            }
            double[] start = kept.get(0).fixedTheta();
            if (!java.util.Arrays.equals(start, kept.get(0).backtrackingTheta())) {
                throw fail("archive.kept[0]", "the two runs must start from the same θ at epoch 0");
            }
            return new Session(config, seeds, source, train, test, fixed, backtracking, stride, kept);
        }

        Config config(JsonNode c) throws SessionFileException {
            String p = "config";
            try {
                return new Config(integer(field(c, "samples", p), p + ".samples"),
                        number(field(c, "noise", p), p + ".noise"),
                        number(field(c, "train_ratio", p), p + ".train_ratio"),
                        integer(field(c, "hidden", p), p + ".hidden"),
                        integer(field(c, "epochs", p), p + ".epochs"),
                        number(field(c, "lr", p), p + ".lr"),
                        number(field(c, "alpha0", p), p + ".alpha0"),
                        number(field(c, "rho", p), p + ".rho"),
                        number(field(c, "c", p), p + ".c"),
                        integer(field(c, "batch", p), p + ".batch"),
                        longValue(field(c, "seed", p), p + ".seed"),
                        integer(field(c, "seeds", p), p + ".seeds"),
                        bool(field(c, "warm_start", p), p + ".warm_start"),
                        Activation.fromName(text(field(c, "activation", p), p + ".activation")));
            } catch (IllegalArgumentException e) {
                throw fail(p, e.getMessage());
            }
        }

        Seeds seeds(JsonNode s) throws SessionFileException {
            return new Seeds(longValue(field(s, "data", "seeds"), "seeds.data"),
                    longValue(field(s, "split", "seeds"), "seeds.split"),
                    longValue(field(s, "init", "seeds"), "seeds.init"),
                    longValue(field(s, "batch", "seeds"), "seeds.batch"));
        }

        Dataset points(JsonNode d, String p) throws SessionFileException {
            double[] x1 = doubles(field(d, "x1", p), p + ".x1");
            double[] x2 = doubles(field(d, "x2", p), p + ".x2");
            JsonNode labelNode = array(field(d, "label", p), p + ".label");
            if (x2.length != x1.length || labelNode.size() != x1.length) {
                throw fail(p, "x1, x2 and label must have equal length, were " + x1.length + ", " + x2.length
                        + ", " + labelNode.size());
            }
            int[] labels = new int[x1.length];
            for (int i = 0; i < labels.length; i++) {
                String at = p + ".label[" + i + "]";
                labels[i] = integer(labelNode.get(i), at);
                if (labels[i] != 0 && labels[i] != 1) {
                    throw fail(at, "must be 0 or 1, was " + labels[i]);
                }
                if (!Double.isFinite(x1[i]) || !Double.isFinite(x2[i])) {
                    throw fail(p + "[" + i + "]", "coordinates must be finite, were " + x1[i] + ", " + x2[i]);
                }
            }
            return new Dataset(x1, x2, labels);
        }

        void checkClasses(Dataset d, String p) throws SessionFileException {
            int positives = d.positives();
            if (positives < 2 || d.size() - positives < 2) {
                throw fail(p, "needs at least 2 points of each class, has " + (d.size() - positives) + " of class 0 and "
                        + positives + " of class 1");
            }
        }

        Session.RunState run(JsonNode r, String p, Config config, int parameters) throws SessionFileException {
            double[] theta = doubles(field(r, "theta", p), p + ".theta");
            if (theta.length != parameters) {
                throw fail(p + ".theta", "must have 4H+1 = " + parameters + " entries for H = " + config.hidden()
                        + ", had " + theta.length);
            }
            double accepted = number(field(r, "last_accepted_step", p), p + ".last_accepted_step");
            if (!Double.isNaN(accepted) && !(accepted > 0 && Double.isFinite(accepted))) {
                throw fail(p + ".last_accepted_step", "must be NaN or finite and > 0, was " + accepted);
            }
            List<EpochRecord> history = history(field(r, "history", p), p + ".history", config);
            EpochRecord last = history.get(history.size() - 1);
            RunStatus status = status(field(r, "status", p), p + ".status");
            if (status != last.status()) {
                throw fail(p + ".status", "is " + status.label() + " but the last record is " + last.status().label());
            }
            JsonNode diverged = field(r, "diverged_at", p);
            int expected = status == RunStatus.DIVERGED ? last.epoch() : -1;
            int given = diverged.isNull() ? -1 : integer(diverged, p + ".diverged_at");
            if (given != expected) {
                throw fail(p + ".diverged_at", "must be " + (expected < 0 ? "null" : String.valueOf(expected))
                        + " for a " + status.label() + " run ending at epoch " + last.epoch() + ", was "
                        + (diverged.isNull() ? "null" : diverged.toString()));
            }
            if (status == RunStatus.RUNNING && last.epoch() == config.epochs()) {
                throw fail(p + ".status", "is running at the last scheduled epoch " + config.epochs());
            }
            List<LayerStats> stats = r.has("layer_stats")
                    ? layerStats(field(r, "layer_stats", p), p + ".layer_stats", history.size()) : List.of();
            return new Session.RunState(history, theta, accepted, stats);
        }

        /** Reads "layer_stats" at {@code p}: every column n entries long, norms not negative. */
        List<LayerStats> layerStats(JsonNode l, String p, int n) throws SessionFileException {
            if (!l.isObject()) {
                throw fail(p, "must be a JSON object");
            }
            String[] names = {"grad_w1", "grad_b1", "grad_w2", "grad_b2", "grad_layer1", "grad_layer2"};
            double[][] norms = new double[names.length][];
            for (int k = 0; k < names.length; k++) {
                norms[k] = column(l, names[k], p, n);
                for (int i = 0; i < n; i++) {
                    if (norms[k][i] < 0) {
                        throw fail(p + "." + names[k] + "[" + i + "]", "a norm must not be negative, was "
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

        List<EpochRecord> history(JsonNode h, String p, Config config) throws SessionFileException {
            JsonNode epochs = array(field(h, "epoch", p), p + ".epoch");
            int n = epochs.size();
            if (n == 0) {
                throw fail(p + ".epoch", "is empty (epoch 0 is always recorded)");
            }
            if (n - 1 > config.epochs()) {
                throw fail(p, (n - 1) + " epochs, more than config.epochs " + config.epochs());
            }
            double[] trainLoss = column(h, "train_loss", p, n);
            double[] testLoss = column(h, "test_loss", p, n);
            double[] trainAcc = column(h, "train_acc", p, n);
            double[] testAcc = column(h, "test_acc", p, n);
            double[] step = column(h, "step", p, n);
            JsonNode evals = sized(array(field(h, "loss_evals", p), p + ".loss_evals"), p + ".loss_evals", n);
            double[] gradNorm = column(h, "grad_norm", p, n);
            double[] timeMs = column(h, "time_ms", p, n);
            JsonNode statuses = sized(array(field(h, "status", p), p + ".status"), p + ".status", n);
            List<EpochRecord> records = new ArrayList<>(n);
            long previousEvals = 0;
            for (int i = 0; i < n; i++) {
                int epoch = integer(epochs.get(i), p + ".epoch[" + i + "]");
                if (epoch != i) {
                    throw fail(p + ".epoch[" + i + "]", "epochs must be 0, 1, 2, … in order; expected " + i + ", was "
                            + epoch);
                }
                long e = longValue(evals.get(i), p + ".loss_evals[" + i + "]");
                if (e < previousEvals) {
                    throw fail(p + ".loss_evals[" + i + "]", "must not decrease, was " + e + " after " + previousEvals);
                }
                previousEvals = e;
                for (double[] acc : new double[][] {trainAcc, testAcc}) {
                    if (!(acc[i] >= 0 && acc[i] <= 1)) {
                        throw fail(p + "[" + i + "]", "accuracy must be in [0, 1], was " + acc[i]);
                    }
                }
                RunStatus s = status(statuses.get(i), p + ".status[" + i + "]");
                if (i < n - 1 && s != RunStatus.RUNNING) {
                    throw fail(p + ".status[" + i + "]", "is " + s.label() + " but is not the last record");
                }
                records.add(new EpochRecord(epoch, trainLoss[i], testLoss[i], trainAcc[i], testAcc[i], step[i], e,
                        gradNorm[i], timeMs[i], s));
            }
            return records;
        }

        List<Session.KeptEpoch> kept(JsonNode list, int stride, int lastEpoch, int parameters)
                throws SessionFileException {
            if (list.size() == 0) {
                throw fail("archive.kept", "is empty (epoch 0 is always kept)");
            }
            List<Session.KeptEpoch> kept = new ArrayList<>(list.size());
            int previous = -1;
            for (int i = 0; i < list.size(); i++) {
                String p = "archive.kept[" + i + "]";
                JsonNode k = list.get(i);
                int epoch = integer(field(k, "epoch", p), p + ".epoch");
                if (i == 0 && epoch != 0) {
                    throw fail(p + ".epoch", "the first kept epoch must be 0, was " + epoch);
                }
                if (epoch <= previous || epoch % stride != 0 || epoch > lastEpoch) {
                    throw fail(p + ".epoch", "kept epochs must increase, be multiples of the stride " + stride
                            + " and at most " + lastEpoch + "; was " + epoch + " after " + previous);
                }
                previous = epoch;
                double[] f = theta(field(k, "fixed", p), p + ".fixed", parameters);
                double[] b = theta(field(k, "backtracking", p), p + ".backtracking", parameters);
                JsonNode startNode = field(k, "step_start", p);
                JsonNode stepNode = field(k, "step", p);
                double[] start = startNode.isNull() ? null : theta(startNode, p + ".step_start", parameters);
                StepResult step = stepNode.isNull() ? null : step(stepNode, p + ".step");
                if ((start == null) != (step == null)) {
                    throw fail(p, "step_start and step must both be given or both be null");
                }
                kept.add(new Session.KeptEpoch(epoch, f, b, start, step));
            }
            return kept;
        }

        StepResult step(JsonNode s, String p) throws SessionFileException {
            double[] steps = doubles(field(s, "tried_steps", p), p + ".tried_steps");
            double[] losses = doubles(field(s, "tried_losses", p), p + ".tried_losses");
            if (steps.length != losses.length) {
                throw fail(p, "tried_steps and tried_losses must have equal length, were " + steps.length + " and "
                        + losses.length);
            }
            return new StepResult(number(field(s, "step_size", p), p + ".step_size"),
                    integer(field(s, "loss_evaluations", p), p + ".loss_evaluations"),
                    number(field(s, "gradient_norm", p), p + ".gradient_norm"),
                    number(field(s, "loss_before", p), p + ".loss_before"),
                    number(field(s, "loss_after", p), p + ".loss_after"),
                    bool(field(s, "step_taken", p), p + ".step_taken"), steps, losses);
        }

        double[] theta(JsonNode node, String p, int parameters) throws SessionFileException {
            double[] v = doubles(node, p);
            if (v.length != parameters) {
                throw fail(p, "must have 4H+1 = " + parameters + " entries, had " + v.length);
            }
            return v;
        }

        double[] column(JsonNode h, String name, String p, int n) throws SessionFileException {
            JsonNode node = sized(array(field(h, name, p), p + "." + name), p + "." + name, n);
            return doubles(node, p + "." + name);
        }

        JsonNode sized(JsonNode array, String p, int n) throws SessionFileException {
            if (array.size() != n) {
                throw fail(p, "must have " + n + " entries (one per epoch), had " + array.size());
            }
            return array;
        }

        RunStatus status(JsonNode node, String p) throws SessionFileException {
            String label = text(node, p);
            for (RunStatus s : RunStatus.values()) {
                if (s.label().equals(label)) {
                    return s;
                }
            }
            throw fail(p, "unknown status \"" + label + "\"");
        }

        JsonNode field(JsonNode parent, String name, String parentPath) throws SessionFileException {
            if (parent == null || !parent.isObject()) {
                throw fail(parentPath, "must be a JSON object");
            }
            JsonNode node = parent.get(name);
            if (node == null) {
                throw fail(parentPath.isEmpty() ? name : parentPath + "." + name, "missing");
            }
            return node;
        }

        JsonNode array(JsonNode node, String p) throws SessionFileException {
            if (!node.isArray()) {
                throw fail(p, "must be an array");
            }
            return node;
        }

        double[] doubles(JsonNode node, String p) throws SessionFileException {
            array(node, p);
            double[] v = new double[node.size()];
            Iterator<JsonNode> it = node.elements();
            for (int i = 0; it.hasNext(); i++) {
                v[i] = number(it.next(), p + "[" + i + "]");
            }
            return v;
        }

        double number(JsonNode node, String p) throws SessionFileException {
            if (node.isNumber()) {
                return node.doubleValue();
            }
            if (node.isTextual()) {
                switch (node.textValue()) {
                    case "NaN":
                        return Double.NaN;
                    case "Infinity":
                        return Double.POSITIVE_INFINITY;
                    case "-Infinity":
                        return Double.NEGATIVE_INFINITY;
                    default:
                        break;
                }
            }
            throw fail(p, "must be a number (or \"NaN\", \"Infinity\", \"-Infinity\"), was " + brief(node));
        }

        int integer(JsonNode node, String p) throws SessionFileException {
            if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
                throw fail(p, "must be an integer, was " + brief(node));
            }
            return node.intValue();
        }

        long longValue(JsonNode node, String p) throws SessionFileException {
            if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
                throw fail(p, "must be an integer, was " + brief(node));
            }
            return node.longValue();
        }

        boolean bool(JsonNode node, String p) throws SessionFileException {
            if (!node.isBoolean()) {
                throw fail(p, "must be true or false, was " + brief(node));
            }
            return node.booleanValue();
        }

        String text(JsonNode node, String p) throws SessionFileException {
            if (!node.isTextual()) {
                throw fail(p, "must be a string, was " + brief(node));
            }
            return node.textValue();
        }

        private static String brief(JsonNode node) {
            if (node == null) {
                return "nothing";
            }
            String s = node.toString();
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }
    }
}
