package dev.moons.app;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.session.Session;
import dev.moons.training.Config;
import dev.moons.training.Problem;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * What a window asks of its live comparison: trains both methods in lockstep on one background daemon thread
 * ({@link TrainingLoop}) and hands the results to the UI through a {@link Mailbox}: every epoch record is queued,
 * the newest {@link Snapshot} (with the boundary probabilities, computed on the training thread) waits in a
 * one-slot mailbox, and one UI update drains them all, so the charts get every epoch while the UI runs at most one
 * update per frame. The comparison itself is a {@link LiveComparison}. All commands may be called from any
 * thread; none of them waits for training.
 */
public final class TrainingService implements AutoCloseable {
    private final Mailbox mailbox;
    private final LiveComparison live;
    private final TrainingLoop loop;
    private final AtomicInteger wantedEpoch = new AtomicInteger(-1);

    /**
     * A service whose updates run on {@code ui} (Platform::runLater in the app, a same-thread executor in tests)
     * and go to the one {@link #listen listener}; boundaries are {@code gridSize}² pixels. Nothing is built (and
     * ND4J not started) before the first command.
     */
    public TrainingService(Executor ui, int gridSize) {
        this.mailbox = new Mailbox(ui);
        this.live = new LiveComparison(mailbox, gridSize, this::isPlaying);
        this.loop = new TrainingLoop(live);
        mailbox.onTaken(loop::shown);
    }

    /** A service whose updates run on {@code ui} and go to {@code sink}; boundaries are {@code gridSize}² pixels. */
    public TrainingService(Executor ui, Consumer<Update> sink, int gridSize) {
        this(ui, gridSize);
        listen(sink);
    }

    /** Sends every update to {@code sink} from now on (one listener per service; what waits already follows). */
    public void listen(Consumer<Update> sink) {
        mailbox.listen(sink);
    }

    /** Builds a new comparison from {@code config} and {@code seeds} (new data, new weights) at epoch 0. */
    public CompletableFuture<Void> load(Config config, Seeds seeds) {
        return loop.submit("loading", () -> live.load(config, seeds, null, null, "loaded"));
    }

    /**
     * Trains on {@code data} (e.g. a CSV file named {@code name}) instead of generated moons, from epoch 0: split,
     * initial weights and batch order from {@code seeds}; noise and samples of {@code config} do not apply. If
     * the comparison cannot be built (e.g. too few points of a class to split), the one before stays as it was
     * and a {@link UiEvent.Failure} says why. Changing the data seed later returns to generated moons.
     */
    public CompletableFuture<Void> load(Config config, Seeds seeds, Dataset data, String name) {
        Objects.requireNonNull(data);
        return loop.submit("loading " + name, () -> live.load(config, seeds, data, name,
                "loaded " + name + ": " + data.size() + " points"));
    }

    /**
     * Pauses and builds a new comparison from {@code config} and {@code seeds} at epoch 0 (new data, both runs
     * from the same initial weights), whatever was running or finished before: a preset starts this way.
     */
    public CompletableFuture<Void> restart(Config config, Seeds seeds) {
        loop.halt();
        return loop.submit("loading", () -> live.load(config, seeds, null, null, "loaded"));
    }

    /**
     * Applies new settings: optimizer settings take effect from the next epoch (marked on the charts); any
     * other change rebuilds what it needs (see {@link ChangeKind}) and restarts at epoch 0.
     */
    public CompletableFuture<Void> configure(Config next, Seeds nextSeeds) {
        return loop.submit("applying settings", () -> live.apply(next, nextSeeds));
    }

    /** Back to epoch 0 with the same data and the same initial weights; pauses. */
    public CompletableFuture<Void> reset() {
        loop.halt();
        return loop.submit("resetting", live::reset);
    }

    /**
     * Shows the saved {@code session} (from the file {@code name}) without retraining: its data, both histories,
     * the boundaries at its last epoch and its kept epochs for the scrubber; pauses. Train then continues each run
     * that had not ended from its saved θ, batch order and line-search state, as if never interrupted; Reset
     * returns to epoch 0 with the saved data and initial weights.
     */
    public CompletableFuture<Void> restore(Session session, String name) {
        loop.halt();
        return loop.submit("opening " + name, () -> live.restore(session, name));
    }

    /** The comparison now shown as a {@link Session}, taken on the training thread between epochs. */
    public CompletableFuture<Session> session() {
        return loop.ask("saving session", live::session);
    }

    /**
     * Adds a training point of class {@code label} (0 or 1) at raw data coordinates (x1, x2): the test set stays,
     * the standardization is refitted, both runs restart at epoch 0 from the same initial weights, paused at once
     * (as {@link #reset}). A refusal (one line) goes to {@code refused} on the UI executor and changes nothing.
     */
    public CompletableFuture<Void> addPoint(double x1, double x2, int label, Consumer<String> refused) {
        loop.halt();
        return loop.submit("adding a point", () -> live.addPoint(x1, x2, label, refused));
    }

    /**
     * Removes the training point nearest to raw (x1, x2) if one lies within {@code radius} data units, then
     * restarts as {@link #addPoint} does; no such point, or one the model cannot spare, is refused in one line.
     */
    public CompletableFuture<Void> removeNearestPoint(double x1, double x2, double radius, Consumer<String> refused) {
        loop.halt();
        return loop.submit("removing a point", () -> live.removeNearestPoint(x1, x2, radius, refused));
    }

    /** Undoes the last point edit (restart at epoch 0, paused); with none to undo, says so on {@code refused}. */
    public CompletableFuture<Void> undoPointEdit(Consumer<String> refused) {
        loop.halt();
        return loop.submit("undoing a point edit", () -> live.undoPointEdit(refused));
    }

    /** Starts (or keeps) training at the current pace until both runs end or {@link #pause()}. */
    public CompletableFuture<Void> play() {
        return loop.play();
    }

    /** Stops training after the current batch of epochs. */
    public void pause() {
        loop.pause();
    }

    /** Pauses and trains exactly one more epoch of each run still going. */
    public CompletableFuture<Void> step() {
        return loop.step();
    }

    /** Epochs per frame from the next frame on. */
    public void setPace(Pace next) {
        loop.setPace(next);
    }

    public Pace pace() {
        return loop.pace();
    }

    /** Whether training is running (false once both runs have ended). */
    public boolean isPlaying() {
        return loop.isPlaying();
    }

    /**
     * Re-evaluates the kept epoch nearest to {@code epoch} (boundaries of both runs and the backtracking step's
     * line search) on the training thread and hands it to {@code show} on the UI executor; a request overtaken
     * by a newer one is dropped.
     */
    public void inspect(int epoch, Consumer<EpochView> show) {
        wantedEpoch.set(epoch);
        loop.submit("showing epoch " + epoch, () -> {
            if (wantedEpoch.get() != epoch) {
                return;
            }
            EpochView view = live.epochView(epoch);
            if (view != null) {
                mailbox.reply(() -> show.accept(view));
            }
        });
    }

    /**
     * Hands the problem (data, split, model) of comparison {@code generation} to {@code use} on the training
     * thread, after the commands queued before; nothing happens when that comparison has been replaced.
     * {@code use} must be quick (e.g. hand the problem to another thread): training waits for it.
     */
    public void withProblem(long generation, Consumer<Problem> use) {
        loop.submit("reading the problem", () -> live.withProblem(generation, use));
    }

    /**
     * Stops the worker thread, waiting up to a second for the epoch in progress to end; the service cannot be
     * used afterwards. Called when the window closes, also during training.
     */
    @Override
    public void close() {
        loop.close();
    }
}
