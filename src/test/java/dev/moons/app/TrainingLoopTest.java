package dev.moons.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Paced frames follow the UI: the next starts when the UI has taken the last snapshot, and not before. */
class TrainingLoopTest {

    /** Work of {@code epochs} epochs whose published snapshot stays unshown until {@link #take} (the UI). */
    private static final class PacedWork implements TrainingLoop.Work {
        final AtomicInteger steps = new AtomicInteger();
        final AtomicInteger looks = new AtomicInteger();
        final AtomicBoolean unshown = new AtomicBoolean();
        final CountDownLatch done = new CountDownLatch(1);
        final int epochs;
        volatile TrainingLoop loop;

        PacedWork(int epochs) {
            this.epochs = epochs;
        }

        @Override
        public boolean isLoaded() {
            return true;
        }

        @Override
        public boolean isDone() {
            return steps.get() >= epochs;
        }

        @Override
        public void stepOnce() {
            steps.incrementAndGet();
        }

        @Override
        public void publish(boolean force) {
            unshown.set(true);
            if (isDone()) {
                done.countDown();
            }
        }

        @Override
        public boolean hasUnshown() {
            looks.incrementAndGet();
            return unshown.get();
        }

        @Override
        public void failed(String message) {
            throw new AssertionError(message);
        }

        /** The UI takes the snapshot, as Mailbox.deliver does, and cues the loop. */
        void take() {
            if (unshown.getAndSet(false)) {
                loop.shown();
            }
        }
    }

    @Test
    void aPacedFrameWaitsForTheUiWithoutAskingAgainAndGoesOnWhenTheSnapshotIsTaken() throws Exception {
        // given a loop at pace 1 whose first frame has published a snapshot the UI has not taken
        PacedWork work = new PacedWork(1000);
        try (TrainingLoop loop = new TrainingLoop(work)) {
            work.loop = loop;
            loop.play().get(5, TimeUnit.SECONDS);
            assertEquals(1, work.steps.get());
            int looks = work.looks.get();
            // when the UI does not take it for 200 ms
            Thread.sleep(200);
            // then no epoch was trained and the training thread did not wake to look again (it polled every 2 ms)
            assertEquals(1, work.steps.get());
            assertEquals(looks, work.looks.get());
            // and when the UI takes it, the next frame trains one more epoch and publishes again
            work.take();
            awaitSteps(work, 2);
            awaitUnshown(work);
            assertEquals(2, work.steps.get());
        }
    }

    @Test
    void aUiThreadTakingSnapshotsAtAnyMomentNeverLeavesTheLoopWaiting() throws Exception {
        // given a UI thread that takes every snapshot as soon as it sees one, racing the loop's look and its mark
        PacedWork work = new PacedWork(120);
        try (TrainingLoop loop = new TrainingLoop(work)) {
            work.loop = loop;
            AtomicBoolean stop = new AtomicBoolean();
            Thread ui = new Thread(() -> {
                while (!stop.get()) {
                    work.take();
                    Thread.onSpinWait();
                }
            }, "test-ui");
            ui.start();
            try {
                // when training plays to the end (120 frames of ≥ 16 ms: about 2 s)
                loop.play();
                // then every frame found its cue: the last epoch was published
                assertTrue(work.done.await(30, TimeUnit.SECONDS), "stuck after " + work.steps.get() + " epochs");
                assertEquals(120, work.steps.get());
            } finally {
                stop.set(true);
                ui.join();
            }
        }
    }

    @Test
    void aPauseWhileWaitingEndsTheRunOfFramesAndPlayStartsOneChainOnly() throws Exception {
        // given a loop waiting for the UI after its first frame
        PacedWork work = new PacedWork(1000);
        try (TrainingLoop loop = new TrainingLoop(work)) {
            work.loop = loop;
            loop.play().get(5, TimeUnit.SECONDS);
            // when it is paused and played again before the UI takes the snapshot, then the UI takes it
            loop.pause();
            loop.play().get(5, TimeUnit.SECONDS);
            work.take();
            awaitSteps(work, 2);
            awaitUnshown(work);
            Thread.sleep(100);
            // then one frame followed, not one per play(): the loop waits for the UI again
            assertEquals(2, work.steps.get());
        }
    }

    private static void awaitSteps(PacedWork work, int n) throws InterruptedException {
        for (int i = 0; i < 500 && work.steps.get() < n; i++) {
            Thread.sleep(10);
        }
        assertTrue(work.steps.get() >= n, "steps " + work.steps.get() + " < " + n);
    }

    private static void awaitUnshown(PacedWork work) throws InterruptedException {
        for (int i = 0; i < 500 && !work.unshown.get(); i++) {
            Thread.sleep(10);
        }
        assertTrue(work.unshown.get());
    }
}
