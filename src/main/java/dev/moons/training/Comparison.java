package dev.moons.training;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Two to four methods side by side ({@link Config#methods()}, lane order) on the same split, from the same initial
 * weights (each run gets its own copy) and with the same batch order (each run its own copy of the batch stream).
 * <p>
 * The comparison owns the settings in effect: {@link #config()} is the current one, and every change of the
 * optimizer settings made during training ({@link #changeSettings}) is kept in {@link #settingsChanges()}. Like its
 * runs, a comparison is used by one thread at a time.
 */
public final class Comparison {
    private Config config;
    private final List<SettingsChange> changes = new ArrayList<>();
    private final Seeds seeds;
    private final Problem problem;
    private final INDArray theta0;
    private final List<TrainingRun> runs;

    /** One run per method of {@code config} on {@code problem} from {@code theta0}, with its optimizer and schedule. */
    public Comparison(Config config, Seeds seeds, Problem problem, INDArray theta0) {
        this.config = config;
        this.seeds = seeds;
        this.problem = problem;
        this.theta0 = theta0.dup();
        List<TrainingRun> built = new ArrayList<>();
        for (Method m : config.methods()) {
            built.add(new TrainingRun(m, problem, theta0, m.optimizer(config, problem), config.epochs(),
                    config.batch(), seeds.batchRandom()));
        }
        this.runs = List.copyOf(built);
    }

    private Comparison(Config config, Seeds seeds, Problem problem, INDArray theta0, List<TrainingRun> runs) {
        this.config = config;
        this.seeds = seeds;
        this.problem = problem;
        this.theta0 = theta0.dup();
        this.runs = List.copyOf(runs);
    }

    /**
     * A comparison continued from saved runs (see {@link TrainingRun#resume}): {@code theta0} is the shared start
     * that a reset returns to; {@code runs} are one per method of {@code config}, in its order, all on
     * {@code problem}, with optimizers of {@code config}, the settings in effect after the earlier {@code changes}
     * (oldest first, each starting from the one before's settings).
     */
    public static Comparison resume(Config config, Seeds seeds, Problem problem, INDArray theta0,
            List<TrainingRun> runs, List<SettingsChange> changes) {
        if (!runs.stream().map(TrainingRun::method).toList().equals(config.methods())) {
            throw new IllegalArgumentException("the runs must be of " + config.methodSettings().names()
                    + " in that order");
        }
        if (runs.stream().anyMatch(r -> r.problem() != problem)) {
            throw new IllegalArgumentException("every run must be on the comparison's problem");
        }
        for (int i = 0; i < changes.size(); i++) {
            SettingsChange change = changes.get(i);
            Config next = i + 1 < changes.size() ? changes.get(i + 1).before() : config;
            if (!change.after().equals(next) || (i > 0 && change.epoch() < changes.get(i - 1).epoch())) {
                throw new IllegalArgumentException("settings change " + i + " (at epoch " + change.epoch()
                        + ") does not lead to the next one or to the current settings");
            }
        }
        Comparison c = new Comparison(config, seeds, problem, theta0, runs);
        c.changes.addAll(changes);
        return c;
    }

    /** Generates the config's dataset, the split and the initial weights from {@code seeds}, then builds both runs. */
    public static Comparison create(Config config, Seeds seeds) {
        Problem problem = Problem.generate(config, seeds);
        return new Comparison(config, seeds, problem, problem.initialParameters(seeds));
    }

    /** Every run on given data (e.g. a CSV file): split, initial weights and batch order from {@code seeds}. */
    public static Comparison on(Config config, Seeds seeds, Dataset data) {
        Problem problem = Problem.of(data, config.trainRatio(), config.hidden(), config.activation(), seeds)
                .withWeightDecay(config.weightDecay());
        return new Comparison(config, seeds, problem, problem.initialParameters(seeds));
    }

    /** The settings in effect now (those of the next epoch). */
    public Config config() {
        return config;
    }

    /** The settings the comparison started with: before its first change, else {@link #config()}. */
    public Config initialConfig() {
        return changes.isEmpty() ? config : changes.get(0).before();
    }

    /** Every change of the optimizer settings so far, oldest first. */
    public List<SettingsChange> settingsChanges() {
        return List.copyOf(changes);
    }

    /**
     * Changes the optimizer settings (lr, α0, ρ, c, warm start) from the next epoch on; any other difference in
     * {@code next} is refused with an {@link IllegalArgumentException} and changes nothing. A run whose optimizer
     * settings changed gets a new optimizer (a new line search forgets its last accepted α); the other keeps its
     * own. Once an epoch has been trained, the change is logged as a {@link SettingsChange} at the last epoch
     * completed (the higher of the two runs' epochs); before that, nothing used the old settings and none is
     * logged. Settings equal to the current ones change nothing. The methods themselves cannot change.
     */
    public void changeSettings(Config next) {
        SettingsChange.requireOptimizerOnly(config, next);
        if (next.equals(config)) {
            return;
        }
        int epoch = epoch();
        Config before = config;
        for (TrainingRun run : runs()) {
            if (run.method().settingsDiffer(before, next)) {
                run.setOptimizer(run.method().optimizer(next, problem));
            }
        }
        config = next;
        if (epoch > 0) {
            changes.add(new SettingsChange(epoch, before, next));
        }
    }

    public Seeds seeds() {
        return seeds;
    }

    public Problem problem() {
        return problem;
    }

    /** A copy of the shared initial weights. */
    public INDArray initialParameters() {
        return theta0.dup();
    }

    /** The left lane's run: the first method's. */
    public TrainingRun left() {
        return runs.get(0);
    }

    /** The right lane's run: the second method's. */
    public TrainingRun right() {
        return runs.get(1);
    }

    /** The highest epoch any run has reached. */
    public int epoch() {
        return runs.stream().mapToInt(TrainingRun::epoch).max().orElse(0);
    }

    /**
     * The run whose steps the line-search view replays and the archive keeps: the first run of a line-search
     * method, lane order; empty when every method steps by lr.
     */
    public java.util.Optional<TrainingRun> lineSearchRun() {
        return runs.stream().filter(r -> !r.method().isFixedStep()).findFirst();
    }

    /** The methods compared, lane order. */
    public List<Method> methods() {
        return config.methods();
    }

    /** The run of {@code method}. */
    public TrainingRun run(Method method) {
        for (TrainingRun run : runs()) {
            if (run.method() == method) {
                return run;
            }
        }
        throw new IllegalArgumentException("no run of " + method.id());
    }

    /** Every run, lane order (the order of {@link Config#methods()}). */
    public List<TrainingRun> runs() {
        return runs;
    }

    /** Whether every run has ended. */
    public boolean isDone() {
        return runs.stream().allMatch(TrainingRun::isDone);
    }

    /** One epoch of each run still going, lane order; every new record goes to {@code listener}. */
    public void stepBoth(EpochListener listener) {
        for (TrainingRun run : runs()) {
            if (!run.isDone()) {
                listener.onEpoch(run.method(), run.nextEpoch());
            }
        }
    }

    /** Trains every run in lockstep until all have ended. */
    public void runToEnd(EpochListener listener) {
        while (!isDone()) {
            stepBoth(listener);
        }
    }

    /** Asks every run to stop before its next step. */
    public void cancel() {
        runs.forEach(TrainingRun::cancel);
    }

    /** λ_max every {@code k} epochs in every run (0 = off); see {@link TrainingRun#setSharpnessEvery}. */
    public void setSharpnessEvery(int k) {
        runs.forEach(r -> r.setSharpnessEvery(k));
    }
}
