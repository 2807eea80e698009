package dev.moons.training.sweep;

import dev.moons.training.Config;
import dev.moons.training.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything a sweep produced: the settings, the learning rates, and one {@link SweepRun} per swept run (method
 * by method as in {@link Sweep#sweptOf}, learning rate by learning rate within each, seeds in order within each)
 * followed by one line-search run per seed.
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

    /** The methods swept over the learning rates, lane order. */
    public List<Method> swept() {
        return Sweep.sweptOf(config);
    }

    /** The line-search method of the band. */
    public Method band() {
        return Sweep.bandOf(config);
    }

    /** The runs of swept method {@code method} at {@code lrs[i]}, one per seed. */
    public List<SweepRun> runs(Method method, int i) {
        int k = config.seeds();
        int start = (swept().indexOf(method) * lrs.length + i) * k;
        if (start < 0) {
            throw new IllegalArgumentException(method.id() + " was not swept");
        }
        return runs.subList(start, start + k);
    }

    /** The first swept method's runs at {@code lrs[i]} (fixed's at the defaults), one per seed. */
    public List<SweepRun> fixedRuns(int i) {
        return runs(swept().get(0), i);
    }

    /** The line-search runs, one per seed. */
    public List<SweepRun> backtrackingRuns() {
        int k = config.seeds();
        int start = swept().size() * lrs.length * k;
        return runs.subList(start, start + k);
    }

    /** One aggregate of swept method {@code method} per learning rate, in the order of {@link #lrs()}. */
    public List<SweepAggregate> aggregates(Method method) {
        List<SweepAggregate> out = new ArrayList<>();
        for (int i = 0; i < lrs.length; i++) {
            out.add(SweepAggregate.of(method, lrs[i], runs(method, i)));
        }
        return out;
    }

    /** The first swept method's aggregates (fixed's at the defaults), in the order of {@link #lrs()}. */
    public List<SweepAggregate> fixedAggregates() {
        return aggregates(swept().get(0));
    }

    /** The band: the line search's statistics over the seeds (its lr is NaN). */
    public SweepAggregate backtrackingBand() {
        return SweepAggregate.of(band(), Double.NaN, backtrackingRuns());
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
