package dev.moons.session;

import static dev.moons.io.JsonFields.array;
import static dev.moons.io.JsonFields.bool;
import static dev.moons.io.JsonFields.doubles;
import static dev.moons.io.JsonFields.field;
import static dev.moons.io.JsonFields.integer;
import static dev.moons.io.JsonFields.longValue;
import static dev.moons.io.JsonFields.number;
import static dev.moons.io.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.io.JsonFields.BadValue;
import dev.moons.optim.StepResult;
import dev.moons.training.Config;
import dev.moons.training.ConfigJson;
import dev.moons.training.EpochArchive;
import dev.moons.training.Method;
import dev.moons.training.SettingsChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a parsed session file (format in {@link SessionJson}) and checks everything; a fault throws
 * {@link BadValue} with the JSON path of the value, which {@link SessionJson} turns into one line naming the file.
 */
final class SessionReader {
    private SessionReader() {}

    /** Checks "format" and "version" (each required when {@code required}, else only if present); the version. */
    static int header(JsonNode root, boolean required) {
        if (required || root.has("format")) {
            String format = text(field(root, "format", ""), "format");
            if (!SessionJson.FORMAT.equals(format)) {
                throw new BadValue("format", "expected \"" + SessionJson.FORMAT + "\", was \"" + format + "\"");
            }
        }
        int version = SessionJson.VERSION;
        if (required || root.has("version")) {
            version = integer(field(root, "version", ""), "version");
            if (version < 1 || version > SessionJson.VERSION) {
                throw new BadValue("version", "unsupported version " + version + " (this app reads versions 1 to "
                        + SessionJson.VERSION + ")");
            }
        }
        return version;
    }

    /** The four seeds at "seeds". */
    static Seeds seeds(JsonNode s) {
        return new Seeds(longValue(field(s, "data", "seeds"), "seeds.data"),
                longValue(field(s, "split", "seeds"), "seeds.split"),
                longValue(field(s, "init", "seeds"), "seeds.init"),
                longValue(field(s, "batch", "seeds"), "seeds.batch"));
    }

    /** The whole session of a file of {@code version}; version 1 has no settings changes. */
    static Session session(JsonNode root, int version) {
        Config config = ConfigJson.read(field(root, "config", ""), "config");
        Seeds seeds = seeds(field(root, "seeds", ""));
        JsonNode data = field(root, "data", "");
        String source = text(field(data, "source", "data"), "data.source");
        Dataset train = points(field(data, "train", "data"), "data.train");
        Dataset test = points(field(data, "test", "data"), "data.test");
        checkClasses(train, "data.train");
        checkClasses(test, "data.test");
        if (config.batch() > train.size()) {
            throw new BadValue("config.batch", "must be in [0, " + train.size() + "] (the training points), was "
                    + config.batch());
        }
        int parameters = 4 * config.hidden() + 1;
        JsonNode runs = field(root, "runs", "");
        Map<Method, Session.RunState> runStates = new LinkedHashMap<>();
        for (Method m : config.methods()) {
            Session.RunState run = HistoryColumns.readRun(field(runs, m.id(), "runs"), "runs." + m.id(), config,
                    parameters);
            if (m.isFixedStep() && !Double.isNaN(run.lastAccepted())) {
                throw new BadValue("runs." + m.id() + ".last_accepted_step", "must be NaN for the " + m.id()
                        + " run (it takes no line-search steps)");
            }
            runStates.put(m, run);
        }
        int lastEpoch = runStates.values().stream().mapToInt(r -> r.history().size()).max().orElse(1) - 1;
        List<SettingsChange> changes = version < 2 ? List.of()
                : settingsChanges(array(field(root, "settings_changes", ""), "settings_changes"), config, lastEpoch);
        JsonNode archive = field(root, "archive", "");
        int stride = integer(field(archive, "stride", "archive"), "archive.stride");
        if (stride < 1 || Integer.bitCount(stride) != 1) {
            throw new BadValue("archive.stride", "must be a power of 2, was " + stride);
        }
        List<Session.KeptEpoch> kept = kept(array(field(archive, "kept", "archive"), "archive.kept"), stride,
                lastEpoch, parameters, config.methods());
        int maxKept = new EpochArchive(parameters).maxKept();
        if (kept.size() > maxKept) {
            throw new BadValue("archive.kept", "at most " + maxKept + " kept epochs for H = " + config.hidden()
                    + ", were " + kept.size());
        }
        double[] start = kept.get(0).thetas().get(config.methods().get(0));
        if (kept.get(0).thetas().values().stream().anyMatch(t -> !Arrays.equals(t, start))) {
            throw new BadValue("archive.kept[0]", "the runs must start from the same θ at epoch 0");
        }
        try {
            return new Session(config, seeds, source, train, test, runStates, stride, kept, changes);
        } catch (IllegalArgumentException e) {
            throw new BadValue("runs", e.getMessage());
        }
    }

