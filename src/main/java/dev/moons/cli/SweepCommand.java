package dev.moons.cli;

import dev.moons.data.Dataset;
import dev.moons.export.OffscreenCharts;
import dev.moons.export.SweepFiles;
import dev.moons.io.NumberText;
import dev.moons.io.Numbers;
import dev.moons.io.StagedOutput;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.training.sweep.LearningRates;
import dev.moons.training.Summary;
import dev.moons.training.sweep.Sweep;
import dev.moons.training.sweep.SweepAggregate;
import dev.moons.training.sweep.SweepProgress;
import dev.moons.training.sweep.SweepResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sweep}: each fixed-step method of {@code --methods} (fixed by default; also momentum, nesterov, adam) at
 * every learning rate of a grid × seeds, and the line search of {@code --line-search} (backtracking by default)
 * once per seed, written as sweep.csv, sweep.json and sweep.png.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        defaultValueProvider = ParameterDefaults.class, resourceBundle = "dev.moons.cli.OptionHelp",
        description = "Sweep the learning rate of the fixed-step methods of --methods (default fixed) over a log grid"
                + " and compare with one run per seed of the --line-search method (default backtracking).")
public final class SweepCommand implements Callable<Integer> {
    private static final long PROGRESS_EVERY_MS = 5000;
    /** The files sweep writes into {@code --out}. */
    static final List<String> FILES = List.of("sweep.csv", "sweep.json", "sweep.png");

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions options;

    @Option(names = "--lrs", description = "fixed learning rates, comma-separated, each finite > 0, at most "
            + LearningRates.MAX_COUNT + " (default: 13 log-spaced from 1e-3 to 10)")
    String lrs;

    @Option(names = "--line-search", paramLabel = "NAME", defaultValue = "backtracking", description = "the line"
            + " search whose band the sweep draws: backtracking, armijo-interp, wolfe or sls (default backtracking)")
    String lineSearch;

    @Override
    public Integer call() throws IOException {
        double[] grid = lrs == null ? LearningRates.defaults() : parseLrs(lrs);
        Dataset points = options.dataset();
        Config config = options.config(grid[0], points, methods());
        int threads = options.threads();
        Path dir = options.outputDirectory(FILES);
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Sweep sweep = new Sweep(config, grid, points, threads);
        long[] lastReport = {System.nanoTime()};
        SweepResult result = sweep.run((run, progress) -> {
            if (System.nanoTime() - lastReport[0] > PROGRESS_EVERY_MS * 1_000_000 && progress.done() < progress.total()) {
                lastReport[0] = System.nanoTime();
                err.println(progressLine(progress));
                err.flush();
            }
        });
        // all files land together: written aside, then moved into place
        try (StagedOutput staged = StagedOutput.in(dir)) {
            SweepFiles.write(result, staged.directory());
            OffscreenCharts.writeSweep(result, staged.directory(), caption(result));
            staged.commit();
        }
        w.print(table(result));
        w.println("wrote " + dir.resolve("sweep.csv") + ", sweep.json, sweep.png");
        return Cli.OK;
    }

    /**
     * The methods of the sweep: the fixed-step ones of {@code --methods}, then the {@code --line-search} one; a
     * line search named in a given {@code --methods} must be that one. Anything else is a one-line reason.
     */
    private List<Method> methods() {
        Method band;
        try {
            band = Method.of(lineSearch);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--line-search " + e.getMessage());
        }
        if (band.isFixedStep()) {
            throw new BadInputException("--line-search must be one of " + String.join(", ",
                    Method.lineSearches().stream().map(Method::id).toList()) + ", was " + lineSearch);
        }
        List<Method> named;
        try {
            named = java.util.Arrays.stream(options.methods.split(",", -1)).map(String::trim).map(Method::of).toList();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--methods " + options.methods + ": " + e.getMessage());
        }
        List<Method> swept = named.stream().filter(Method::isFixedStep).distinct().toList();
        if (options.methodsGiven()) {
            for (Method m : named) {
                if (!m.isFixedStep() && m != band) {
                    throw new BadInputException("--methods " + options.methods + ": sweep sweeps fixed-step methods"
                            + " (fixed, momentum, nesterov, adam); its line search is --line-search (" + band.id()
                            + "), not " + m.id());
                }
            }
        }
        if (swept.isEmpty() || swept.size() > 3) {
            throw new BadInputException("--methods " + options.methods + ": sweep needs 1 to 3 fixed-step methods"
                    + " (fixed, momentum, nesterov, adam), had " + swept.size());
        }
        List<Method> all = new java.util.ArrayList<>(swept);
        all.add(band);
        return all;
    }

