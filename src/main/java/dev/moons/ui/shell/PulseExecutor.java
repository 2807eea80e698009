package dev.moons.ui.shell;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs tasks posted from any thread on the FX thread at the start of the scene's next pulse, before its CSS and
 * layout pass, in the order posted. A {@code Platform.runLater} runs between pulses instead, whenever the training
 * thread's clock posts it, and a pulse due meanwhile starts that much later (ui-bench: 3–7 ms late, ~3 times a
 * second). Posting requests a pulse, so tasks also run while nothing animates. A task that throws goes to the FX
 * thread's uncaught-exception handler, as with runLater, and the tasks after it still run.
 */
final class PulseExecutor implements Executor {
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean pulseRequested = new AtomicBoolean();
    private final Runnable requestPulse;

    /** Runs its tasks in {@code scene}'s pulses (create on the FX thread). */
    PulseExecutor(Scene scene) {
        this(scene, Platform::requestNextPulse);
    }

    /** As {@link #PulseExecutor(Scene)}, asking for a pulse with {@code requestPulse} (any thread). */
    PulseExecutor(Scene scene, Runnable requestPulse) {
        this.requestPulse = Objects.requireNonNull(requestPulse);
        scene.addPreLayoutPulseListener(this::runQueued);
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(Objects.requireNonNull(task));
        if (pulseRequested.compareAndSet(false, true)) {
            requestPulse.run();
        }
    }

    // FX thread, at the start of the scene's pulse: every task queued so far and those they post
    private void runQueued() {
        pulseRequested.set(false);
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                Thread current = Thread.currentThread();
                current.getUncaughtExceptionHandler().uncaughtException(current, e);
            }
        }
    }
}
