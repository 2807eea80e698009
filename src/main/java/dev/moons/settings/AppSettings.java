package dev.moons.settings;

import dev.moons.data.Seeds;
import dev.moons.training.Config;
import java.util.Objects;
import java.util.Optional;

/**
 * What the app remembers between sessions.
 *
 * @param config every hyper-parameter (validated by {@link Config})
 * @param seeds  the four random streams' seeds (data, split, init, batch)
 * @param pace   epochs per animation frame: "1", "2", "5", "10", "50" or "max"
 * @param window where the main window was, if known
 */
public record AppSettings(Config config, Seeds seeds, String pace, Optional<WindowState> window) {
    /** Pace names the app offers. */
    public static final java.util.List<String> PACES = java.util.List.of("1", "2", "5", "10", "50", "max");

    /** Checks the pace name. */
    public AppSettings {
        Objects.requireNonNull(config);
        Objects.requireNonNull(seeds);
        Objects.requireNonNull(window);
        if (!PACES.contains(pace)) {
            throw new IllegalArgumentException("pace must be one of " + PACES + ", was " + pace);
        }
    }

    /** Settings with no window remembered. */
    public AppSettings(Config config, Seeds seeds, String pace) {
        this(config, seeds, pace, Optional.empty());
    }

    /** These settings with the window at {@code state}. */
    public AppSettings withWindow(WindowState state) {
        return new AppSettings(config, seeds, pace, Optional.of(state));
    }

    /** The defaults: {@link Config#defaults()}, all seeds 42, pace 1. */
    public static AppSettings defaults() {
        return new AppSettings(Config.defaults(), Seeds.of(Config.DEFAULT_SEED), "1");
    }
}
