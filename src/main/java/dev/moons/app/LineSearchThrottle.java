package dev.moons.app;

import java.util.function.LongSupplier;

/**
 * When the live line-search picture is redrawn: only for a new epoch of the backtracking run, and while training
 * plays at most every {@link #PICTURE_NANOS} and every {@link #PICTURE_FRAMES} published frames. Paused, every new
 * epoch gets its picture. Confined to the training thread.
 */
final class LineSearchThrottle {
    /** Shortest time between two live line-search pictures while training plays (at most 4 per second). */
    static final long PICTURE_NANOS = 250_000_000L;
    /**
     * Fewest published frames between two live line-search pictures while training plays: a picture costs ~200
     * loss evaluations (tens of ms), so when frames come slowly (a loaded CPU) it stays a small share of the work.
     */
    static final int PICTURE_FRAMES = 8;

    private final LongSupplier clock;
    private int pictureEpoch = -1;
    private long pictureNanos;
    private int framesSincePicture = PICTURE_FRAMES;

    /** A throttle reading time from {@code clock} in nanoseconds ({@code System::nanoTime} in the app). */
    LineSearchThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    /** Starts afresh for a new comparison: its first frame gets a picture. */
    void restart() {
        pictureEpoch = -1;
        framesSincePicture = PICTURE_FRAMES;
    }

    /** Records that the picture of {@code epoch} is shown already (e.g. drawn from a restored session). */
    void shown(int epoch) {
        pictureEpoch = epoch;
    }

    /**
     * Called once per published frame with the backtracking run's {@code epoch}: whether to draw its picture now;
     * a yes counts as drawn.
     */
    boolean due(int epoch, boolean playing) {
        long now = clock.getAsLong();
        framesSincePicture++;
        if (epoch == pictureEpoch
                || (playing && (now - pictureNanos < PICTURE_NANOS || framesSincePicture < PICTURE_FRAMES))) {
            return false;
        }
        framesSincePicture = 0;
        pictureEpoch = epoch;
        pictureNanos = now;
        return true;
    }
}
