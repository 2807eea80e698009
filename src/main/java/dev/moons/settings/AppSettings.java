package dev.moons.settings;

import dev.moons.data.Seeds;
import dev.moons.training.Config;
import java.util.Objects;

/**
 * What the app remembers between sessions.
 *
 * @param config every hyper-parameter (validated by {@link Config})
 * @param seeds  the four random streams' seeds (data, split, init, batch)
 * @param pace   epochs per animation frame: "1", "2", "5", "10", "50" or "max"
 */
public record AppSettings(Config config, Seeds seeds, String pace) {
    /** Pace names the app offers. */
    public static final java.util.List<String> PACES = java.util.List.of("1", "2", "5", "10", "50", "max");

    /** Checks the pace name. */
    public AppSettings {
        Objects.requireNonNull(config);
        Objects.requireNonNull(seeds);
        if (!PACES.contains(pace)) {
            throw new IllegalArgumentException("pace must be one of " + PACES + ", was " + pace);
        }
    }

    /** The defaults: {@link Config#defaults()}, all seeds 42, pace 1. */
    public static AppSettings defaults() {
        return new AppSettings(Config.defaults(), Seeds.of(Config.DEFAULT_SEED), "1");
    }
}
