package dev.moons.cli;

import dev.moons.data.Dataset;
import dev.moons.export.LandscapeFiles;
import dev.moons.export.LandscapePicture;
import dev.moons.export.SessionFiles;
import dev.moons.io.StagedOutput;
import dev.moons.landscape.Landscape;
import dev.moons.landscape.LandscapeSettings;
import dev.moons.landscape.PathPoint;
import dev.moons.landscape.PlaneKind;
import dev.moons.landscape.Profile;
import dev.moons.landscape.ThetaHessian;
import dev.moons.landscape.ThetaLoss;
import dev.moons.landscape.Trajectories;
import dev.moons.render.Formats;
import dev.moons.session.Session;
import dev.moons.training.CompareResult;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.Method;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code landscape}: trains the comparison as {@code compare} does (its {@code --methods}, 2 to 4, default fixed and
 * backtracking) and writes the loss surface on a plane through the shared start with every run's path on it (first
 * seed), and the profile between the first two methods' solutions.
 */
@Command(name = "landscape", mixinStandardHelpOptions = true,
        defaultValueProvider = ParameterDefaults.class, resourceBundle = "dev.moons.cli.OptionHelp",
        description = "The loss surface the runs travel (--methods, 2 to 4; default fixed,backtracking): a plane"
                + " through the shared initial weights, every path on it, and the loss along the straight line"
                + " between the first two methods' solutions.")
public final class LandscapeCommand implements Callable<Integer> {

    /** The files landscape writes into {@code --out}. */
    static final List<String> FILES = List.of("landscape.json", "landscape.csv", "paths.csv", "profile.csv",
            "landscape.png");

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions options;

    @Option(names = "--lr")
    double lr;

    @Option(names = "--plane", paramLabel = "NAME", defaultValue = "endpoints", description = "the plane through "
            + "θ0: endpoints (both final points lie in it), pca (top two directions of both paths), random "
            + "(filter-normalised, from --seed) or hessian (default ${DEFAULT-VALUE})")
    String plane;

    @Option(names = "--resolution", paramLabel = "N", defaultValue = "61", description = "grid points per axis; "
            + "11..301 (default ${DEFAULT-VALUE})")
    int resolution;

    @Option(names = "--span", paramLabel = "S", defaultValue = "0.25", description = "margin around both paths as a "
            + "fraction of their extent; 0..10 (default ${DEFAULT-VALUE})")
    double span;

    @Option(names = "--save-session", paramLabel = "FILE", description = "also write the first seed's comparison"
            + " as a session file the app can open (history, parameters every k epochs, data)")
    Path saveSession;

    @Override
    public Integer call() throws IOException {
        PlaneKind kind = planeKind();
        Dataset points = options.dataset();
        Config config = options.config(lr, points);
        LandscapeSettings settings = settings(kind, config.seed());
        if (saveSession != null) {
            OutputTargets.checkFileTarget("--save-session", saveSession);
        }
        Path dir = options.outputDirectory(FILES);
        PrintWriter w = spec.commandLine().getOut();
        EpochArchive archive = new EpochArchive(4 * config.hidden() + 1);
        CompareResult result = CompareResult.run(config, points, (method, record) -> { }, archive);
        Comparison first = result.first();
        Landscape landscape = Landscape.compute(Trajectories.of(first, archive), ThetaLoss.training(first.problem()),
                ThetaHessian.training(first.problem()), settings);
        String dataName = options.data == null ? null : String.valueOf(options.data.getFileName());
        // all files land together: written aside, then moved into place
        try (StagedOutput staged = StagedOutput.in(dir)) {
            LandscapeFiles.write(config, landscape, staged.directory());
            LandscapePicture.write(landscape, config.epochs(), staged.directory(),
                    CompareCommand.caption(config, dataName) + "; plane " + settings.plane().id());
            if (saveSession != null) {
                String source = dataName == null ? Session.MOONS : dataName;
                SessionFiles.write(staged.stage(saveSession), Session.of(first, archive, source));
            }
            staged.commit();
        }
        w.print(report(landscape));
        w.println("wrote " + dir.resolve("landscape.json") + ", landscape.csv, paths.csv, profile.csv, landscape.png");
        if (saveSession != null) {
            w.println("wrote session " + saveSession + " (seed " + config.seed() + ")");
        }
        return Cli.OK;
    }

    /** The checked --plane. */
    private PlaneKind planeKind() {
        PlaneKind kind;
        try {
            kind = PlaneKind.parse(plane);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
        return kind;
    }

    /** The checked resolution and span on plane {@code kind}, random directions from {@code seed}. */
    private LandscapeSettings settings(PlaneKind kind, long seed) {
        try {
            return new LandscapeSettings(kind, resolution, span, seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
    }

    /** Where each run ended on the plane and the barrier between the first two, one line each. */
    static String report(Landscape landscape) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "plane %s, grid %d x %d, a in [%s, %s], b in [%s, %s]%n",
                landscape.plane().kind().id(), landscape.surface().a().length, landscape.surface().b().length,
                Formats.num(landscape.surface().a()[0]), Formats.num(last(landscape.surface().a())),
                Formats.num(landscape.surface().b()[0]), Formats.num(last(landscape.surface().b()))));
        for (Method m : landscape.methods()) {
            List<PathPoint> path = landscape.path(m);
            PathPoint end = path.get(path.size() - 1);
            s.append(String.format(Locale.ROOT, "%-14s epoch %d at (a, b) = (%.4f, %.4f), residual %.2e, loss %.4f%n",
                    m.shortLabel(), end.epoch(), end.a(), end.b(), end.residual(), end.trainLoss()));
        }
        Profile between = landscape.between();
        List<Method> methods = landscape.methods();
        s.append(String.format(Locale.ROOT, "%s(T) -> %s(T): loss %.4f -> %.4f, highest %.4f at t = %.2f,"
                + " barrier %.4f%n", methods.get(0).id(), methods.get(1).id(), between.loss()[0],
                last(between.loss()), between.barrier() + Math.max(between.loss()[0], last(between.loss())),
                between.peakT(), between.barrier()));
        return s.toString();
    }

    private static double last(double[] v) {
        return v[v.length - 1];
    }
}
