package dev.moons.session;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.data.Split;
import dev.moons.optim.BacktrackingLineSearch;
import dev.moons.optim.InterpolatingLineSearch;
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
import dev.moons.optim.Optimizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param runs         each method's run, by method in lane order (the order of {@code config.methods()})
 * @param stride       the archive's spacing k of kept epochs (a power of 2)
 * @param kept         the kept epochs, increasing, epoch 0 first
 * @param settingsChanges every change of the optimizer settings during training, oldest first; the last one's
 *                     {@code after} is {@code config}
 */
public record Session(Config config, Seeds seeds, String dataSource, Dataset train, Dataset test,
        Map<Method, RunState> runs, int stride, List<KeptEpoch> kept, List<SettingsChange> settingsChanges) {

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
     * @param optimizerState the optimizer's {@link dev.moons.optim.Optimizer#state()} after the last record
     *                     (momentum buffer, Adam's moments and step count, sls's step); empty when it keeps none
     */
    public record RunState(List<EpochRecord> history, double[] theta, double lastAccepted,
            List<LayerStats> layerStats, int sharpnessEvery, double[] optimizerState) {
        public RunState {
            history = List.copyOf(history);
            theta = theta.clone();
            layerStats = List.copyOf(layerStats);
            optimizerState = optimizerState.clone();
            if (!layerStats.isEmpty() && layerStats.size() != history.size()) {
                throw new IllegalArgumentException("layer stats have " + layerStats.size() + " entries, the history "
                        + history.size());
            }
            if (sharpnessEvery < 0) {
                throw new IllegalArgumentException("sharpness-every must be >= 0, was " + sharpnessEvery);
            }
        }

        /** A run saved without a λ_max interval (off) whose optimizer keeps no state besides the last step. */
        public RunState(List<EpochRecord> history, double[] theta, double lastAccepted, List<LayerStats> layerStats) {
            this(history, theta, lastAccepted, layerStats, 0, new double[0]);
        }

        /** A run saved with λ_max interval {@code sharpnessEvery} whose optimizer keeps no state. */
        public RunState(List<EpochRecord> history, double[] theta, double lastAccepted, List<LayerStats> layerStats,
                int sharpnessEvery) {
            this(history, theta, lastAccepted, layerStats, sharpnessEvery, new double[0]);
        }

        /** A run saved without a λ_max interval whose optimizer keeps {@code optimizerState}. */
        public RunState(List<EpochRecord> history, double[] theta, double lastAccepted, List<LayerStats> layerStats,
                double[] optimizerState) {
            this(history, theta, lastAccepted, layerStats, 0, optimizerState);
        }

        /** The epoch at which the run diverged, or -1. */
        public int divergedAt() {
            EpochRecord last = history.get(history.size() - 1);
            return last.status() == dev.moons.training.RunStatus.DIVERGED ? last.epoch() : -1;
        }
    }

    /**
     * One kept epoch of {@link EpochArchive}: each run's θ [4H+1] after it (by method, lane order), and the
     * line-search run's step that led to it (its start θ and result), both null at epoch 0 or without one.
     */
    public record KeptEpoch(int epoch, Map<Method, double[]> thetas, double[] stepStart, StepResult step) {
        public KeptEpoch {
            thetas = Collections.unmodifiableMap(new LinkedHashMap<>(thetas));
        }

        /** The θ of {@code method}'s run after this epoch (a copy). */
        public double[] theta(Method method) {
            return thetas.get(method).clone();
        }
    }

    public Session {
        Objects.requireNonNull(config);
        Objects.requireNonNull(seeds);
        Objects.requireNonNull(dataSource);
        runs = Collections.unmodifiableMap(new LinkedHashMap<>(runs));
        if (!List.copyOf(runs.keySet()).equals(config.methods())) {
            throw new IllegalArgumentException("the runs must be those of config.methods, " + config.methodSettings()
                    .names() + ", in that order; were " + runs.keySet());
        }
        kept = List.copyOf(kept);
        settingsChanges = List.copyOf(settingsChanges);
        if (!settingsChanges.isEmpty() && !settingsChanges.get(settingsChanges.size() - 1).after().equals(config)) {
            throw new IllegalArgumentException("the last settings change must lead to the session's config");
        }
    }

    /** A session whose optimizer settings never changed during training. */
    public Session(Config config, Seeds seeds, String dataSource, Dataset train, Dataset test,
            Map<Method, RunState> runs, int stride, List<KeptEpoch> kept) {
        this(config, seeds, dataSource, train, test, runs, stride, kept, List.of());
    }

    /** {@code states} keyed by {@code config}'s methods, lane order (one state per method). */
    public static Map<Method, RunState> byMethod(Config config, RunState... states) {
        if (states.length != config.methods().size()) {
            throw new IllegalArgumentException(config.methods().size() + " runs expected, were " + states.length);
        }
        Map<Method, RunState> runs = new LinkedHashMap<>();
        for (int i = 0; i < states.length; i++) {
            runs.put(config.methods().get(i), states[i]);
        }
        return runs;
    }

    /** The saved run of {@code method}. */
    public RunState run(Method method) {
        RunState r = runs.get(method);
        if (r == null) {
            throw new IllegalArgumentException("the session has no run of " + method.id());
        }
        return r;
    }

    /**
     * Whether this session needs more than format version 2 can say: methods other than fixed and backtracking,
     * or an optimizer that keeps state. A session that does not is written as version 2, byte for byte as before.
     */
    public boolean needsVersion3() {
        return !config.methods().equals(Method.DEFAULTS)
                || runs.values().stream().anyMatch(r -> r.optimizerState().length > 0);
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
            kept.add(new KeptEpoch(k.epoch(), k.thetas(), k.stepStart(), k.step()));
        }
        Map<Method, RunState> runs = new LinkedHashMap<>();
        for (TrainingRun run : comparison.runs()) {
            runs.put(run.method(), state(run));
        }
        return new Session(comparison.config(), comparison.seeds(), dataSource, problem.trainRaw(),
                problem.testRaw(), runs, archive.stride(), kept, comparison.settingsChanges());
    }

    private static RunState state(TrainingRun run) {
        double accepted = run.optimizer() instanceof BacktrackingLineSearch search ? search.lastAccepted()
                : run.optimizer() instanceof InterpolatingLineSearch interp ? interp.lastAccepted() : Double.NaN;
        List<EpochRecord> history = run.history();
        List<LayerStats> stats = run.layerStats();
        // a run resumed without saved stats has them from the resumed epoch on only: not saved, as before
        return new RunState(history, run.parameterValues(), accepted,
                stats.size() == history.size() ? stats : List.of(), run.sharpness().every(),
                run.optimizer().state());
    }

    /** Whether the points are generated (any shape of config.dataset, not a file's or edited points). */
    public boolean isMoons() {
        return MOONS.equals(dataSource);
    }

    /** The last epoch any run reached. */
    public int lastEpoch() {
        return runs.values().stream().mapToInt(r -> r.history().size()).max().orElse(1) - 1;
    }

    /**
     * The comparison as it was saved, ready to continue: same split, θ, histories, counters, optimizer state and
     * settings changes; its optimizers are those of {@link #config()}, the settings in effect when it was saved.
     */
    public Comparison comparison() {
        Problem problem = Problem.ofSplit(new Split(train, test), config.hidden(), config.activation())
                .withWeightDecay(config.weightDecay());
        List<TrainingRun> resumed = new ArrayList<>();
        runs.forEach((method, state) -> resumed.add(run(method, problem, state)));
        INDArray theta0 = Nd4j.createFromArray(kept.get(0).thetas().get(config.methods().get(0)).clone());
        return Comparison.resume(config, seeds, problem, theta0, resumed, settingsChanges);
    }

    private TrainingRun run(Method method, Problem problem, RunState state) {
        Optimizer optimizer = method.resumed(config, state.lastAccepted(), problem);
        optimizer.restore(state.optimizerState());
        TrainingRun run = TrainingRun.resume(method, problem, Nd4j.createFromArray(state.theta().clone()), optimizer,
                config.epochs(), config.batch(), seeds.batchRandom(), state.history(), state.layerStats());
        // the interval goes on as saved: the next λ_max falls on the same epochs as in an uninterrupted run
        run.setSharpnessEvery(state.sharpnessEvery());
        return run;
    }

    /** The archive as it was saved; each kept epoch's records come from the histories. */
    public EpochArchive archive() {
        List<EpochArchive.Kept> entries = new ArrayList<>();
        for (KeptEpoch k : kept) {
            Map<Method, double[]> thetas = new LinkedHashMap<>();
            Map<Method, EpochRecord> records = new LinkedHashMap<>();
            k.thetas().forEach((method, theta) -> {
                thetas.put(method, theta.clone());
                records.put(method, recordAt(runs.get(method), k.epoch()));
            });
            entries.add(new EpochArchive.Kept(k.epoch(), thetas, records,
                    k.stepStart() == null ? null : k.stepStart().clone(), k.step()));
        }
        return EpochArchive.restored(4 * config.hidden() + 1, stride, entries);
    }

    // a run that ended earlier shows its last record, as EpochArchive.keep does
    private static EpochRecord recordAt(RunState run, int epoch) {
        return run.history().get(Math.min(epoch, run.history().size() - 1));
    }
}
