package dev.moons.training;

import dev.moons.metrics.ClassificationReport;

/**
 * The end of one method's run for one seed.
 *
 * @param seed        the seed every stream was derived from
 * @param last        the final epoch record
 * @param status      how the run ended
 * @param divergedAt  the epoch of divergence, or -1
 * @param testMetrics precision, recall, F1 and confusion matrix on the test set at the end
 */
public record SeedResult(long seed, EpochRecord last, RunStatus status, int divergedAt,
        ClassificationReport testMetrics) {

    /** The result of a run that has ended. */
    public static SeedResult of(long seed, TrainingRun run) {
        return new SeedResult(seed, run.last(), run.status(), run.divergedAt(), run.testReport());
    }
}
