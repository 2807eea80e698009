package dev.moons.training.sweep;

/** Hears about every ended run of a sweep; calls come from worker threads, one at a time. */
@FunctionalInterface
public interface SweepListener {
    /** {@code run} has ended; {@code progress} counts it. */
    void onRunEnded(SweepRun run, SweepProgress progress);
}
