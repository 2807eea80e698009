package dev.moons.cli;

import dev.moons.data.CsvDataset;
import dev.moons.data.DataFileException;
import dev.moons.data.Dataset;
import dev.moons.data.Split;
import dev.moons.model.Activation;
import dev.moons.training.Config;
import dev.moons.data.Seeds;
import dev.moons.session.SessionFileException;
import dev.moons.session.SessionJson;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options {@code compare} and {@code sweep} share (output, data, model, schedule, line search, seeds) and
 * their validation: a bad value becomes a {@link BadInputException} naming its option and range. The fixed
 * learning rate is not here: compare takes one {@code --lr}, sweep a list {@code --lrs}.
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
            + "generated moons; --samples and --noise are then unused")
    Path data;

    @Option(names = "--samples", defaultValue = "1000", description = "two-moons points, 4..100000 (default ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--noise", defaultValue = "0.2", description = "Gaussian noise std, 0..1 (default ${DEFAULT-VALUE})")
    double noise;

    @Option(names = "--train-ratio", defaultValue = "0.7", description = "train fraction per class, (0,1) (default ${DEFAULT-VALUE})")
    double trainRatio;

    @Option(names = "--hidden", defaultValue = "16", description = "hidden units, 1..256 (default ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--activation", defaultValue = "relu", paramLabel = "NAME",
            description = "hidden activation: relu, leaky-relu, tanh or sigmoid; He init for the ReLU family, "
                    + "Glorot for tanh and sigmoid (default ${DEFAULT-VALUE})")
    String activation;

    @Option(names = "--epochs", defaultValue = "1000", description = "epochs, 1..100000 (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--alpha0", defaultValue = "1.0", description = "first step the line search tries, finite > 0 (default ${DEFAULT-VALUE})")
    double alpha0;

    @Option(names = "--rho", defaultValue = "0.5", description = "line-search shrink factor, (0,1) (default ${DEFAULT-VALUE})")
    double rho;

    @Option(names = "--c", defaultValue = "1e-4", description = "Armijo constant, (0,1) (default ${DEFAULT-VALUE})")
    double c;

    @Option(names = "--batch", defaultValue = "0", description = "mini-batch size, 0 = full batch, 0..n_train (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--seed", defaultValue = "42", description = "seed of every random stream (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--seeds", defaultValue = "1", description = "repeat over seeds seed..seed+k-1, 1..1000 (default ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--warm-start", description = "start each line search at min(alpha0, 2 x last accepted step)")
    boolean warmStart;

    /** The dataset of {@code --data}, or null for generated moons; a bad file is a one-line reason. */
    Dataset dataset() {
        return data == null ? null : readData(data);
    }

    /** The validated settings with fixed learning rate {@code lr}, for moons or for {@code points} when not null. */
    Config config(double lr, Dataset points) {
        double effectiveLr = mergeConfigFile(lr);
        return points == null ? config(effectiveLr) : configFor(effectiveLr, points);
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
        try {
            settings = SessionJson.readSettings(configFile);
        } catch (SessionFileException e) {
            throw new BadInputException("--config " + e.getMessage());
        }
        Config f = settings.config();
        if (!merged) {
            merged = true;
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
                    warmStart, Activation.fromName(activation));
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
            Config config = new Config(Math.max(points.size(), 4), noise, trainRatio, hidden, epochs, lr, alpha0, rho,
                    c, batch, seed, seeds, warmStart, Activation.fromName(activation));
            int nTrain = Split.trainCount(points.size() - positives, trainRatio) + Split.trainCount(positives, trainRatio);
            if (batch > nTrain) {
                throw new IllegalArgumentException("batch must be in [0, " + nTrain + "], was " + batch);
            }
            return config;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
    }

    /** The output directory, checked before any work (see {@link #prepareOutput(Path)}). */
    Path outputDirectory() {
        return prepareOutput(out);
    }

    /** The dataset in {@code file}, or a one-line reason naming the option, the file and the line. */
    static Dataset readData(Path file) {
        try {
            return CsvDataset.read(file);
        } catch (DataFileException e) {
            throw new BadInputException("--data " + e.getMessage());
        }
    }

    /** Checks {@code out} before any work: an existing directory, or a new one whose parent is a directory. */
    static Path prepareOutput(Path out) {
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out " + out + " exists and is not a directory");
        }
        if (!Files.exists(dir)) {
            Path parent = dir.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new BadInputException("--out " + out + ": parent directory " + parent + " does not exist");
            }
            if (!Files.isWritable(parent)) {
                throw new BadInputException("--out " + out + ": parent directory " + parent + " is not writable");
            }
        } else if (!Files.isWritable(dir)) {
            throw new BadInputException("--out " + out + " is not writable");
        }
        return dir;
    }
}
