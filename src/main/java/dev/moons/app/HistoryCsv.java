package dev.moons.app;

import dev.moons.data.Seeds;
import dev.moons.training.CsvNumber;
import dev.moons.training.Config;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.SettingsChange;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-epoch history of both methods as CSV, with the settings, seeds and epoch as {@code #} comments; when the
 * optimizer settings changed during training, "# settings" are those in effect at the end and one
 * "# settings change" line per change says what epochs before it used.
 */
public final class HistoryCsv {
    /** The column header line. */
    public static final String HEADER =
            "method,epoch,train_loss,test_loss,train_acc,test_acc,step,loss_evals,grad_norm,time_ms";

    private HistoryCsv() {}

    /** CSV text: comment lines, the header, then every record of each method in {@code histories} order. */
    public static String format(Config config, Seeds seeds, Map<Method, List<EpochRecord>> histories) {
        return format(config, seeds, histories, List.of());
    }

    /**
     * As {@link #format(Config, Seeds, Map)} for runs whose optimizer settings changed during training:
     * {@code config} is the settings in effect at the end, {@code changes} (oldest first) the changes that led there.
     */
    public static String format(Config config, Seeds seeds, Map<Method, List<EpochRecord>> histories,
            List<SettingsChange> changes) {
        StringBuilder out = new StringBuilder();
        out.append("# Moons Lab: fixed learning rate vs backtracking line search\n");
        out.append("# settings: ").append(settings(config)).append('\n');
        for (SettingsChange change : changes) {
            out.append(String.format(Locale.ROOT, "# settings change after epoch %d (from epoch %d on): %s%n",
                    change.epoch(), change.epoch() + 1, optimizerChange(change.before(), change.after())));
        }
        out.append(String.format(Locale.ROOT, "# seeds: data=%d split=%d init=%d batch=%d%n",
                seeds.data(), seeds.split(), seeds.init(), seeds.batch()));
        StringBuilder epochs = new StringBuilder("# epoch:");
        histories.forEach((method, records) -> epochs.append(' ').append(method.id()).append('=')
                .append(records.isEmpty() ? 0 : records.get(records.size() - 1).epoch()));
        out.append(epochs).append('\n');
        boolean decay = config.weightDecay() > 0;
        // the sharpness column as compare's history.csv has it: present when any record has λ_max, empty where not computed
        boolean sharpness = histories.values().stream().anyMatch(h -> h.stream().anyMatch(EpochRecord::hasSharpness));
        out.append(HEADER).append(decay ? ",train_objective" : "").append(sharpness ? ",sharpness" : "").append('\n');
        histories.forEach((method, records) -> {
            for (EpochRecord r : records) {
                out.append(method.id()).append(',').append(r.epoch()).append(',')
                        .append(CsvNumber.of(r.trainLoss())).append(',').append(CsvNumber.of(r.testLoss()))
                        .append(',').append(CsvNumber.of(r.trainAcc())).append(',')
                        .append(CsvNumber.of(r.testAcc())).append(',').append(CsvNumber.of(r.step())).append(',')
                        .append(r.lossEvals()).append(',').append(CsvNumber.of(r.gradNorm())).append(',')
                        .append(r.timeMs()).append(decay ? "," + CsvNumber.of(r.trainObjective()) : "")
                        .append(sharpness ? "," + (r.hasSharpness() ? CsvNumber.of(r.sharpness()) : "") : "")
                        .append('\n');
            }
        });
        return out.toString();
    }

    /** The settings of {@code c} on one line, e.g. "samples=1000 noise=0.2 …". */
    public static String settings(Config c) {
        return String.format(Locale.ROOT,
                "samples=%d noise=%s train_ratio=%s hidden=%d epochs=%d lr=%s alpha0=%s rho=%s c=%s batch=%d"
                        + " warm_start=%b",
                c.samples(), c.noise(), c.trainRatio(), c.hidden(), c.epochs(), c.lr(), c.alpha0(), c.rho(),
                c.c(), c.batch(), c.warmStart()) + shapeAndDecay(c);
    }

    // the dataset and weight decay are named only when they are not the defaults, so older files read the same
    private static String shapeAndDecay(Config c) {
        StringBuilder s = new StringBuilder();
        if (c.dataset() != Config.DEFAULT_DATASET) {
            s.append(" dataset=").append(c.dataset().cliName());
            if (c.dataset().usesFactor()) {
                s.append(" factor=").append(c.factor());
            } else if (c.dataset().usesTurns()) {
                s.append(" turns=").append(c.turns());
            } else if (c.dataset().usesDistance()) {
                s.append(" distance=").append(c.distance());
            }
        }
        if (c.weightDecay() > 0) {
            s.append(" weight_decay=").append(c.weightDecay());
        }
        return s.toString();
    }

    /** The optimizer settings that differ, as "lr=0.01->0.1 warm_start=false->true". */
    private static String optimizerChange(Config a, Config b) {
        StringBuilder s = new StringBuilder();
        change(s, "lr", a.lr(), b.lr());
        change(s, "alpha0", a.alpha0(), b.alpha0());
        change(s, "rho", a.rho(), b.rho());
        change(s, "c", a.c(), b.c());
        if (a.warmStart() != b.warmStart()) {
            s.append(s.length() == 0 ? "" : " ").append("warm_start=").append(a.warmStart()).append("->")
                    .append(b.warmStart());
        }
        return s.toString();
    }

    private static void change(StringBuilder s, String name, double from, double to) {
        if (Double.compare(from, to) != 0) {
            s.append(s.length() == 0 ? "" : " ").append(name).append('=').append(from).append("->").append(to);
        }
    }
}
