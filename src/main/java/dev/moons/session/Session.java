package dev.moons.session;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.data.Split;
import dev.moons.optim.BacktrackingLineSearch;
import dev.moons.optim.StepResult;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.EpochRecord;
import dev.moons.training.LayerStats;
import dev.moons.training.Method;
import dev.moons.training.Problem;
import dev.moons.training.SettingsChange;
import dev.moons.training.TrainingRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Everything needed to show a comparison again without retraining, and to continue it: the settings, the seeds,
 * the raw train and test points (explicitly, since they may come from a file or be edited), each run's full
 * history and final θ, and the parameters kept every k epochs. Written and read by {@link SessionJson}.
 *
 * @param config       every hyper-parameter, the optimizer settings as in effect at the end (after every change)
 * @param seeds        the four random streams (data, split, init, batch)
 * @param dataSource   "moons" for generated moons, otherwise the name of the file the points came from
 * @param train        training points, unstandardized, in the order the runs used them
 * @param test         test points, unstandardized
 * @param fixed        the fixed-learning-rate run
 * @param backtracking the line-search run
 * @param stride       the archive's spacing k of kept epochs (a power of 2)
 * @param kept         the kept epochs, increasing, epoch 0 first
 * @param settingsChanges every change of the optimizer settings during training, oldest first; the last one's
 *                     {@code after} is {@code config}
 */