    /**
     * "settings_changes": each "from" must be the settings the change before led to, epochs must not decrease and
     * lie in [1, lastEpoch], and the last "to" must be the optimizer settings of {@code config}.
     */
    private static List<SettingsChange> settingsChanges(JsonNode list, Config config, int lastEpoch) {
        List<SettingsChange> changes = new ArrayList<>(list.size());
        Config running = null;
        int previous = 1;
        for (int i = 0; i < list.size(); i++) {
            String p = "settings_changes[" + i + "]";
            JsonNode c = list.get(i);
            int epoch = integer(field(c, "epoch", p), p + ".epoch");
            if (epoch < previous || epoch > lastEpoch) {
                throw new BadValue(p + ".epoch", "must be in [" + previous + ", " + lastEpoch
                        + "] (not before the change before, at most the last epoch), was " + epoch);
            }
            previous = epoch;
            Config from = ConfigJson.readOptimizer(field(c, "from", p), config, p + ".from");
            if (running != null && !from.equals(running)) {
                throw new BadValue(p + ".from", "must be the settings the change before led to");
            }
            Config to = ConfigJson.readOptimizer(field(c, "to", p), config, p + ".to");
            if (to.equals(from)) {
                throw new BadValue(p, "changes nothing (from and to are equal)");
            }
            changes.add(new SettingsChange(epoch, from, to));
            running = to;
        }
        if (running != null && !running.equals(config)) {
            throw new BadValue("settings_changes[" + (list.size() - 1) + "].to",
                    "must be the optimizer settings of config (those in effect after the last change)");
        }
        return changes;
    }

    private static Dataset points(JsonNode d, String p) {
        double[] x1 = doubles(field(d, "x1", p), p + ".x1");
        double[] x2 = doubles(field(d, "x2", p), p + ".x2");
        JsonNode labelNode = array(field(d, "label", p), p + ".label");
        if (x2.length != x1.length || labelNode.size() != x1.length) {
            throw new BadValue(p, "x1, x2 and label must have equal length, were " + x1.length + ", " + x2.length
                    + ", " + labelNode.size());
        }
        int[] labels = new int[x1.length];
        for (int i = 0; i < labels.length; i++) {
            String at = p + ".label[" + i + "]";
            labels[i] = integer(labelNode.get(i), at);
            if (labels[i] != 0 && labels[i] != 1) {
                throw new BadValue(at, "must be 0 or 1, was " + labels[i]);
            }
            if (!Double.isFinite(x1[i]) || !Double.isFinite(x2[i])) {
                throw new BadValue(p + "[" + i + "]", "coordinates must be finite, were " + x1[i] + ", " + x2[i]);
            }
        }
        return new Dataset(x1, x2, labels);
    }

    private static void checkClasses(Dataset d, String p) {
        int positives = d.positives();
        if (positives < 2 || d.size() - positives < 2) {
            throw new BadValue(p, "needs at least 2 points of each class, has " + (d.size() - positives)
                    + " of class 0 and " + positives + " of class 1");
        }
    }

    private static List<Session.KeptEpoch> kept(JsonNode list, int stride, int lastEpoch, int parameters,
            List<Method> methods) {
        if (list.size() == 0) {
            throw new BadValue("archive.kept", "is empty (epoch 0 is always kept)");
        }
        List<Session.KeptEpoch> kept = new ArrayList<>(list.size());
        int previous = -1;
        for (int i = 0; i < list.size(); i++) {
            String p = "archive.kept[" + i + "]";
            JsonNode k = list.get(i);
            int epoch = integer(field(k, "epoch", p), p + ".epoch");
            if (i == 0 && epoch != 0) {
                throw new BadValue(p + ".epoch", "the first kept epoch must be 0, was " + epoch);
            }
            if (epoch <= previous || epoch % stride != 0 || epoch > lastEpoch) {
                throw new BadValue(p + ".epoch", "kept epochs must increase, be multiples of the stride " + stride
                        + " and at most " + lastEpoch + "; was " + epoch + " after " + previous);
            }
            previous = epoch;
            Map<Method, double[]> thetas = new LinkedHashMap<>();
            for (Method m : methods) {
                thetas.put(m, theta(field(k, m.id(), p), p + "." + m.id(), parameters));
            }
            JsonNode startNode = field(k, "step_start", p);
            JsonNode stepNode = field(k, "step", p);
            double[] start = startNode.isNull() ? null : theta(startNode, p + ".step_start", parameters);
            StepResult step = stepNode.isNull() ? null : step(stepNode, p + ".step");
            if ((start == null) != (step == null)) {
                throw new BadValue(p, "step_start and step must both be given or both be null");
            }
            kept.add(new Session.KeptEpoch(epoch, thetas, start, step));
        }
        return kept;
    }

    private static StepResult step(JsonNode s, String p) {
        double[] steps = doubles(field(s, "tried_steps", p), p + ".tried_steps");
        double[] losses = doubles(field(s, "tried_losses", p), p + ".tried_losses");
        if (steps.length != losses.length) {
            throw new BadValue(p, "tried_steps and tried_losses must have equal length, were " + steps.length
                    + " and " + losses.length);
        }
        return new StepResult(number(field(s, "step_size", p), p + ".step_size"),
                integer(field(s, "loss_evaluations", p), p + ".loss_evaluations"),
                number(field(s, "gradient_norm", p), p + ".gradient_norm"),
                number(field(s, "loss_before", p), p + ".loss_before"),
                number(field(s, "loss_after", p), p + ".loss_after"),
                bool(field(s, "step_taken", p), p + ".step_taken"), steps, losses);
    }

    private static double[] theta(JsonNode node, String p, int parameters) {
        double[] v = doubles(node, p);
        if (v.length != parameters) {
            throw new BadValue(p, "must have 4H+1 = " + parameters + " entries, had " + v.length);
        }
        return v;
    }
}
