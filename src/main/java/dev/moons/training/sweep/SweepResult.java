package dev.moons.training.sweep;

import dev.moons.training.Config;
import dev.moons.training.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything a sweep produced: the settings, the learning rates, and one {@link SweepRun} per fixed run
 * (learning rate by learning rate, seeds in order within each) followed by one backtracking run per seed.
 *
 * @param config    the settings; {@code config.lr()} is unused, {@code seed} and {@code seeds} give the seeds
 * @param lrs       the fixed learning rates, in the order given
 * @param runs      every run's end, in the order above
 * @param cancelled whether the sweep was cancelled (some runs then end as cancelled)
 * @param wallMs    wall time of the whole sweep in milliseconds
 */
public record SweepResult(Config config, double[] lrs, List<SweepRun> runs, boolean cancelled, double wallMs) {

    /** Keeps defensive copies. */
    public SweepResult {
        lrs = lrs.clone();
        runs = List.copyOf(runs);
    }

    @Override
    public double[] lrs() {
        return lrs.clone();
    }

    /** The fixed runs at {@code lrs[i]}, one per seed. */
    public List<SweepRun> fixedRuns(int i) {
        int k = config.seeds();
        return runs.subList(i * k, (i + 1) * k);
    }

    /** The backtracking runs, one per seed. */
    public List<SweepRun> backtrackingRuns() {
        int k = config.seeds();
        return runs.subList(lrs.length * k, (lrs.length + 1) * k);
    }

    /** One aggregate per learning rate, in the order of {@link #lrs()}. */
    public List<SweepAggregate> fixedAggregates() {
        List<SweepAggregate> out = new ArrayList<>();
        for (int i = 0; i < lrs.length; i++) {
            out.add(SweepAggregate.of(Method.FIXED, lrs[i], fixedRuns(i)));
        }
        return out;
    }

    /** The backtracking band: backtracking's statistics over the seeds (its lr is NaN). */
    public SweepAggregate backtrackingBand() {
        return SweepAggregate.of(Method.BACKTRACKING, Double.NaN, backtrackingRuns());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepResult r && config.equals(r.config) && Arrays.equals(lrs, r.lrs)
                && runs.equals(r.runs) && cancelled == r.cancelled && Double.compare(wallMs, r.wallMs) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * config.hashCode() + Arrays.hashCode(lrs)) + runs.hashCode();
    }

    @Override
    public String toString() {
        return "SweepResult[" + lrs.length + " learning rates, " + runs.size() + " runs, cancelled " + cancelled + "]";
    }
}
