package dev.moons.app;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training thread: one daemon thread that runs every command in order, and while playing trains frame by frame
 * at the chosen {@link Pace}. A paced frame starts when the UI has taken the previous snapshot ({@link #shown}),
 * no sooner than {@link #FRAME_NANOS} after the frame before it began: frames follow the UI's pulses, so the
 * training runs just after a pulse began and is done long before the next is due, instead of at a phase of its own
 * that drifts through the UI's frame (and waking every few ms to ask). At pace "max" the thread trains in slices
 * of {@link #MAX_SLICE_NANOS} and lets commands in between. A command that
 * throws stops playing and is reported through {@link Work#failed}. Commands may be called from any thread.
 */
final class TrainingLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingLoop.class);
    /** Target time between animated frames. */
    static final long FRAME_NANOS = 16_000_000L;
    /** Longest stretch of training at pace "max" before the worker lets commands in and publishes. */
    static final long MAX_SLICE_NANOS = 30_000_000L;

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
    /** The chain whose paced frame waits for the UI to take the last snapshot, or -1; {@link #shown} resumes it. */
    private final AtomicInteger waitingChain = new AtomicInteger(-1);
    // confined to the worker thread
    private boolean loopActive;
    /** Which run of frames is current: play() starts a new one, and a frame of an older one does nothing. */
    private int chain;
    private long frameStart = Long.MIN_VALUE;

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
                chain = (chain + 1) & Integer.MAX_VALUE;
                frame(chain);
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

    /**
     * The UI has taken the last snapshot (any thread): a paced frame waiting for it starts, once
     * {@link #FRAME_NANOS} have passed since the frame before it began.
     */
    void shown() {
        int waiting = waitingChain.getAndSet(-1);
        if (waiting >= 0) {
            try {
                worker.execute(() -> guarded("training", () -> spacedFrame(waiting)));
            } catch (RuntimeException closed) {
                LOG.debug("snapshot shown after close", closed);
            }
        }
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

    private void frame(int of) {
        if (of != chain) {
            return; // a frame of a run of frames that ended (a failure) before play() started another
        }
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
            schedule(of, 0);
            return;
        }
        if (work.hasUnshown()) {
            waitForUi(of);
            return;
        }
        frameStart = start;
        for (int i = 0; i < current.epochsPerFrame() && !work.isDone(); i++) {
            work.stepOnce();
        }
        work.publish(true);
        waitForUi(of);
    }

    // the next frame once the UI has taken the snapshot: the mark is set before the look, so a shown() between
    // the look and the mark cannot be lost; whoever clears it (shown() or this) schedules the frame
    private void waitForUi(int of) {
        waitingChain.set(of);
        if (!work.hasUnshown() && waitingChain.compareAndSet(of, -1)) {
            spacedFrame(of);
        }
    }

    // a frame of chain {@code of}, no sooner than FRAME_NANOS after the one before began
    private void spacedFrame(int of) {
        long wait = frameStart == Long.MIN_VALUE ? 0 : FRAME_NANOS - (System.nanoTime() - frameStart);
        schedule(of, Math.max(0, wait));
    }

    private void schedule(int of, long delayNanos) {
        if (worker.isShutdown()) {
            loopActive = false;
            return;
        }
        worker.schedule(() -> guarded("training", () -> frame(of)), delayNanos, TimeUnit.NANOSECONDS);
    }

    private void finish() {
        playing = false;
        loopActive = false;
        work.publish(true);
    }
}
