package dev.moons.app;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training thread: one daemon thread that runs every command in order, and while playing trains frame by frame
 * at the chosen {@link Pace}. A paced frame waits while the UI has not taken the previous snapshot (back-pressure);
 * at pace "max" the thread trains in slices of {@link #MAX_SLICE_NANOS} and lets commands in between. A command that
 * throws stops playing and is reported through {@link Work#failed}. Commands may be called from any thread.
 */
final class TrainingLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingLoop.class);
    /** Target time between animated frames. */
    static final long FRAME_NANOS = 16_000_000L;
    /** Longest stretch of training at pace "max" before the worker lets commands in and publishes. */
    static final long MAX_SLICE_NANOS = 30_000_000L;
    /** How long a paced frame waits when the UI has not shown the previous one yet. */
    static final long BACKPRESSURE_MILLIS = 2;

    /** What the loop trains, called on the training thread only. */
    interface Work {
        /** Whether there is a comparison to train. */
        boolean isLoaded();

        /** Whether both runs have ended. */
        boolean isDone();

        /** Trains one epoch of each run still going. */
        void stepOnce();

        /** Offers the newest snapshot to the UI; unless {@code force}, only when the UI has taken the last one. */
        void publish(boolean force);

        /** Whether the UI has not taken the last snapshot yet. */
        boolean hasUnshown();

        /** Tells the UI that a command failed, {@code message} in one line. */
        void failed(String message);
    }

    private final ScheduledExecutorService worker;
    private final Work work;
    private volatile boolean playing;
    private volatile Pace pace = Pace.ONE;
    // confined to the worker thread
    private boolean loopActive;

    /** A loop training {@code work} on a new daemon thread "moons-training". */
    TrainingLoop(Work work) {
        this.work = Objects.requireNonNull(work);
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "moons-training");
            t.setDaemon(true);
            return t;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.worker = pool;
    }

    /** Runs {@code task} on the training thread after the commands before it; {@code what} names it in errors. */
    CompletableFuture<Void> submit(String what, Runnable task) {
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

    /** {@code question}'s answer, computed on the training thread; what it throws fails the future, not training. */
    <T> CompletableFuture<T> ask(String what, Supplier<T> question) {
        CompletableFuture<T> result = new CompletableFuture<>();
        submit(what, () -> {
            try {
                result.complete(question.get());
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

    /** Stops playing from the next frame on, without a command of its own. */
    void halt() {
        playing = false;
    }

    /** Starts (or keeps) training at the current pace until both runs end or {@link #pause()}. */
    CompletableFuture<Void> play() {
        playing = true;
        return submit("starting", () -> {
            if (!loopActive) {
                loopActive = true;
                frame();
            }
        });
    }

    /** Stops training after the current frame and shows where it stopped. */
    void pause() {
        playing = false;
        submit("pausing", () -> work.publish(true));
    }

    /** Pauses and trains exactly one more epoch of each run still going. */
    CompletableFuture<Void> step() {
        playing = false;
        return submit("stepping", () -> {
            if (work.isLoaded() && !work.isDone()) {
                work.stepOnce();
                work.publish(true);
            }
        });
    }

    /** Epochs per frame from the next frame on. */
    void setPace(Pace next) {
        this.pace = Objects.requireNonNull(next);
    }

    Pace pace() {
        return pace;
    }

    /** Whether training is running (false once both runs have ended). */
    boolean isPlaying() {
        return playing;
    }

    /** Stops the thread, waiting up to a second for the epoch in progress; no command runs afterwards. */
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

    // ---- training thread ----

    private void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (Throwable t) {
            if (worker.isShutdown()) {
                LOG.debug("training thread: {} ended by close()", what, t);
                return;
            }
            if (t instanceof IllegalArgumentException) {
                // refused input (a file that cannot be split, a setting out of range): one line, no stack trace;
                // the trace stays at debug level for the case it was a bug after all
                LOG.warn("training thread: {} refused: {}", what, t.getMessage());
                LOG.debug("training thread: {} refused", what, t);
            } else {
                LOG.error("training thread: {} failed", what, t);
            }
            playing = false;
            loopActive = false;
            String reason = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            work.failed(what + " failed: " + reason.lines().findFirst().orElse(""));
        }
    }

    private void frame() {
        if (!playing || !work.isLoaded()) {
            loopActive = false;
            return;
        }
        if (work.isDone()) {
            finish();
            return;
        }
        long start = System.nanoTime();
        Pace current = pace;
        if (current.isMax()) {
            do {
                work.stepOnce();
            } while (!work.isDone() && System.nanoTime() - start < MAX_SLICE_NANOS);
            work.publish(work.isDone());
            schedule(0);
            return;
        }
        if (work.hasUnshown()) {
            schedule(TimeUnit.MILLISECONDS.toNanos(BACKPRESSURE_MILLIS));
            return;
        }
        for (int i = 0; i < current.epochsPerFrame() && !work.isDone(); i++) {
            work.stepOnce();
        }
        work.publish(true);
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
        work.publish(true);
    }
}
