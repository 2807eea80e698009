package dev.moons.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The live line-search picture rate, on a clock the test moves. */
class LineSearchThrottleTest {
    private long now = 1_000_000_000L;
    private final LineSearchThrottle throttle = new LineSearchThrottle(() -> now);

    @Test
    void pausedEveryNewEpochGetsItsPictureAndNoEpochTwice() {
        assertTrue(throttle.due(1, false));
        assertFalse(throttle.due(1, false));
        assertTrue(throttle.due(2, false));
    }

    @Test
    void playingWaitsForBothTheTimeAndTheFrames() {
        assertTrue(throttle.due(1, true));
        // enough frames but too soon
        for (int f = 0; f < LineSearchThrottle.PICTURE_FRAMES; f++) {
            assertFalse(throttle.due(2 + f, true));
        }
        // late enough, and enough frames since the last picture
        now += LineSearchThrottle.PICTURE_NANOS;
        assertTrue(throttle.due(20, true));
        // late enough but too few frames
        now += 10 * LineSearchThrottle.PICTURE_NANOS;
        assertFalse(throttle.due(21, true));
    }

    @Test
    void aRestartForgetsTheEpochAndFramesDrawnAndAShownEpochIsNotDrawnAgain() {
        assertTrue(throttle.due(5, true));
        // a new comparison back at the same epoch: due as soon as the time has passed, with no frames in between
        throttle.restart();
        now += LineSearchThrottle.PICTURE_NANOS;
        assertTrue(throttle.due(5, true));
        throttle.restart();
        throttle.shown(0);
        assertFalse(throttle.due(0, false));
    }
}
