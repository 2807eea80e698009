package dev.moons.app;

import dev.moons.data.Seeds;
import dev.moons.training.Config;

/** The latest state of both runs and the settings in effect; the UI shows only the newest one it receives. */
public record Snapshot(long generation, Config config, Seeds seeds, RunSnapshot fixed, RunSnapshot backtracking) {
}
