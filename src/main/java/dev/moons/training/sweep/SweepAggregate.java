package dev.moons.training.sweep;

import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import dev.moons.training.Summary;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One method at one learning rate over the sweep's seeds: statistics of the final records of the completed
 * runs (finished or stalled) only. Diverged, cancelled and failed runs are counted, never averaged in.
 *
 * @param method     a swept fixed-step method ({@link Method#FIXED} by default) or the band's line search
 *                   ({@link Method#BACKTRACKING} by default)
 * @param lr         the learning rate, or NaN for the line-search band
 * @param runs       runs at this learning rate (one per seed)
 * @param completed  runs that finished or stalled, the ones the statistics are over
 * @param diverged   runs that diverged
 * @param statuses   how many runs ended in each status, zero counts left out
 * @param trainAcc   final training accuracy over the completed runs (NaN, count 0 when there are none)
 * @param testAcc    final test accuracy
 * @param trainLoss  final training loss
 * @param testLoss   final test loss
 * @param lossEvals  total loss evaluations per run
 */
public record SweepAggregate(Method method, double lr, int runs, int completed, int diverged,
        Map<RunStatus, Integer> statuses, Summary trainAcc, Summary testAcc, Summary trainLoss, Summary testLoss,
        Summary lossEvals) {

    /** The aggregate of {@code runs}, all of one method and learning rate. */
    public static SweepAggregate of(Method method, double lr, List<SweepRun> runs) {
        List<EpochRecord> completed = runs.stream().filter(SweepRun::isCompleted).map(SweepRun::last).toList();
        Map<RunStatus, Integer> statuses = new EnumMap<>(RunStatus.class);
        for (SweepRun r : runs) {
            statuses.merge(r.status(), 1, Integer::sum);
        }
        int diverged = statuses.getOrDefault(RunStatus.DIVERGED, 0);
        return new SweepAggregate(method, lr, runs.size(), completed.size(), diverged,
                Collections.unmodifiableMap(statuses), summary(completed, EpochRecord::trainAcc),
                summary(completed, EpochRecord::testAcc), summary(completed, EpochRecord::trainLoss),
                summary(completed, EpochRecord::testLoss), summary(completed, r -> r.lossEvals()));
    }

    /** Whether every run here that ended on its own diverged: no completed run and at least one divergence. */
    public boolean isDiverged() {
        return completed == 0 && diverged > 0;
    }

    private static Summary summary(List<EpochRecord> records, ToDoubleFunction<EpochRecord> field) {
        return records.isEmpty() ? Summary.none()
                : Summary.of(records.stream().mapToDouble(field).toArray());
    }
}
