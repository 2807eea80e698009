package dev.moons.training.sweep;

import dev.moons.io.Messages;
import dev.moons.training.Config;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One sweep run in the background for a view: {@link Sweep} on its own daemon thread (which waits on the
 * sweep's worker pool), progress coalesced so that at most one progress call is queued on {@code ui} at a time,
 * then exactly one of {@link Listener#ended} or {@link Listener#failed}, both on {@code ui}.
 */
public final class SweepSession {
    /** What the view hears, always on the ui executor. */
    public interface Listener {
        /** Runs have ended; {@code tally} holds every one so far. */
        void progress(SweepProgress progress, SweepTally tally);

        /** The sweep is over (finished or cancelled). */
        void ended(SweepResult result, SweepTally tally);

        /** The sweep could not run; {@code message} is one line. */
        void failed(String message);
    }

    private final Sweep sweep;
    private final SweepTally tally;
    private final Executor ui;
    private final Listener listener;
    private final AtomicReference<SweepProgress> pending = new AtomicReference<>();
    private volatile boolean running;

    /** A session sweeping {@code config} over {@code lrs} on {@code threads} workers (throws on bad input). */
    public SweepSession(Config config, double[] lrs, int threads, Executor ui, Listener listener) {
        this.sweep = new Sweep(config, lrs, null, threads);
        this.tally = new SweepTally(lrs, Sweep.sweptOf(config), Sweep.bandOf(config));
        this.ui = Objects.requireNonNull(ui);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Runs in the sweep. */
    public int totalRuns() {
        return sweep.totalRuns();
    }

    /** The runs ended so far. */
    public SweepTally tally() {
        return tally;
    }

    /** Starts the sweep on a background thread; call once. */
    public void start() {
        running = true;
        Thread thread = new Thread(this::sweep, "sweep-session");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks every run to stop before its next epoch; {@link Listener#ended} follows with a cancelled result. */
    public void cancel() {
        sweep.cancel();
    }

    /** Whether the sweep has started and not yet ended. */
    public boolean isRunning() {
        return running;
    }

    private void sweep() {
        try {
            SweepResult result = sweep.run((run, progress) -> {
                tally.add(run);
                if (pending.getAndSet(progress) == null) {
                    ui.execute(this::deliverProgress);
                }
            });
            running = false;
            ui.execute(() -> listener.ended(result, tally));
        } catch (RuntimeException e) {
            running = false;
            String line = Messages.oneLine(e);
            ui.execute(() -> listener.failed(line));
        }
    }

    private void deliverProgress() {
        SweepProgress p = pending.getAndSet(null);
        if (p != null) {
            listener.progress(p, tally);
        }
    }
}
