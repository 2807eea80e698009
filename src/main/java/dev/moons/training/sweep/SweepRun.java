package dev.moons.training.sweep;

import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import dev.moons.training.TrainingRun;

/**
 * The end of one run of a sweep: one method, one learning rate (fixed only) and one seed.
 *
 * @param method     a fixed-step method (swept over lr) or the line search of the band
 * @param lr         the learning rate, or NaN for the line search
 * @param seed       the seed of every random stream of this run
 * @param last       the final epoch record (epoch 0 for a run cancelled before its first step)
 * @param status     how the run ended: finished, diverged, stalled, cancelled or failed
 * @param divergedAt the epoch of divergence, or -1
 */
public record SweepRun(Method method, double lr, long seed, EpochRecord last, RunStatus status, int divergedAt) {

    /** The result of an ended {@code run} of learning rate {@code lr} (NaN for the line search) and seed. */
    public static SweepRun of(double lr, long seed, TrainingRun run) {
        return new SweepRun(run.method(), lr, seed, run.last(), run.status(), run.divergedAt());
    }

    /** Whether this run is a fixed-step method's at a learning rate (else the band's line search). */
    public boolean isFixed() {
        return method.isFixedStep();
    }

    /** Whether the run ended on its own with finite numbers (finished or stalled), so it is averaged. */
    public boolean isCompleted() {
        return status == RunStatus.FINISHED || status == RunStatus.STALLED;
    }
}
