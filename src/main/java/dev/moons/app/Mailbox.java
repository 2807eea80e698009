package dev.moons.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The hand-off from the training thread to the UI: a queue of events and a one-slot snapshot, coalesced as
 * {@code javafx.concurrent.Task#updateValue} does. A UI delivery is scheduled on {@code ui} only when the slot was
 * empty, and one delivery drains every event queued so far with the newest snapshot, so the UI sees every event
 * and runs at most one update however fast snapshots come. Any thread may post; delivery runs on {@code ui}.
 */
final class Mailbox {
    private final Executor ui;
    private final ConcurrentLinkedQueue<UiEvent> events = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Snapshot> slot = new AtomicReference<>();
    private final AtomicReference<Consumer<Update>> sink = new AtomicReference<>();
    private volatile Runnable taken = () -> { };

    /** A mailbox delivering on {@code ui} (Platform::runLater in the app, a same-thread executor in tests). */
    Mailbox(Executor ui) {
        this.ui = Objects.requireNonNull(ui);
    }

    /**
     * Sends every later delivery to {@code listener}, and schedules one for what waits already; one listener per
     * mailbox. Until there is one, events and the newest snapshot stay queued.
     */
    void listen(Consumer<Update> listener) {
        if (!sink.compareAndSet(null, Objects.requireNonNull(listener))) {
            throw new IllegalStateException("this service already has a listener");
        }
        if (slot.get() != null || !events.isEmpty()) {
            ui.execute(this::deliver);
        }
    }

    /**
     * Runs {@code whenTaken} on the UI executor each time a delivery takes a snapshot from the slot, before the
     * listener gets it (the training loop's cue for its next paced frame).
     */
    void onTaken(Runnable whenTaken) {
        this.taken = Objects.requireNonNull(whenTaken);
    }

    /** Queues {@code event} for the next delivery. */
    void post(UiEvent event) {
        events.add(event);
    }

    /** Whether a snapshot is waiting that the UI has not taken yet (the training thread's back-pressure). */
    boolean hasUnshown() {
        return slot.get() != null;
    }

    /** Makes {@code snapshot} the newest; schedules a delivery only when none was waiting. */
    void offer(Snapshot snapshot) {
        if (slot.getAndSet(Objects.requireNonNull(snapshot)) == null) {
            ui.execute(this::deliver);
        }
    }

    /** Schedules a delivery of the queued events without a new snapshot (e.g. a failure before the first one). */
    void flush() {
        ui.execute(this::deliver);
    }

    /** Runs {@code reply} on the UI executor, outside the update stream (an answer to one caller). */
    void reply(Runnable reply) {
        ui.execute(reply);
    }

    // on the UI executor: one update with every queued event and the newest snapshot
    private void deliver() {
        Consumer<Update> to = sink.get();
        if (to == null) {
            return;
        }
        Snapshot latest = slot.getAndSet(null);
        if (latest != null) {
            taken.run();
        }
        List<UiEvent> batch = new ArrayList<>();
        for (UiEvent e = events.poll(); e != null; e = events.poll()) {
            batch.add(e);
        }
        if (latest == null && batch.isEmpty()) {
            return;
        }
        to.accept(new Update(batch, latest));
    }
}
