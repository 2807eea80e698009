package dev.moons.cli;

import dev.moons.data.Dataset;
import dev.moons.export.OffscreenCharts;
import dev.moons.export.ReportFiles;
import dev.moons.export.SessionFiles;
import dev.moons.io.StagedOutput;
import dev.moons.io.StartupTrace;
import dev.moons.session.Session;
import dev.moons.training.CompareResult;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import dev.moons.training.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare}: trains the methods over one or more seeds and writes the results into a directory. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        defaultValueProvider = ParameterDefaults.class, resourceBundle = "dev.moons.cli.OptionHelp",
        description = "Train 2 to 4 methods (--methods; default fixed-LR and backtracking gradient descent) from the"
                + " same data, weights and batch order.")
public final class CompareCommand implements Callable<Integer> {

    /** The files compare writes into {@code --out}. */
    static final List<String> FILES = List.of("summary.json", "history.csv", "loss.png", "boundary.png");

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions options;

    @Option(names = "--lr")
    double lr;

    @Option(names = "--sharpness-every")
    int sharpnessEvery;

    @Option(names = "--save-session", paramLabel = "FILE", description = "also write the first seed's comparison"
            + " as a session file the app can open (history, parameters every k epochs, data)")
    Path saveSession;

    @Override
    public Integer call() throws IOException {
        Dataset points = options.dataset();
        StartupTrace.mark("compare options read");
        Config config = options.config(lr, points);
        if (sharpnessEvery < 0 || sharpnessEvery > config.epochs()) {
            throw new BadInputException("--sharpness-every must be 0 (off) or in [1, " + config.epochs()
                    + "] (the epochs), was " + sharpnessEvery);
        }
        if (saveSession != null) {
            OutputTargets.checkFileTarget("--save-session", saveSession);
        }
        int threads = options.threads();
        Path dir = options.outputDirectory(FILES);
        PrintWriter w = spec.commandLine().getOut();
        EpochArchive archive = saveSession == null ? null : new EpochArchive(4 * config.hidden() + 1);
        // all files land together: written aside, then moved into place
        try (StagedOutput staged = StagedOutput.in(dir)) {
            // the pictures as soon as the first seed is trained, while the other seeds train
            ChartsAside charts = new ChartsAside(staged.directory(), caption(config, dataName()));
            CompareResult result;
            try {
                result = CompareResult.run(config, points, (method, record) -> { }, archive, threads,
                        sharpnessEvery, charts::start);
            } catch (RuntimeException e) {
                charts.finishQuietly(); // before the staging directory goes
                throw e;
            }
            StartupTrace.mark("compare trained");
            charts.await();
            StartupTrace.mark("compare charts written");
            ReportFiles.write(result, staged.directory());
            StartupTrace.mark("compare report written");
            if (saveSession != null) {
                String source = options.data == null ? Session.MOONS : String.valueOf(options.data.getFileName());
                SessionFiles.write(staged.stage(saveSession), Session.of(result.first(), archive, source));
            }
            staged.commit();
            w.print(table(result, dataName()));
        }
        w.println("wrote " + dir.resolve("summary.json") + ", history.csv, loss.png, boundary.png");
        if (saveSession != null) {
            w.println("wrote session " + saveSession + " (seed " + config.seed() + ")");
        }
        StartupTrace.mark("compare printed");
        return Cli.OK;
    }

    /** loss.png and boundary.png of the first seed, rendered on their own thread while the other seeds train. */
    private static final class ChartsAside {
        private final Path dir;
        private final String caption;
        private volatile FutureTask<Void> task;

        ChartsAside(Path dir, String caption) {
            this.dir = dir;
            this.caption = caption;
        }

