package dev.moons.app;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.session.Session;
import dev.moons.training.BoundaryGrid;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.EpochRecord;
import dev.moons.training.LayerStats;
import dev.moons.training.LineSearchPicture;
import dev.moons.training.LineSearchReplay;
import dev.moons.training.PointEdits;
import dev.moons.training.Method;
import dev.moons.training.Problem;
import dev.moons.training.SettingsChange;
import dev.moons.training.TrainingRun;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The comparison a window shows now, with its Config, Seeds, data file and boundary grid: builds it, applies
 * settings changes ({@link ChangeKind}), point edits and restored sessions, trains it one epoch at a time and
 * posts what the UI needs to the {@link Mailbox}. Every replacement starts a new generation. Confined to the
 * training thread: {@link TrainingLoop} calls it, nothing else.
 */
final class LiveComparison implements TrainingLoop.Work {
    private static final Logger LOG = LoggerFactory.getLogger(LiveComparison.class);
    /**
     * λ_max every 100 epochs in the window (a restored session's runs keep the interval they were saved with). Measured (H 16, N 1000 moons, lr 4, 1000 epochs, load ~20): every 50
     * epochs λ_max took 339 ms of both runs' 2.9 s of steps (12 %, 7 % of the loop's wall time with evaluation);
     * every 100 halves that to ~6 % of training time, inside the 10 % budget.
     */
    static final int SHARPNESS_EVERY = 100;
    /** Width / height of the boundary rectangle: the shape of a boundary pane's map on a 16:9 screen. */
    static final double BOUNDARY_ASPECT = 1.8;

    private final Mailbox mailbox;
    private final int gridSize;
    private final BooleanSupplier playing;
    private final BoundaryCache boundaries = new BoundaryCache();
    private final LivePictures pictures = new LivePictures();
    private final PointEditHistory edits = new PointEditHistory();
    private Comparison comparison;
    private BoundaryGrid grid;
    private Seeds seeds;
    /** The loaded file's points and name, or null while the data are generated moons. */
    private Dataset fileData;
    private String fileName;
    private long generation;
    private EpochArchive archive;

    /** A comparison posting to {@code mailbox}, boundaries {@code gridSize}² pixels; {@code playing} is read live. */
    LiveComparison(Mailbox mailbox, int gridSize, BooleanSupplier playing) {
        this.mailbox = mailbox;
        this.gridSize = gridSize;
        this.playing = playing;
    }

    /**
     * A new comparison on generated moons ({@code data} null) or on {@code data} named {@code name}, at epoch 0; points
     * that cannot be split (fewer than 2 training and 2 test points of a class) are refused in one line, the
     * comparison left as it was.
     */
    void load(Config next, Seeds nextSeeds, Dataset data, String name, String reason) {
        if (data != null) {
            int positives = data.positives();
            Config.checkSplit(data.size() - positives, positives, next.trainRatio(), "the " + data.size()
                    + " points of " + name + " (" + (data.size() - positives) + " of class 0, " + positives
                    + " of class 1)");
        }
        rebuild(ChangeKind.DATA, next, nextSeeds, data, name, reason);
    }

    /** Applies new settings: optimizers swap from the next epoch, anything else rebuilds what it needs. */
    void apply(Config next, Seeds nextSeeds) {
        if (comparison == null) {
            rebuild(ChangeKind.DATA, next, nextSeeds, null, null, "loaded");
            return;
        }
        if (fileData != null && seeds.data() != nextSeeds.data()) {
            // "New data" while a file is loaded: back to generated moons
            rebuild(ChangeKind.DATA, next, nextSeeds, null, null, "generated moons");
            return;
        }
        ChangeKind kind = ChangeKind.between(config(), seeds, next, nextSeeds);
        switch (kind) {
            case NONE -> {
            }
            case OPTIMIZER -> swapOptimizers(next);
            default -> rebuild(kind, next, nextSeeds, fileData, fileName, "settings changed");
        }
    }

