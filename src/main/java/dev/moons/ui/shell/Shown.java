package dev.moons.ui.shell;

import dev.moons.app.Snapshot;
import dev.moons.app.UiEvent;
import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.training.Config;

/**
 * What the window shows now: the comparison's generation, its settings and seeds, its points and the newest
 * snapshot. Written by {@link UpdateRouter} only, read by the other parts of the window; FX thread only.
 */
final class Shown {
    private long generation = -1;
    private Config config;
    private Seeds seeds;
    private Dataset trainData;
    private Dataset allData;
    private Snapshot lastSnapshot;

    /** Nothing shown yet, the settings {@code config} and {@code seeds} chosen. */
    Shown(Config config, Seeds seeds) {
        this.config = config;
        this.seeds = seeds;
    }

    /** A new comparison at epoch 0: its settings and points, no snapshot yet. */
    void reset(UiEvent.Reset r) {
        generation = r.generation();
        config = r.config();
        seeds = r.seeds();
        trainData = r.train();
        allData = r.all();
        lastSnapshot = null;
    }

    /** The newest snapshot of the comparison shown, with the settings it trains with. */
    void snapshot(Snapshot s) {
        lastSnapshot = s;
        config = s.config();
        seeds = s.seeds();
    }

    /** Whether a first comparison has been shown. */
    boolean isReady() {
        return generation >= 0;
    }

    /** The comparison shown, or -1 before the first. */
    long generation() {
        return generation;
    }

    Config config() {
        return config;
    }

    Seeds seeds() {
        return seeds;
    }

    /** The training points shown, or null before the first comparison. */
    Dataset trainData() {
        return trainData;
    }

    /** Every point trained on and tested (generated or loaded), or null. */
    Dataset allData() {
        return allData;
    }

    /** The newest snapshot shown, or null before the first. */
    Snapshot lastSnapshot() {
        return lastSnapshot;
    }

    /** The later epoch of the two runs in the newest snapshot, 0 before the first. */
    int epoch() {
        return lastSnapshot == null ? 0
                : Math.max(lastSnapshot.left().last().epoch(), lastSnapshot.right().last().epoch());
    }
}
