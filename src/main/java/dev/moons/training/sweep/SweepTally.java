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
    private final List<Method> swept;
    private final Method band;
    private final List<SweepRun> runs = new ArrayList<>();

    /** An empty tally of fixed against the backtracking band for the learning rates {@code lrs}. */
    public SweepTally(double[] lrs) {
        this(lrs, List.of(Method.FIXED), Method.BACKTRACKING);
    }

    /** An empty tally of fixed-step methods {@code swept} (lane order) against {@code band}'s runs at {@code lrs}. */
    public SweepTally(double[] lrs, List<Method> swept, Method band) {
        if (swept.isEmpty() || swept.stream().anyMatch(m -> !m.isFixedStep()) || band.isFixedStep()) {
            throw new IllegalArgumentException("a tally needs fixed-step swept methods and a line-search band, had "
                    + swept + " and " + band);
        }
        this.lrs = lrs.clone();
        this.swept = List.copyOf(swept);
        this.band = band;
    }

    /** Counts one ended run. */
    public synchronized void add(SweepRun run) {
        runs.add(run);
    }

    /** Runs counted so far. */
    public synchronized int size() {
        return runs.size();
    }

    /** The swept methods, lane order. */
    public List<Method> swept() {
        return swept;
    }

    /** The line-search method of the band. */
    public Method bandMethod() {
        return band;
    }

    /** One aggregate per learning rate over the first swept method's runs ended so far (none yet: empty ones). */
    public List<SweepAggregate> fixedAggregates() {
        return aggregates(swept.get(0));
    }

    /** One aggregate per learning rate over {@code method}'s runs ended so far (no runs yet: an empty aggregate). */
    public synchronized List<SweepAggregate> aggregates(Method method) {
        List<SweepAggregate> out = new ArrayList<>();
        for (double lr : lrs) {
            List<SweepRun> at = runs.stream().filter(r -> r.method() == method && Double.compare(r.lr(), lr) == 0)
                    .toList();
            out.add(SweepAggregate.of(method, lr, at));
        }
        return out;
    }

    /** The band over the line-search runs ended so far, or null before the first. */
    public synchronized SweepAggregate band() {
        List<SweepRun> bt = runs.stream().filter(r -> r.method() == band).toList();
        return bt.isEmpty() ? null : SweepAggregate.of(band, Double.NaN, bt);
    }

    /** The fixed aggregate at {@code lr}, or null when {@code lr} is not on the grid. */
    public SweepAggregate at(double lr) {
        return fixedAggregates().stream().filter(a -> Double.compare(a.lr(), lr) == 0).findFirst().orElse(null);
    }
}
