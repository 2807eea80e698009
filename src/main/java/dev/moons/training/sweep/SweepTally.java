package dev.moons.training.sweep;

import dev.moons.training.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of a sweep that have ended so far, aggregated per learning rate as they arrive, so a view can show
 * partial results. Thread-safe: runs are added from sweep workers, read from anywhere.
 */
public final class SweepTally {
    private final double[] lrs;
    private final List<SweepRun> runs = new ArrayList<>();

    /** An empty tally for the fixed learning rates {@code lrs}. */
    public SweepTally(double[] lrs) {
        this.lrs = lrs.clone();
    }

    /** Counts one ended run. */
    public synchronized void add(SweepRun run) {
        runs.add(run);
    }

    /** Runs counted so far. */
    public synchronized int size() {
        return runs.size();
    }

    /** One aggregate per learning rate over the fixed runs ended so far (no runs yet: an empty aggregate). */
    public synchronized List<SweepAggregate> fixedAggregates() {
        List<SweepAggregate> out = new ArrayList<>();
        for (double lr : lrs) {
            List<SweepRun> at = runs.stream().filter(r -> r.isFixed() && Double.compare(r.lr(), lr) == 0).toList();
            out.add(SweepAggregate.of(Method.FIXED, lr, at));
        }
        return out;
    }

    /** The backtracking band over the backtracking runs ended so far, or null before the first. */
    public synchronized SweepAggregate band() {
        List<SweepRun> bt = runs.stream().filter(r -> !r.isFixed()).toList();
        return bt.isEmpty() ? null : SweepAggregate.of(Method.BACKTRACKING, Double.NaN, bt);
    }

    /** The fixed aggregate at {@code lr}, or null when {@code lr} is not on the grid. */
    public SweepAggregate at(double lr) {
        return fixedAggregates().stream().filter(a -> Double.compare(a.lr(), lr) == 0).findFirst().orElse(null);
    }
}
