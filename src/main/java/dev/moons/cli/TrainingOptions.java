package dev.moons.cli;

import dev.moons.data.CsvDataset;
import dev.moons.data.DataFileException;
import dev.moons.data.DataShape;
import dev.moons.data.Dataset;
import dev.moons.data.Split;
import dev.moons.model.Activation;
import dev.moons.io.Messages;
import dev.moons.training.Config;
import dev.moons.training.ConfigJson;
import dev.moons.training.Method;
import dev.moons.training.MethodSettings;
import dev.moons.training.Parameter;
import dev.moons.data.Seeds;
import dev.moons.session.SessionFileException;
import dev.moons.session.SessionJson;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options {@code compare} and {@code sweep} share (output, data, model, schedule, line search, seeds) and
 * their validation: a bad value becomes a {@link BadInputException} naming its option and range. An option named
 * after a {@link Parameter} row takes its default from {@link ParameterDefaults} and its help from
 * {@link OptionHelp}, both written from the row, so a command mixing these in names both in its {@code @Command}
 * (compare and sweep do). The fixed learning rate is not here: compare takes one {@code --lr}, sweep a list
 * {@code --lrs}; each reads {@code --methods} its own way (compare: the methods to compare; sweep: the
 * fixed-step methods to sweep).
 */
public final class TrainingOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--config", paramLabel = "FILE", description = "take every setting from the \"config\" of this"
            + " JSON file (a session file, a summary.json, or just {\"config\": {...}}); options given on the command"
            + " line override it")
    Path configFile;

    private boolean merged;

    @Option(names = "--out", required = true, description = "output directory (created if its parent exists)")
    Path out;

    @Option(names = "--data", description = "train on this CSV (x1,x2,label; header optional) instead of "
            + "generated moons; --samples, --noise and --dataset are then unused")
    Path data;

    @Option(names = "--dataset", paramLabel = "NAME")
    String datasetName;

    @Option(names = "--factor")
    double factor;

    @Option(names = "--turns")
    double turns;

    @Option(names = "--distance")
    double distance;

    @Option(names = "--weight-decay", paramLabel = "LAMBDA")
    double weightDecay;

    @Option(names = "--samples")
    int samples;

    @Option(names = "--noise")
    double noise;

    @Option(names = "--train-ratio")
    double trainRatio;

    @Option(names = "--hidden")
    int hidden;

    @Option(names = "--activation", paramLabel = "NAME")
    String activation;

    @Option(names = "--epochs")
    int epochs;

    @Option(names = "--alpha0")
    double alpha0;

    @Option(names = "--rho")
    double rho;

    @Option(names = "--c")
    double c;

    @Option(names = "--batch")
    int batch;

    @Option(names = "--seed")
    long seed;

    @Option(names = "--seeds")
    int seeds;

    @Option(names = "--warm-start")
    boolean warmStart;

    @Option(names = "--threads")
    int threads;

    @Option(names = "--methods", paramLabel = "NAMES")
    String methods;

    @Option(names = "--momentum")
    double momentum;

    @Option(names = "--beta1")
    double beta1;

    @Option(names = "--beta2")
    double beta2;

    @Option(names = "--eps")
    double eps;

    @Option(names = "--c2")
    double c2;

    @Option(names = "--sls-c")
    double slsC;

    @Option(names = "--gamma")
    double gamma;

    @Option(names = "--eta-max")
    double etaMax;

    /** The methods {@code --methods} names, checked (2 to 4 distinct known names), or a one-line reason. */
    java.util.List<Method> methods() {
        try {
            return MethodSettings.parseMethods(methods);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + Parameter.METHODS.key() + " " + methods + ": " + e.getMessage());
        }
    }

    /** Whether {@code --methods} was given on the command line. */
    boolean methodsGiven() {
        return given("--methods");
    }

    /** The validated {@code --threads}: worker threads, 1 … 256 (default: the available processors). */
    int threads() {
        try {
            Parameter.THREADS.check(threads);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
        return threads;
    }

    /** The dataset of {@code --data}, or null for generated moons; a bad file is a one-line reason. */
    Dataset dataset() {
        return data == null ? null : readData(data);
    }

    /**
     * The validated settings with fixed learning rate {@code lr} and the methods of {@code --methods}, for moons
     * or for {@code points} when not null.
     */
    Config config(double lr, Dataset points) {
        double effectiveLr = mergeConfigFile(lr);
        return config(effectiveLr, points, methods());
    }

    /** As {@link #config(double, Dataset)} comparing {@code chosen} (a command's own reading of the methods). */
    Config config(double lr, Dataset points, java.util.List<Method> chosen) {
        double effectiveLr = mergeConfigFile(lr);
        if (configFile == null && !given("--noise") && !given("--data")) {
            noise = shape().suggestedNoise();
        }
        Config base = points == null ? config(effectiveLr) : configFor(effectiveLr, points);
        try {
            return base.withMethodSettings(new MethodSettings(chosen, momentum, beta1, beta2, eps, c2, slsC, gamma,
                    etaMax));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
    }

    /**
     * With {@code --config}: every setting not given on the command line is taken from the file (once); returns
     * the learning rate to use ({@code lr} when {@code --lr} was given or the command has none).
     */
    private double mergeConfigFile(double lr) {
        if (configFile == null) {
            return lr;
        }
        SessionJson.Settings settings;
        OutputTargets.checkInput("--config", configFile, SessionJson.MAX_BYTES);
        try {
            settings = SessionJson.readSettings(configFile);
        } catch (SessionFileException e) {
            throw new BadInputException("--config " + e.getMessage());
        }
        Config f = settings.config();
        if (!merged) {
            merged = true;
            if (!settings.unknownKeys().isEmpty()) {
                command.commandLine().getErr().println(Messages.oneLine("warning: --config " + configFile
                        + ": unknown config key" + (settings.unknownKeys().size() == 1 ? " " : "s ")
                        + settings.unknownKeys().stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "))
                        + " ignored (known: " + String.join(", ", ConfigJson.KEYS) + ")"));
            }
            samples = given("--samples") ? samples : f.samples();
            noise = given("--noise") ? noise : f.noise();
            trainRatio = given("--train-ratio") ? trainRatio : f.trainRatio();
            hidden = given("--hidden") ? hidden : f.hidden();
            activation = given("--activation") ? activation : f.activation().cliName();
            epochs = given("--epochs") ? epochs : f.epochs();
            alpha0 = given("--alpha0") ? alpha0 : f.alpha0();
            rho = given("--rho") ? rho : f.rho();
            c = given("--c") ? c : f.c();
            batch = given("--batch") ? batch : f.batch();
            seed = given("--seed") ? seed : f.seed();
            seeds = given("--seeds") ? seeds : f.seeds();
            warmStart = given("--warm-start") ? warmStart : f.warmStart();
            datasetName = given("--dataset") ? datasetName : f.dataset().cliName();
            factor = given("--factor") ? factor : f.factor();
            turns = given("--turns") ? turns : f.turns();
            distance = given("--distance") ? distance : f.distance();
            weightDecay = given("--weight-decay") ? weightDecay : f.weightDecay();
            methods = given("--methods") ? methods : f.methodSettings().names();
            momentum = given("--momentum") ? momentum : f.momentum();
            beta1 = given("--beta1") ? beta1 : f.beta1();
            beta2 = given("--beta2") ? beta2 : f.beta2();
            eps = given("--eps") ? eps : f.eps();
            c2 = given("--c2") ? c2 : f.c2();
            slsC = given("--sls-c") ? slsC : f.slsC();
            gamma = given("--gamma") ? gamma : f.gamma();
            etaMax = given("--eta-max") ? etaMax : f.etaMax();
            if (!settings.seeds().equals(Seeds.of(f.seed()))) {
                command.commandLine().getErr().println("note: --config " + configFile + " has separate data/split/"
                        + "init/batch seeds; this command derives all four from --seed " + seed);
            }
        }
        boolean hasLr = command.findOption("--lr") != null;
        return !hasLr || given("--lr") ? lr : f.lr();
    }

    private boolean given(String option) {
        return command.commandLine().getParseResult().hasMatchedOption(option);
    }

    private Config config(double lr) {
        try {
            return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds,
                    warmStart, Activation.fromName(activation), shape(), factor, turns, distance, weightDecay);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
    }

    /** The settings for a loaded dataset: its size as samples, its own class counts for the split check. */
    private Config configFor(double lr, Dataset points) {
        int positives = points.positives();
        try {
            Config.checkSplit(points.size() - positives, positives, trainRatio, "the " + points.size()
                    + " points of --data (" + (points.size() - positives) + " of class 0, " + positives + " of class 1)");
            int samplesFloor = (int) Parameter.SAMPLES.range().orElseThrow().min();
            Config config = new Config(Math.max(points.size(), samplesFloor), noise, trainRatio, hidden, epochs, lr,
                    alpha0, rho, c, batch, seed, seeds, warmStart, Activation.fromName(activation))
                    .withWeightDecay(weightDecay);
            int nTrain = Split.trainCount(points.size() - positives, trainRatio) + Split.trainCount(positives, trainRatio);
            Parameter.BATCH.checkAtMost(batch, nTrain);
            return config;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
    }

    /** The shape named by --dataset, or a one-line reason listing the names. */
    private DataShape shape() {
        try {
            return DataShape.fromName(datasetName);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
    }

    /** The output directory, created and probed before any work; {@code names} are the files it will get. */
    Path outputDirectory(java.util.List<String> names) {
        return OutputTargets.outputDirectory(out, names);
    }

    /** The dataset in {@code file}, or a one-line reason naming the option, the file and the line. */
    static Dataset readData(Path file) {
        OutputTargets.checkInput("--data", file, CsvDataset.MAX_BYTES);
        try {
            return CsvDataset.read(file);
        } catch (DataFileException e) {
            throw new BadInputException("--data " + e.getMessage());
        }
    }
}