    /**
     * The learning rates of {@code --lrs}: comma-separated numbers, 1 … 50 of them, each finite and &gt; 0;
     * anything else is a one-line reason naming the option.
     */
    static double[] parseLrs(String text) {
        String[] parts = text.isBlank() ? new String[0] : text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            try {
                values[i] = OptionValues.decimal(part);
            } catch (CommandLine.TypeConversionException e) {
                throw new BadInputException("--lrs value '" + part + "' is not a number"
                        + NumberText.explanation(part));
            }
        }
        try {
            return LearningRates.checked(values);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
    }

    /** "sweep: 12/42 runs, 35 s elapsed, about 80 s left". */
    static String progressLine(SweepProgress p) {
        return String.format(Locale.ROOT, "sweep: %d/%d runs, %.0f s elapsed, about %.0f s left", p.done(), p.total(),
                p.elapsedMs() / 1000, p.remainingMs() / 1000);
    }

    /** The PNG caption: every setting but the learning rate, the seeds and the grid. */
    static String caption(SweepResult result) {
        Config c = result.config();
        double[] grid = result.lrs();
        return String.format(Locale.ROOT, "Learning-rate sweep on two moons: samples %d, noise %s, train ratio %s, "
                + "hidden %d, epochs %d, %s; backtracking alpha0 %s, rho %s, c %s%s; seeds %d..%d (%d); "
                + "%d learning rates %s … %s; statistics over the runs that did not diverge",
                c.samples(), c.noise(), c.trainRatio(), c.hidden(), c.epochs(),
                c.batch() == 0 ? "full batch" : "batch " + c.batch(), c.alpha0(), c.rho(), c.c(),
                c.warmStart() ? ", warm start" : "", c.seed(), c.seed() + c.seeds() - 1, c.seeds(), grid.length,
                number(Arrays.stream(grid).min().orElseThrow()), number(Arrays.stream(grid).max().orElseThrow()))
                // the swept methods' lr is the grid's, not one value
                + CompareCommand.otherMethodWords(c).replaceAll("lr = [^,;)]*(, )?", "");
    }

    /** One line per method and learning rate, one for the line search: test accuracy, training loss, loss evaluations. */
    static String table(SweepResult result) {
        Config c = result.config();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT,
                "Learning-rate sweep: %d samples, noise %s, hidden %d, %d epochs, seeds %d..%d (%d), %.1f s%s%n",
                c.samples(), c.noise(), c.hidden(), c.epochs(), c.seed(), c.seed() + c.seeds() - 1, c.seeds(),
                result.wallMs() / 1000, result.cancelled() ? ", cancelled" : ""));
        String row = "%-14s %-10s %-16s %-12s %-11s %s%n";
        s.append(String.format(Locale.ROOT, row, "method", "lr", "test acc", "train loss", "loss evals", "runs"));
        for (Method m : result.swept()) {
            for (SweepAggregate a : result.aggregates(m)) {
                s.append(line(row, m.shortLabel(), number(a.lr()), a));
            }
        }
        s.append(line(row, result.band().shortLabel(), "-", result.backtrackingBand()));
        return s.toString();
    }

    private static String line(String row, String method, String lr, SweepAggregate a) {
        String runs = a.statuses().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        if (a.isDiverged()) {
            return String.format(Locale.ROOT, row, method, lr, "diverged", "diverged", "-", runs);
        }
        return String.format(Locale.ROOT, row, method, lr, pm(a.testAcc()), fmt(a.trainLoss().mean(), "%.4f"),
                fmt(a.lossEvals().mean(), "%.0f"), runs);
    }

    private static String pm(Summary s) {
        return Double.isFinite(s.mean()) ? String.format(Locale.ROOT, "%.3f ± %.3f", s.mean(), s.std()) : "n/a";
    }

    private static String fmt(double v, String pattern) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, pattern, v) : "n/a";
    }

    /** Three significant digits, plain from 1e-4 to 1e6 ("0.00215", "1000"), else "1e+300" style. */
    static String number(double v) {
        if (Math.abs(v) >= 1e-4 && Math.abs(v) < 1e6) {
            return Numbers.plain(v, 3);
        }
        return String.format(Locale.ROOT, "%.2e", v).replaceAll("\\.?0+e", "e");
    }
}
