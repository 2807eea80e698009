package dev.moons.app;

import dev.moons.data.Seeds;
import dev.moons.training.Config;
import dev.moons.training.SettingsChange;
import java.util.List;

/**
 * The latest state of both runs and the settings in effect; the UI shows only the newest one it receives.
 * {@code settingsChanges} is the comparison's log of mid-run optimizer changes, oldest first.
 */
public record Snapshot(long generation, Config config, Seeds seeds, RunSnapshot left, RunSnapshot right,
        List<SettingsChange> settingsChanges) {
    /** A snapshot with no settings changes. */
    public Snapshot(long generation, Config config, Seeds seeds, RunSnapshot left, RunSnapshot right) {
        this(generation, config, seeds, left, right, List.of());
    }
}