public record Session(Config config, Seeds seeds, String dataSource, Dataset train, Dataset test, RunState fixed,
        RunState backtracking, int stride, List<KeptEpoch> kept, List<SettingsChange> settingsChanges) {

    /** The data source of generated moons. */
    public static final String MOONS = "moons";

    /**
     * One run as saved.
     *
     * @param history      every record, epoch 0 first; the last one carries the run's status
     * @param theta        θ [4H+1] after the last record
     * @param lastAccepted the line search's last accepted α (warm start), NaN when none or for the fixed run
     * @param layerStats   every epoch's layer stats, one per record, or empty when unknown (an older file, or a run
     *                     resumed from one)
     * @param sharpnessEvery the run's λ_max interval k in epochs, restored on resume (0 = off or unknown)
     */
    public record RunState(List<EpochRecord> history, double[] theta, double lastAccepted,
            List<LayerStats> layerStats, int sharpnessEvery) {
        public RunState {
            history = List.copyOf(history);
            theta = theta.clone();
            layerStats = List.copyOf(layerStats);
            if (!layerStats.isEmpty() && layerStats.size() != history.size()) {
                throw new IllegalArgumentException("layer stats have " + layerStats.size() + " entries, the history "
                        + history.size());
            }
            if (sharpnessEvery < 0) {
                throw new IllegalArgumentException("sharpness-every must be >= 0, was " + sharpnessEvery);
            }
        }

        /** A run saved without a λ_max interval (off). */
        public RunState(List<EpochRecord> history, double[] theta, double lastAccepted, List<LayerStats> layerStats) {
            this(history, theta, lastAccepted, layerStats, 0);
        }

        /** The epoch at which the run diverged, or -1. */
        public int divergedAt() {
            EpochRecord last = history.get(history.size() - 1);
            return last.status() == dev.moons.training.RunStatus.DIVERGED ? last.epoch() : -1;
        }
    }

    /**
     * One kept epoch of {@link EpochArchive}: both runs' θ [4H+1] after it, and the backtracking step that led
     * to it (its start θ and result), both null at epoch 0.
     */
    public record KeptEpoch(int epoch, double[] fixedTheta, double[] backtrackingTheta, double[] stepStart,
            StepResult step) {
    }

    public Session {
        Objects.requireNonNull(config);
        Objects.requireNonNull(seeds);
        Objects.requireNonNull(dataSource);
        kept = List.copyOf(kept);
        settingsChanges = List.copyOf(settingsChanges);
        if (!settingsChanges.isEmpty() && !settingsChanges.get(settingsChanges.size() - 1).after().equals(config)) {
            throw new IllegalArgumentException("the last settings change must lead to the session's config");
        }
    }

    /** A session whose optimizer settings never changed during training. */
    public Session(Config config, Seeds seeds, String dataSource, Dataset train, Dataset test, RunState fixed,
            RunState backtracking, int stride, List<KeptEpoch> kept) {
        this(config, seeds, dataSource, train, test, fixed, backtracking, stride, kept, List.of());
    }

    /** The settings training started with: before the first change, else {@link #config()}. */
    public Config initialConfig() {
        return settingsChanges.isEmpty() ? config : settingsChanges.get(0).before();
    }

    /** The state of {@code comparison} and its {@code archive}; {@code dataSource} as in the record comment. */
    public static Session of(Comparison comparison, EpochArchive archive, String dataSource) {
        Problem problem = comparison.problem();
        List<KeptEpoch> kept = new ArrayList<>();
        for (EpochArchive.Kept k : archive.kept()) {
            kept.add(new KeptEpoch(k.epoch(), k.fixedTheta(), k.backtrackingTheta(), k.stepStart(), k.step()));
        }
        return new Session(comparison.config(), comparison.seeds(), dataSource, problem.trainRaw(),
                problem.testRaw(), state(comparison.fixed()), state(comparison.backtracking()), archive.stride(),
                kept, comparison.settingsChanges());
    }

    private static RunState state(TrainingRun run) {
        double accepted = run.optimizer() instanceof BacktrackingLineSearch search ? search.lastAccepted() : Double.NaN;
        List<EpochRecord> history = run.history();
        List<LayerStats> stats = run.layerStats();
        // a run resumed without saved stats has them from the resumed epoch on only: not saved, as before
        return new RunState(history, run.parameterValues(), accepted,
                stats.size() == history.size() ? stats : List.of(), run.sharpness().every());
    }

    /** Whether the points are generated (any shape of config.dataset, not a file's or edited points). */
    public boolean isMoons() {
        return MOONS.equals(dataSource);
    }

    /** The last epoch either run reached. */
    public int lastEpoch() {
        return Math.max(fixed.history().size(), backtracking.history().size()) - 1;
    }

    /**
     * The comparison as it was saved, ready to continue: same split, θ, histories, counters, optimizer state and
     * settings changes; its optimizers are those of {@link #config()}, the settings in effect when it was saved.
     */
    public Comparison comparison() {
        Problem problem = Problem.ofSplit(new Split(train, test), config.hidden(), config.activation())
                .withWeightDecay(config.weightDecay());
        TrainingRun f = run(Method.FIXED, problem, fixed);
        TrainingRun b = run(Method.BACKTRACKING, problem, backtracking);
        INDArray theta0 = Nd4j.createFromArray(kept.get(0).fixedTheta().clone());
        return Comparison.resume(config, seeds, problem, theta0, f, b, settingsChanges);
    }

    private TrainingRun run(Method method, Problem problem, RunState state) {
        TrainingRun run = TrainingRun.resume(method, problem, Nd4j.createFromArray(state.theta().clone()),
                method.resumed(config, state.lastAccepted()),
                config.epochs(), config.batch(), seeds.batchRandom(), state.history(), state.layerStats());
        // the interval goes on as saved: the next λ_max falls on the same epochs as in an uninterrupted run
        run.setSharpnessEvery(state.sharpnessEvery());
        return run;
    }

    /** The archive as it was saved; each kept epoch's records come from the histories. */
    public EpochArchive archive() {
        List<EpochArchive.Kept> entries = new ArrayList<>();
        for (KeptEpoch k : kept) {
            entries.add(new EpochArchive.Kept(k.epoch(), k.fixedTheta().clone(), k.backtrackingTheta().clone(),
                    recordAt(fixed, k.epoch()), recordAt(backtracking, k.epoch()),
                    k.stepStart() == null ? null : k.stepStart().clone(), k.step()));
        }
        return EpochArchive.restored(4 * config.hidden() + 1, stride, entries);
    }

    // a run that ended earlier shows its last record, as EpochArchive.keep does
    private static EpochRecord recordAt(RunState run, int epoch) {
        return run.history().get(Math.min(epoch, run.history().size() - 1));
    }
}