    private void swapOptimizers(Config next) {
        // the comparison owns the settings and logs the change; only the optimizer settings of next are taken
        Config before = config();
        comparison.changeSettings(SettingsChange.withOptimizerOf(before, next));
        int epoch = comparison.epoch();
        if (epoch > 0) {
            mailbox.post(new UiEvent.OptimizerChanged(generation, epoch, before, config()));
        }
        publish(true);
    }

    /** Back to epoch 0 with the same data and initial weights. */
    void reset() {
        if (comparison != null) {
            rebuild(ChangeKind.SCHEDULE, config(), seeds, fileData, fileName, "reset");
        }
    }

    /** The comparison now shown as a {@link Session}; throws when there is none yet. */
    Session session() {
        if (comparison == null) {
            throw new IllegalStateException("nothing to save yet");
        }
        return Session.of(comparison, archive, fileName == null ? Session.MOONS : fileName);
    }

    /** Adds a training point of class {@code label} at raw (x1, x2) and restarts; a refusal goes to {@code refused}. */
    void addPoint(double x1, double x2, int label, Consumer<String> refused) {
        edit(refused, 1, 0, "added " + PointEdits.describe(label, x1, x2),
                problem -> PointEdits.add(problem, x1, x2, label));
    }

    /** Removes the training point nearest to raw (x1, x2) within {@code radius} and restarts, or refuses. */
    void removeNearestPoint(double x1, double x2, double radius, Consumer<String> refused) {
        if (comparison == null) {
            return;
        }
        Dataset train = comparison.problem().trainRaw();
        int row = PointEdits.nearestTraining(comparison.problem(), x1, x2, radius);
        if (row < 0) {
            mailbox.reply(() -> refused.accept("Nothing removed: no training point near the click"
                    + " (test points, drawn hollow, are not edited)"));
            return;
        }
        edit(refused, 0, 1, "removed " + PointEdits.describe(train.label(row), train.x1(row), train.x2(row)),
                problem -> PointEdits.remove(problem, row, config().batch()));
    }

    /** Undoes the last point edit and restarts; with none, says so on {@code refused}. */
    void undoPointEdit(Consumer<String> refused) {
        PointEditHistory.BeforeEdit before = comparison == null ? null : edits.undo();
        if (before == null) {
            mailbox.reply(() -> refused.accept("Nothing to undo: no point edits since the data were loaded"));
            return;
        }
        Problem problem = before.problem();
        if (problem.model().hidden() != config().hidden() || problem.model().activation() != config().activation()) {
            problem = problem.withModel(config().hidden(), config().activation());
        }
        install(new Comparison(config(), seeds, problem, comparison.initialParameters()),
                grid.restandardized(problem.standardizer()), before.fileData(), before.fileName(),
                "undid: " + before.what());
    }

    /** The kept epoch nearest to {@code epoch} re-evaluated for the scrubber, or null before anything is kept. */
    EpochView epochView(int epoch) {
        EpochArchive.Kept kept = comparison == null ? null : archive.nearest(epoch);
        if (kept == null) {
            return null;
        }
        Problem problem = comparison.problem();
        LineSearchPicture picture = comparison.lineSearchRun()
                .map(run -> LineSearchReplay.kept(kept, problem, run.optimizer(), config().lr())).orElse(null);
        Method left = comparison.left().method();
        Method right = comparison.right().method();
        return new EpochView(generation, epoch, kept.epoch(), archive.stride(),
                BoundaryCache.finiteOrNull(grid.probabilities(problem.model(), kept.parameters(left))),
                BoundaryCache.finiteOrNull(grid.probabilities(problem.model(), kept.parameters(right))),
                kept.record(left), kept.record(right), picture, kept.theta(left), kept.theta(right));
    }

    /** Hands the problem to {@code use} when comparison {@code wanted} is still the one shown. */
    void withProblem(long wanted, Consumer<Problem> use) {
        if (comparison != null && wanted == generation) {
            use.accept(comparison.problem());
        }
    }

    @Override
    public boolean isLoaded() {
        return comparison != null;
    }

    @Override
    public boolean isDone() {
        return comparison.isDone();
    }

