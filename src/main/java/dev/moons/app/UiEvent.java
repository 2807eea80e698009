package dev.moons.app;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.training.BoundaryGrid;
import dev.moons.training.Config;
import dev.moons.training.EpochRecord;
import dev.moons.training.LayerStats;
import dev.moons.training.LineSearchPicture;
import dev.moons.training.Method;

/** Something the training thread tells the UI, delivered in order; each carries the generation it belongs to. */
public sealed interface UiEvent {
    /** The comparison this event belongs to: every restart starts a new generation. */
    long generation();

    /**
     * A new comparison at epoch 0: clear the charts and show this data. {@code all} is every point (train and
     * test, in file order); {@code dataFile} names the CSV file the points came from, or is null for generated
     * moons.
     */
    record Reset(long generation, Config config, Seeds seeds, BoundaryGrid grid, Dataset train, Dataset test,
            String reason, Dataset all, String dataFile) implements UiEvent {
        /** A reset on generated moons whose points are not kept whole. */
        public Reset(long generation, Config config, Seeds seeds, BoundaryGrid grid, Dataset train, Dataset test,
                String reason) {
            this(generation, config, seeds, grid, train, test, reason, null, null);
        }
    }

    /** One epoch of one method. */
    record Epoch(long generation, Method method, EpochRecord record) implements UiEvent {
    }

    /** One epoch's per-layer gradient norms and update ratios of one method (follows its {@link Epoch}). */
    record Layers(long generation, Method method, LayerStats stats) implements UiEvent {
    }

    /**
     * The optimizers were swapped after {@code epoch}: from the settings {@code before} to {@code after} (only the
     * learning rate and line-search settings differ).
     */
    record OptimizerChanged(long generation, int epoch, Config before, Config after) implements UiEvent {
    }

    /** The backtracking run's latest step, drawn as a line search (a few times per second at most). */
    record LineSearch(long generation, LineSearchPicture picture) implements UiEvent {
    }

    /** Training stopped because of an unexpected error; {@code message} is a one-line reason. */
    record Failure(long generation, String message) implements UiEvent {
    }
}
