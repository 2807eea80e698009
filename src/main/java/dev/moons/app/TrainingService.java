package dev.moons.app;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.io.Messages;
import dev.moons.io.Numbers;
import dev.moons.session.Session;
import dev.moons.training.BoundaryGrid;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.LayerStats;
import dev.moons.training.LineSearchPicture;
import dev.moons.training.LineSearchReplay;
import dev.moons.training.PointEdits;
import dev.moons.training.Problem;
import dev.moons.training.TrainingRun;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains both methods in lockstep on one background daemon thread and hands the results to the UI.
 * <p>
 * Every epoch record is queued; after a batch of epochs the newest {@link Snapshot} (with the boundary
 * probabilities, computed here) is put in a one-slot mailbox, and a UI update is scheduled on {@code ui}
 * only when that slot was empty, as {@code javafx.concurrent.Task#updateValue} does. That one update drains
 * every queued event, so the charts get every epoch while the UI runs at most one update per frame. All
 * commands may be called from any thread; none of them waits for training.
 */
public final class TrainingService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingService.class);
    /** Target time between animated frames. */
    static final long FRAME_NANOS = 16_000_000L;
    /** Longest stretch of training at pace "max" before the worker lets commands in and publishes. */
    static final long MAX_SLICE_NANOS = 30_000_000L;
    /** How long a paced frame waits when the UI has not shown the previous one yet. */
    static final long BACKPRESSURE_MILLIS = 2;
    /** Width / height of the boundary rectangle: the shape of a boundary pane's map on a 16:9 screen. */
    static final double BOUNDARY_ASPECT = 1.8;
    /** Shortest time between two live line-search pictures while training plays (at most 4 per second). */
    static final long PICTURE_NANOS = 250_000_000L;
    /**
     * Fewest published frames between two live line-search pictures while training plays: a picture costs ~200
     * loss evaluations (tens of ms), so when frames come slowly (a loaded CPU) it stays a small share of the work.
     */
    static final int PICTURE_FRAMES = 8;

    private final ScheduledExecutorService worker;
    private final Executor ui;
    private final Consumer<Update> sink;
    private final int gridSize;
    private final ConcurrentLinkedQueue<UiEvent> events = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Snapshot> slot = new AtomicReference<>();
    private volatile boolean playing;
    private volatile Pace pace = Pace.ONE;
    private final AtomicInteger wantedEpoch = new AtomicInteger(-1);

    // confined to the worker thread
    private Comparison comparison;
    private BoundaryGrid grid;
    private Config config;
    private Seeds seeds;
    /** The loaded file's points and name, or null while the data are generated moons. */
    private Dataset fileData;
    private String fileName;
    private long generation;
    private boolean loopActive;
    private final Map<String, double[]> lastProbabilities = new HashMap<>();
    private final Map<String, Integer> probabilitiesEpoch = new HashMap<>();
    private EpochArchive archive;
    private int pictureEpoch = -1;
    private long pictureNanos;
    private int framesSincePicture = PICTURE_FRAMES;
    /** Hand edits of the training set: what they started from, how many, and the states before each (undo). */
    private String editBase;
    private int added;
    private int removed;
    private final Deque<BeforeEdit> undo = new ArrayDeque<>();

    /** The state an edit replaced, restored by {@link #undoPointEdit}. */
    private record BeforeEdit(Problem problem, Dataset fileData, String fileName, int added, int removed,
            String what) {
    }

    /** Most edits that can be undone; older ones are forgotten. */
    static final int UNDO_DEPTH = 100;

    /**
     * A service whose updates run on {@code ui} (Platform::runLater in the app, a same-thread executor in
     * tests) and go to {@code sink}; boundaries are {@code gridSize}² pixels.
     */
    public TrainingService(Executor ui, Consumer<Update> sink, int gridSize) {
        this.ui = Objects.requireNonNull(ui);
        this.sink = Objects.requireNonNull(sink);
        this.gridSize = gridSize;
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "moons-training");
            t.setDaemon(true);
            return t;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.worker = pool;
    }

    /** Builds a new comparison from {@code config} and {@code seeds} (new data, new weights) at epoch 0. */
    public CompletableFuture<Void> load(Config config, Seeds seeds) {
        return submit("loading", () -> rebuild(ChangeKind.DATA, config, seeds, null, null, "loaded"));
    }

    /**
     * Trains on {@code data} (e.g. a CSV file named {@code name}) instead of generated moons, from epoch 0: split,
     * initial weights and batch order from {@code seeds}; noise and samples of {@code config} do not apply. If
     * the comparison cannot be built (e.g. too few points of a class to split), the one before stays as it was
     * and a {@link UiEvent.Failure} says why. Changing the data seed later returns to generated moons.
     */
    public CompletableFuture<Void> load(Config config, Seeds seeds, Dataset data, String name) {
        Objects.requireNonNull(data);
        return submit("loading " + name, () -> rebuild(ChangeKind.DATA, config, seeds, data, name,
                "loaded " + name + ": " + data.size() + " points"));
    }

    /**
     * Applies new settings: optimizer settings take effect from the next epoch (marked on the charts); any
     * other change rebuilds what it needs (see {@link ChangeKind}) and restarts at epoch 0.
     */
    public CompletableFuture<Void> configure(Config next, Seeds nextSeeds) {
        return submit("applying settings", () -> apply(next, nextSeeds));
    }

    /** Back to epoch 0 with the same data and the same initial weights; pauses. */
    public CompletableFuture<Void> reset() {
        playing = false;
        return submit("resetting", () -> {
            if (comparison != null) {
                rebuild(ChangeKind.SCHEDULE, config, seeds, fileData, fileName, "reset");
            }
        });
    }

    /**
     * Shows the saved {@code session} (from the file {@code name}) without retraining: its data, both histories,
     * the boundaries at its last epoch and its kept epochs for the scrubber; pauses. Train then continues each run
     * that had not ended from its saved θ, batch order and line-search state, as if never interrupted; Reset
     * returns to epoch 0 with the saved data and initial weights.
     */
    public CompletableFuture<Void> restore(Session session, String name) {
        playing = false;
        return submit("opening " + name, () -> restoreNow(session, name));
    }

    /** The comparison now shown as a {@link Session}, taken on the training thread between epochs. */
    public CompletableFuture<Session> session() {
        CompletableFuture<Session> result = new CompletableFuture<>();
        submit("saving session", () -> {
            if (comparison == null) {
                result.completeExceptionally(new IllegalStateException("nothing to save yet"));
                return;
            }
            try {
                result.complete(Session.of(comparison, archive, fileName == null ? Session.MOONS : fileName));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }).whenComplete((v, e) -> {
            if (e != null) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Adds a training point of class {@code label} (0 or 1) at raw data coordinates (x1, x2): the test set stays,
     * the standardization is refitted, both runs restart at epoch 0 from the same initial weights, paused at once
     * (as {@link #reset}). A refusal (one line) goes to {@code refused} on the UI executor and changes nothing.
     */
    public CompletableFuture<Void> addPoint(double x1, double x2, int label, Consumer<String> refused) {
        playing = false;
        return submit("adding a point", () -> edit(refused, 1, 0, "added " + PointEdits.describe(label, x1, x2),
                problem -> PointEdits.add(problem, x1, x2, label)));
    }

    /**
     * Removes the training point nearest to raw (x1, x2) if one lies within {@code radius} data units, then
     * restarts as {@link #addPoint} does; no such point, or one the model cannot spare, is refused in one line.
     */
    public CompletableFuture<Void> removeNearestPoint(double x1, double x2, double radius, Consumer<String> refused) {
        playing = false;
        return submit("removing a point", () -> {
            if (comparison == null) {
                return;
            }
            Dataset train = comparison.problem().trainRaw();
            int row = PointEdits.nearestTraining(comparison.problem(), x1, x2, radius);
            if (row < 0) {
                ui.execute(() -> refused.accept("Nothing removed: no training point near the click"
                        + " (test points, drawn hollow, are not edited)"));
                return;
            }
            edit(refused, 0, 1, "removed " + PointEdits.describe(train.label(row), train.x1(row), train.x2(row)),
                    problem -> PointEdits.remove(problem, row, config.batch()));
        });
    }

    /** Undoes the last point edit (restart at epoch 0, paused); with none to undo, says so on {@code refused}. */
    public CompletableFuture<Void> undoPointEdit(Consumer<String> refused) {
        playing = false;
        return submit("undoing a point edit", () -> {
            BeforeEdit before = undo.pollFirst();
            if (before == null || comparison == null) {
                ui.execute(() -> refused.accept("Nothing to undo: no point edits since the data were loaded"));
                return;
            }
            Problem problem = before.problem();
            if (problem.model().hidden() != config.hidden() || problem.model().activation() != config.activation()) {
                problem = problem.withModel(config.hidden(), config.activation());
            }
            added = before.added();
            removed = before.removed();
            install(new Comparison(config, seeds, problem, comparison.initialParameters()),
                    grid.restandardized(problem.standardizer()), before.fileData(), before.fileName(),
                    "undid: " + before.what());
        });
    }

    /** Starts (or keeps) training at the current pace until both runs end or {@link #pause()}. */
    public CompletableFuture<Void> play() {
        playing = true;
        return submit("starting", () -> {
            if (!loopActive) {
                loopActive = true;
                frame();
            }
        });
    }

    /** Stops training after the current batch of epochs. */
    public void pause() {
        playing = false;
        submit("pausing", () -> {
            if (comparison != null) {
                publish(true);
            }
        });
    }

    /** Pauses and trains exactly one more epoch of each run still going. */
    public CompletableFuture<Void> step() {
        playing = false;
        return submit("stepping", () -> {
            if (comparison != null && !comparison.isDone()) {
                stepOnce();
                publish(true);
            }
        });
    }

    /** Epochs per frame from the next frame on. */
    public void setPace(Pace next) {
        this.pace = Objects.requireNonNull(next);
    }

    public Pace pace() {
        return pace;
    }

    /** Whether training is running (false once both runs have ended). */
    public boolean isPlaying() {
        return playing;
    }

    /**
     * Re-evaluates the kept epoch nearest to {@code epoch} (boundaries of both runs and the backtracking step's
     * line search) on the training thread and hands it to {@code show} on the UI executor; a request overtaken
     * by a newer one is dropped.
     */
    public void inspect(int epoch, Consumer<EpochView> show) {
        wantedEpoch.set(epoch);
        submit("showing epoch " + epoch, () -> {
            if (wantedEpoch.get() != epoch || comparison == null) {
                return;
            }
            EpochView view = epochView(epoch);
            if (view != null) {
                ui.execute(() -> show.accept(view));
            }
        });
    }

    /**
     * Hands the problem (data, split, model) of comparison {@code generation} to {@code use} on the training
     * thread, after the commands queued before; nothing happens when that comparison has been replaced.
     * {@code use} must be quick (e.g. hand the problem to another thread): training waits for it.
     */
    public void withProblem(long generation, Consumer<Problem> use) {
        submit("reading the problem", () -> {
            if (comparison != null && generation == this.generation) {
                use.accept(comparison.problem());
            }
        });
    }

    /**
     * Stops the worker thread, waiting up to a second for the epoch in progress to end; the service cannot be
     * used afterwards. Called when the window closes, also during training.
     */
    @Override
    public void close() {
        playing = false;
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(1, TimeUnit.SECONDS)) {
                LOG.warn("training thread still busy 1 s after close; it is a daemon and will not keep the JVM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- worker thread ----

    private CompletableFuture<Void> submit(String what, Runnable task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                guarded(what, task);
                done.complete(null);
            });
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    private void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (Throwable t) {
            if (worker.isShutdown()) {
                LOG.debug("training thread: {} ended by close()", what, t);
                return;
            }
            LOG.error("training thread: {} failed", what, t);
            playing = false;
            loopActive = false;
            events.add(new UiEvent.Failure(generation, what + " failed: " + Messages.oneLine(t)));
            try {
                if (comparison != null) {
                    publish(true);
                } else {
                    publishWithoutSnapshot();
                }
            } catch (Throwable again) {
                LOG.error("training thread: could not publish after the failure", again);
                publishWithoutSnapshot();
            }
        }
    }

    private void frame() {
        if (!playing || comparison == null) {
            loopActive = false;
            return;
        }
        if (comparison.isDone()) {
            finish();
            return;
        }
        long start = System.nanoTime();
        Pace current = pace;
        if (current.isMax()) {
            do {
                stepOnce();
            } while (!comparison.isDone() && System.nanoTime() - start < MAX_SLICE_NANOS);
            publish(comparison.isDone());
            schedule(0);
            return;
        }
        if (slot.get() != null) {
            schedule(TimeUnit.MILLISECONDS.toNanos(BACKPRESSURE_MILLIS));
            return;
        }
        for (int i = 0; i < current.epochsPerFrame() && !comparison.isDone(); i++) {
            stepOnce();
        }
        publish(true);
        schedule(Math.max(0, FRAME_NANOS - (System.nanoTime() - start)));
    }

    private void schedule(long delayNanos) {
        if (worker.isShutdown()) {
            loopActive = false;
            return;
        }
        worker.schedule(() -> guarded("training", this::frame), delayNanos, TimeUnit.NANOSECONDS);
    }

    private void finish() {
        playing = false;
        loopActive = false;
        publish(true);
    }

    private void stepOnce() {
        long g = generation;
        comparison.stepBoth((method, record) -> {
            events.add(new UiEvent.Epoch(g, method, record));
            events.add(new UiEvent.Layers(g, method, run(method).lastLayerStats()));
        });
        archive.keep(comparison);
    }

    private void apply(Config next, Seeds nextSeeds) {
        if (comparison == null) {
            rebuild(ChangeKind.DATA, next, nextSeeds, null, null, "loaded");
            return;
        }
        if (fileData != null && seeds.data() != nextSeeds.data()) {
            // "New data" while a file is loaded: back to generated moons
            rebuild(ChangeKind.DATA, next, nextSeeds, null, null, "generated moons");
            return;
        }
        ChangeKind kind = ChangeKind.between(config, seeds, next, nextSeeds);
        switch (kind) {
            case NONE -> {
            }
            case OPTIMIZER -> swapOptimizers(next);
            default -> rebuild(kind, next, nextSeeds, fileData, fileName, "settings changed");
        }
    }

    private void swapOptimizers(Config next) {
        String label = optimizerChange(config, next);
        config = next;
        comparison.fixed().setOptimizer(Comparison.fixedOptimizer(next));
        comparison.backtracking().setOptimizer(Comparison.lineSearch(next));
        int epoch = Math.max(comparison.fixed().epoch(), comparison.backtracking().epoch());
        if (epoch > 0) {
            events.add(new UiEvent.OptimizerChanged(generation, epoch, label));
        }
        publish(true);
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
            built = new Comparison(next, nextSeeds, problem, problem.initialParameters(nextSeeds));
        } else {
            built = new Comparison(next, nextSeeds, comparison.problem(), comparison.initialParameters());
        }
        if (kind == ChangeKind.DATA) {
            // a new split: earlier edits cannot be undone; a new dataset also starts a new edit count
            undo.clear();
            if (data == null || data != fileData) {
                editBase = null;
                added = 0;
                removed = 0;
            }
        }
        install(built, nextGrid, data, dataName, reason);
    }

    /** One edit of the training set on the worker thread: {@code change} builds the new problem or refuses. */
    private void edit(Consumer<String> refused, int plus, int minus, String what, PointEdit change) {
        if (comparison == null) {
            return;
        }
        Problem problem;
        try {
            problem = change.apply(comparison.problem());
        } catch (PointEdits.Refused e) {
            ui.execute(() -> refused.accept(e.getMessage()));
            return;
        }
        undo.addFirst(new BeforeEdit(comparison.problem(), fileData, fileName, added, removed, what));
        if (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
        if (editBase == null) {
            editBase = fileName == null ? "two moons" : fileName;
        }
        added += plus;
        removed += minus;
        install(new Comparison(config, seeds, problem, comparison.initialParameters()),
                grid.restandardized(problem.standardizer()), problem.all(),
                PointEdits.name(editBase, added, removed), what);
    }

    /** Builds the edited problem from the one shown, or refuses. */
    private interface PointEdit {
        Problem apply(Problem shown) throws PointEdits.Refused;
    }

    // replaces the comparison shown by {@code built} at epoch 0 and tells the UI
    private void install(Comparison built, BoundaryGrid nextGrid, Dataset data, String dataName, String reason) {
        Config next = built.config();
        Seeds nextSeeds = built.seeds();
        if (comparison != null) {
            comparison.cancel();
        }
        grid = nextGrid;
        fileData = data;
        fileName = dataName;
        comparison = built;
        config = next;
        seeds = nextSeeds;
        generation++;
        lastProbabilities.clear();
        probabilitiesEpoch.clear();
        archive = new EpochArchive(built.problem().model().parameterCount());
        archive.keep(built);
        pictureEpoch = -1;
        framesSincePicture = PICTURE_FRAMES;
        Problem problem = built.problem();
        events.add(new UiEvent.Reset(generation, next, nextSeeds, grid, problem.trainRaw(), problem.testRaw(),
                reason, problem.all(), fileName));
        for (TrainingRun run : built.runs()) {
            events.add(new UiEvent.Epoch(generation, run.method(), run.last()));
            events.add(new UiEvent.Layers(generation, run.method(), run.lastLayerStats()));
        }
        publish(true);
    }

    // like rebuild, from a session: every saved record and layer stats are queued, so the charts show the whole
    // history at once
    private void restoreNow(Session session, String name) {
        Comparison built = session.comparison();
        EpochArchive restoredArchive = session.archive();
        BoundaryGrid nextGrid = BoundaryGrid.around(built.problem(), gridSize, BOUNDARY_ASPECT);
        if (comparison != null) {
            comparison.cancel();
        }
        grid = nextGrid;
        comparison = built;
        config = session.config();
        seeds = session.seeds();
        fileData = session.isMoons() ? null : built.problem().all();
        fileName = session.isMoons() ? null : session.dataSource();
        // a new dataset: earlier point edits cannot be undone, and edits count from here
        undo.clear();
        editBase = null;
        added = 0;
        removed = 0;
        generation++;
        lastProbabilities.clear();
        probabilitiesEpoch.clear();
        archive = restoredArchive;
        pictureEpoch = -1;
        for (TrainingRun run : built.runs()) {
            keepBoundaryBeforeDivergence(run);
        }
        Problem problem = built.problem();
        int epoch = session.lastEpoch();
        String reason = "opened " + name + " at epoch " + epoch + (built.isDone()
                ? " (both runs ended; Reset restarts them from epoch 0)"
                : "; Train continues from the saved weights");
        events.add(new UiEvent.Reset(generation, config, seeds, grid, problem.trainRaw(), problem.testRaw(), reason,
                problem.all(), fileName));
        for (TrainingRun run : built.runs()) {
            for (dev.moons.training.EpochRecord r : run.history()) {
                events.add(new UiEvent.Epoch(generation, run.method(), r));
            }
            for (LayerStats l : run.layerStats()) {
                events.add(new UiEvent.Layers(generation, run.method(), l));
            }
        }
        EpochArchive.Kept last = archive.nearest(built.backtracking().epoch());
        if (last != null && last.epoch() == built.backtracking().epoch() && last.step() != null) {
            LineSearchPicture picture = LineSearchReplay.kept(last, problem, built.backtracking().optimizer(),
                    config.lr());
            if (picture != null) {
                pictureEpoch = last.epoch();
                events.add(new UiEvent.LineSearch(generation, picture));
            }
        }
        publish(true);
    }

    // a diverged run shows the boundary of its latest kept epoch that still has one, as live training does
    private void keepBoundaryBeforeDivergence(TrainingRun run) {
        if (run.divergedAt() < 0) {
            return;
        }
        boolean fixed = run.method().equals(Comparison.FIXED);
        for (int e = run.divergedAt(); e >= 0; e--) {
            EpochArchive.Kept k = archive.nearest(e);
            if (k == null || k.epoch() > e) {
                continue;
            }
            double[] p = grid.probabilities(run.problem().model(), fixed ? k.fixed() : k.backtracking());
            if (allFinite(p)) {
                lastProbabilities.put(run.method(), p);
                probabilitiesEpoch.put(run.method(), run.epoch());
                return;
            }
            e = k.epoch();
        }
    }

    /**
     * Offers the newest snapshot to the UI. Unless {@code force}, nothing is computed while the UI still has
     * an unshown snapshot: the boundary is evaluated at most once per UI update.
     */
    private void publish(boolean force) {
        if (comparison == null || (!force && slot.get() != null)) {
            return;
        }
        offerPicture();
        Snapshot snapshot = new Snapshot(generation, config, seeds, snapshotOf(comparison.fixed()),
                snapshotOf(comparison.backtracking()));
        if (slot.getAndSet(snapshot) == null) {
            ui.execute(this::deliver);
        }
    }

    // the live line search: only for a new epoch, and while playing at most every PICTURE_NANOS and PICTURE_FRAMES
    private void offerPicture() {
        TrainingRun run = comparison.backtracking();
        long now = System.nanoTime();
        framesSincePicture++;
        if (run.epoch() == pictureEpoch
                || (playing && (now - pictureNanos < PICTURE_NANOS || framesSincePicture < PICTURE_FRAMES))) {
            return;
        }
        framesSincePicture = 0;
        pictureEpoch = run.epoch();
        pictureNanos = now;
        LineSearchPicture picture = LineSearchReplay.lastStep(run, config.lr());
        if (picture != null) {
            events.add(new UiEvent.LineSearch(generation, picture));
        }
    }

    private EpochView epochView(int epoch) {
        EpochArchive.Kept kept = archive.nearest(epoch);
        if (kept == null) {
            return null;
        }
        Problem problem = comparison.problem();
        LineSearchPicture picture = LineSearchReplay.kept(kept, problem, comparison.backtracking().optimizer(),
                config.lr());
        return new EpochView(generation, epoch, kept.epoch(), archive.stride(), finiteOrNull(grid.probabilities(
                problem.model(), kept.fixed())), finiteOrNull(grid.probabilities(problem.model(), kept.backtracking())),
                kept.fixedRecord(), kept.backtrackingRecord(), picture, kept.fixedTheta().clone(),
                kept.backtrackingTheta().clone());
    }

    private static double[] finiteOrNull(double[] p) {
        return allFinite(p) ? p : null;
    }

    private void publishWithoutSnapshot() {
        ui.execute(this::deliver);
    }

    private TrainingRun run(String method) {
        return method.equals(Comparison.FIXED) ? comparison.fixed() : comparison.backtracking();
    }

    private RunSnapshot snapshotOf(TrainingRun run) {
        Config c = config;
        String optimizer = run.method().equals(Comparison.FIXED) ? fixedLabel(c) : lineSearchLabel(c);
        return new RunSnapshot(run.method(), run.last(), run.epochs(), run.divergedAt(), probabilities(run),
                run.testReport(), optimizer, run.parameterValues());
    }

    // the boundary of a run is recomputed only when it moved, and kept from before a divergence
    private double[] probabilities(TrainingRun run) {
        Integer at = probabilitiesEpoch.get(run.method());
        double[] cached = lastProbabilities.get(run.method());
        if (cached != null && at != null && (at == run.epoch() || run.divergedAt() >= 0)) {
            return cached;
        }
        double[] p = grid.probabilities(run.problem().model(), run.parameters());
        if (cached != null && !allFinite(p)) {
            return cached;
        }
        lastProbabilities.put(run.method(), p);
        probabilitiesEpoch.put(run.method(), run.epoch());
        return p;
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    // ---- UI thread ----

    private void deliver() {
        Snapshot latest = slot.getAndSet(null);
        List<UiEvent> batch = new ArrayList<>();
        for (UiEvent e = events.poll(); e != null; e = events.poll()) {
            batch.add(e);
        }
        if (latest == null && batch.isEmpty()) {
            return;
        }
        sink.accept(new Update(batch, latest));
    }

    // ---- labels ----

    /** "lr 0.01". */
    public static String fixedLabel(Config c) {
        return "lr " + Numbers.plain(c.lr(), 4);
    }

    /** "α0 1, ρ 0.5, c 0.0001" plus ", warm start" when on. */
    public static String lineSearchLabel(Config c) {
        return "α0 " + Numbers.plain(c.alpha0(), 4) + ", ρ " + Numbers.plain(c.rho(), 4)
                + ", c " + Numbers.plain(c.c(), 4) + (c.warmStart() ? ", warm start" : "");
    }

    static String optimizerChange(Config a, Config b) {
        List<String> parts = new ArrayList<>();
        if (a.lr() != b.lr()) {
            parts.add("lr " + Numbers.plain(b.lr(), 4));
        }
        if (a.alpha0() != b.alpha0()) {
            parts.add("α0 " + Numbers.plain(b.alpha0(), 4));
        }
        if (a.rho() != b.rho()) {
            parts.add("ρ " + Numbers.plain(b.rho(), 4));
        }
        if (a.c() != b.c()) {
            parts.add("c " + Numbers.plain(b.c(), 4));
        }
        if (a.warmStart() != b.warmStart()) {
            parts.add(b.warmStart() ? "warm start on" : "warm start off");
        }
        return String.join(", ", parts);
    }
}