    @Override
    public void stepOnce() {
        long g = generation;
        comparison.stepBoth((method, record) -> {
            mailbox.post(new UiEvent.Epoch(g, method, record));
            mailbox.post(new UiEvent.Layers(g, method, comparison.run(method).lastLayerStats()));
        });
        archive.keep(comparison);
    }

    /**
     * Offers the newest snapshot to the UI. Unless {@code force}, nothing is computed while the UI still has
     * an unshown snapshot: the boundary is evaluated at most once per UI update.
     */
    @Override
    public void publish(boolean force) {
        if (comparison == null || (!force && mailbox.hasUnshown())) {
            return;
        }
        // once the comparison has ended, its last epoch gets its picture whatever the throttle's spacing
        LineSearchPicture picture = pictures.next(comparison.lineSearchRun().orElse(null), config().lr(),
                playing.getAsBoolean() && !comparison.isDone());
        if (picture != null) {
            mailbox.post(new UiEvent.LineSearch(generation, picture));
        }
        mailbox.offer(new Snapshot(generation, config(), seeds, snapshotOf(comparison.left()),
                snapshotOf(comparison.right()), comparison.settingsChanges()));
    }

    @Override
    public boolean hasUnshown() {
        return mailbox.hasUnshown();
    }

    @Override
    public void failed(String message) {
        mailbox.post(new UiEvent.Failure(generation, message));
        try {
            if (comparison != null) {
                publish(true);
            } else {
                mailbox.flush();
            }
        } catch (Throwable again) {
            LOG.error("training thread: could not publish after the failure", again);
            mailbox.flush();
        }
    }

    // builds first and only then replaces: when building fails, the comparison shown stays exactly as it was
    private void rebuild(ChangeKind kind, Config next, Seeds nextSeeds, Dataset data, String dataName,
            String reason) {
        Comparison built;
        BoundaryGrid nextGrid = grid;
        if (kind == ChangeKind.DATA || comparison == null) {
            built = data == null ? Comparison.create(next, nextSeeds) : Comparison.on(next, nextSeeds, data);
            nextGrid = BoundaryGrid.around(built.problem(), gridSize, BOUNDARY_ASPECT);
        } else if (kind == ChangeKind.MODEL) {
            Problem problem = comparison.problem();
            if (problem.model().hidden() != next.hidden() || problem.model().activation() != next.activation()) {
                problem = problem.withModel(next.hidden(), next.activation());
            }
            problem = problem.withWeightDecay(next.weightDecay());
            built = new Comparison(next, nextSeeds, problem, problem.initialParameters(nextSeeds));
        } else {
            built = new Comparison(next, nextSeeds, comparison.problem().withWeightDecay(next.weightDecay()),
                    comparison.initialParameters());
        }
        if (kind == ChangeKind.DATA) {
            // a new split: earlier edits cannot be undone; a new dataset also starts a new edit count
            if (data == null || data != fileData) {
                edits.newDataset();
            } else {
                edits.newSplit();
            }
        }
        install(built, nextGrid, data, dataName, reason);
    }

    /** One edit of the training set: {@code change} builds the new problem or refuses. */
    private void edit(Consumer<String> refused, int plus, int minus, String what, PointEdit change) {
        if (comparison == null) {
            return;
        }
        Problem problem;
        try {
            problem = change.apply(comparison.problem());
        } catch (PointEdits.Refused e) {
            mailbox.reply(() -> refused.accept(e.getMessage()));
            return;
        }
        String name = edits.record(comparison.problem(), fileData, fileName, plus, minus, what);
        install(new Comparison(config(), seeds, problem, comparison.initialParameters()),
                grid.restandardized(problem.standardizer()), problem.all(), name, what);
    }

    /** Builds the edited problem from the one shown, or refuses. */
    private interface PointEdit {
        Problem apply(Problem shown) throws PointEdits.Refused;
    }