        /** Starts rendering {@code first} (trained to the end) into the directory. */
        void start(Comparison first) {
            FutureTask<Void> t = new FutureTask<>(() -> {
                OffscreenCharts.writeComparison(first, dir, caption);
                return null;
            });
            task = t;
            Thread thread = new Thread(t, "compare-charts");
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits until both PNGs are written; rethrows the rendering's failure. */
        void await() throws IOException {
            FutureTask<Void> t = task;
            if (t == null) {
                throw new IllegalStateException("the first seed's charts were never started");
            }
            try {
                t.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the charts", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Waits for a started rendering, ignoring its outcome (the run failed anyway). */
        void finishQuietly() {
            try {
                if (task != null) {
                    await();
                }
            } catch (IOException | RuntimeException ignored) {
                // the training's failure is the one reported
            }
        }
    }

    /** The CSV file's name when --data is given, else null (generated moons). */
    private String dataName() {
        return options.data == null ? null : String.valueOf(options.data.getFileName());
    }

    /** "Two moons, seed 42: samples 1000, noise 0.2" or, for a CSV file, "points.csv, seed 42: 60 points". */
    private static String dataWords(Config c, String dataFile) {
        return dataFile == null
                ? String.format(Locale.ROOT, "%s, seed %d: samples %d, noise %s", shapeWords(c), c.seed(),
                        c.samples(), c.noise()) + decayWords(c)
                : String.format(Locale.ROOT, "%s, seed %d: %d points", dataFile, c.seed(), c.samples());
    }

    /** "Two moons", "Circles (factor 0.5)", "Spiral (turns 1.5)", "XOR", "Blobs (distance 3.0)". */
    static String shapeWords(Config c) {
        return switch (c.dataset()) {
            case MOONS -> "Two moons";
            case CIRCLES -> "Circles (factor " + c.factor() + ")";
            case SPIRAL -> "Spiral (turns " + c.turns() + ")";
            case BLOBS -> "Blobs (distance " + c.distance() + ")";
            case XOR -> "XOR";
        };
    }

    /** ", weight decay 0.001" when λ &gt; 0, else nothing. */
    private static String decayWords(Config c) {
        return c.weightDecay() > 0 ? ", weight decay " + c.weightDecay() : "";
    }

    /**
     * The PNG caption: the data (moons or the CSV file named {@code dataFile}), every setting that applies, the
     * seed the pictures show; with methods other than fixed and backtracking, their settings instead of those two's.
     */
    static String caption(Config c, String dataFile) {
        if (!c.methods().equals(Method.DEFAULTS)) {
            return dataWords(c, dataFile) + String.format(Locale.ROOT, ", train ratio %s, hidden %d %s, epochs %d%s;"
                    + " %s", c.trainRatio(), c.hidden(), c.activation(), c.epochs(),
                    c.warmStart() ? ", warm start" : "", c.batch() == 0 ? "full batch" : "batch " + c.batch())
                    + otherMethodWords(c);
        }
        return dataWords(c, dataFile) + String.format(Locale.ROOT, ", train ratio %s, hidden %d %s, "
                + "epochs %d, fixed lr %s; backtracking alpha0 %s, rho %s, c %s%s; %s", c.trainRatio(), c.hidden(),
                c.activation(), c.epochs(), c.lr(), c.alpha0(), c.rho(), c.c(),
                c.warmStart() ? ", warm start" : "", c.batch() == 0 ? "full batch" : "batch " + c.batch())
                + otherMethodWords(c);
    }

    /** "; methods momentum, adam (momentum μ = 0.9; adam lr = 0.01, β1 = 0.9, …)" unless fixed against backtracking. */
    static String otherMethodWords(Config c) {
        if (c.methods().equals(Method.DEFAULTS)) {
            return "";
        }
        return "; methods " + String.join(", ", c.methods().stream().map(Method::id).toList()) + " ("
                + String.join("; ", c.methods().stream().map(m -> m.id() + " " + m.settingsText(c)).toList()) + ")";
    }

    /** The notebook's "Final Summary" as a table: mean ± std over seeds for each method. */
    static String table(CompareResult result, String dataFile) {
        Config c = result.config();
        StringBuilder s = new StringBuilder();
        String data = dataFile == null
                ? String.format(Locale.ROOT, "%s: %d samples, noise %s", shapeWords(c), c.samples(), c.noise())
                        + decayWords(c)
                : String.format(Locale.ROOT, "%s: %d points", dataFile, c.samples());
        s.append(String.format(Locale.ROOT, "%s, hidden %d %s, %d epochs, lr %s, seeds %d..%d (%d)%n", data,
                c.hidden(), c.activation(), c.epochs(), c.lr(), c.seed(), c.seed() + c.seeds() - 1, c.seeds()));
        s.append(String.format(Locale.ROOT, "%-14s %-16s %-16s %-11s %-11s %-11s %-9s %s%n", "method",
                "train acc", "test acc", "train loss", "test loss", "loss evals", "wall ms", "status"));
        for (Method method : result.results().keySet()) {
            s.append(String.format(Locale.ROOT, "%-14s %-16s %-16s %-11s %-11s %-11s %-9s %s%n", method.shortLabel(),
                    pm(result.summary(method, EpochRecord::trainAcc)),
                    pm(result.summary(method, EpochRecord::testAcc)),
                    fmt(result.summary(method, EpochRecord::trainLoss).mean(), "%.4f"),
                    fmt(result.summary(method, EpochRecord::testLoss).mean(), "%.4f"),
                    fmt(result.summary(method, r -> r.lossEvals()).mean(), "%.0f"),
                    fmt(result.summary(method, EpochRecord::timeMs).mean(), "%.0f"),
                    statuses(result.statusCounts(method))));
        }
        s.append(String.format(Locale.ROOT, "gradient check: max |manual - SameDiff| = %.2e%n",
                result.gradcheckMaxDiff()));
        return s.toString();
    }

    private static String pm(Summary summary) {
        return Double.isFinite(summary.mean())
                ? String.format(Locale.ROOT, "%.3f ± %.3f", summary.mean(), summary.std())
                : "n/a";
    }

    private static String fmt(double v, String pattern) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, pattern, v) : "n/a";
    }

    private static String statuses(Map<RunStatus, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
