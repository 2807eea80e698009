package dev.moons.app;

import dev.moons.training.LineSearchPicture;
import dev.moons.training.LineSearchReplay;
import dev.moons.training.TrainingRun;

/**
 * The live line-search picture: when one is due ({@link LineSearchThrottle}) and its making, which while training
 * plays is spread over frames ({@link #POINTS_PER_FRAME} α's each) instead of ~15 ms in one. Confined to the
 * training thread.
 */
final class LivePictures {
    /**
     * Line-search α's evaluated per published frame while training plays: a picture's 200 then take 8 frames
     * (a throttled picture is due every 8 frames at most), ~2 ms a frame instead of ~15 ms in one.
     */
    static final int POINTS_PER_FRAME = 25;

    private final LineSearchThrottle throttle = new LineSearchThrottle(System::nanoTime);
    /** The picture being evaluated, or null. */
    private LineSearchReplay.Job making;

    /** A new comparison: its first frame gets a picture, and one in the making is dropped. */
    void restart() {
        throttle.restart();
        making = null;
    }

    /** The picture of {@code epoch} is shown already (drawn from a restored session). */
    void shown(int epoch) {
        throttle.shown(epoch);
    }

    /**
     * Once per published frame with the line-search run ({@code search}, null if none) and the fixed run's
     * {@code lr}: the picture completed in this frame, or null. {@code throttled}: training plays (pictures spaced,
     * a full-batch one made in parts); otherwise a picture due or in the making is completed at once.
     */
    LineSearchPicture next(TrainingRun search, double lr, boolean throttled) {
        if (making == null && search != null && throttle.due(search.epoch(), throttled)) {
            making = LineSearchReplay.lastStepJob(search, lr);
        }
        if (making == null
                || !making.advance(throttled && making.spread() ? POINTS_PER_FRAME : LineSearchReplay.POINTS)) {
            return null;
        }
        LineSearchPicture picture = making.picture();
        making = null;
        return picture;
    }
}