    // replaces the comparison shown by {@code built} at epoch 0 and tells the UI
    private void install(Comparison built, BoundaryGrid nextGrid, Dataset data, String dataName, String reason) {
        replace(built, nextGrid, built.seeds(), data, dataName);
        archive = new EpochArchive(built.problem().model().parameterCount());
        archive.keep(built);
        Problem problem = built.problem();
        mailbox.post(new UiEvent.Reset(generation, config(), seeds, grid, problem.trainRaw(), problem.testRaw(),
                reason, problem.all(), fileName));
        for (TrainingRun run : built.runs()) {
            mailbox.post(new UiEvent.Epoch(generation, run.method(), run.last()));
            mailbox.post(new UiEvent.Layers(generation, run.method(), run.lastLayerStats()));
        }
        publish(true);
    }

    /**
     * Shows the saved {@code session} (from the file {@code name}) without retraining: every saved record and layer
     * stats are queued, so the charts show the whole history at once, with the line search of its last epoch.
     */
    void restore(Session session, String name) {
        Comparison built = session.comparison();
        EpochArchive restoredArchive = session.archive();
        BoundaryGrid nextGrid = BoundaryGrid.around(built.problem(), gridSize, BOUNDARY_ASPECT);
        replace(built, nextGrid, session.seeds(), session.isMoons() ? null : built.problem().all(),
                session.isMoons() ? null : session.dataSource());
        // a new dataset: earlier point edits cannot be undone, and edits count from here
        edits.newDataset();
        archive = restoredArchive;
        for (TrainingRun run : built.runs()) {
            boundaries.keepBeforeDivergence(run, archive, grid);
        }
        Problem problem = built.problem();
        int epoch = session.lastEpoch();
        String reason = "opened " + name + " at epoch " + epoch + (built.isDone()
                ? " (both runs ended; Reset restarts them from epoch 0)"
                : "; Train continues from the saved weights");
        mailbox.post(new UiEvent.Reset(generation, config(), seeds, grid, problem.trainRaw(), problem.testRaw(), reason,
                problem.all(), fileName));
        for (TrainingRun run : built.runs()) {
            for (EpochRecord r : run.history()) {
                mailbox.post(new UiEvent.Epoch(generation, run.method(), r));
            }
            for (LayerStats l : run.layerStats()) {
                mailbox.post(new UiEvent.Layers(generation, run.method(), l));
            }
        }
        for (SettingsChange change : built.settingsChanges()) {
            mailbox.post(new UiEvent.OptimizerChanged(generation, change.epoch(), change.before(), change.after()));
        }
        TrainingRun search = built.lineSearchRun().orElse(null);
        EpochArchive.Kept last = search == null ? null : archive.nearest(search.epoch());
        if (last != null && last.epoch() == search.epoch() && last.step() != null) {
            LineSearchPicture picture = LineSearchReplay.kept(last, problem, search.optimizer(), config().lr());
            if (picture != null) {
                pictures.shown(last.epoch());
                mailbox.post(new UiEvent.LineSearch(generation, picture));
            }
        }
        publish(true);
    }

    // cancels the comparison shown and makes {@code built} the one shown, as a new generation
    private void replace(Comparison built, BoundaryGrid nextGrid, Seeds nextSeeds, Dataset data,
            String dataName) {
        if (comparison != null) {
            comparison.cancel();
        }
        grid = nextGrid;
        comparison = built;
        for (TrainingRun run : comparison.runs()) {
            // a restored session's run keeps its saved interval; every other run gets the window's
            if (run.sharpness().every() == 0) {
                run.setSharpnessEvery(SHARPNESS_EVERY);
            }
        }
        seeds = nextSeeds;
        fileData = data;
        fileName = dataName;
        generation++;
        boundaries.clear();
        pictures.restart();
    }

    // the settings in force: the comparison is their one owner
    private Config config() {
        return comparison.config();
    }

    private RunSnapshot snapshotOf(TrainingRun run) {
        BoundaryCache.Boundary boundary = boundaries.boundary(run, grid);
        return new RunSnapshot(run.method(), run.last(), run.epochs(), run.divergedAt(), boundary.probabilities(),
                boundary.contour(), run.testReport(), run.parameterValues());
    }
}
