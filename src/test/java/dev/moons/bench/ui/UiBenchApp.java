package dev.moons.bench.ui;

import dev.moons.settings.AppSettings;
import dev.moons.ui.shell.Dashboard;
import dev.moons.ui.shell.MoonsApp;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The app with the UI frame benchmark attached ({@link UiBench}); {@code main} is the benchmark's entry point
 * (bench/ui-bench.sh, AppLifecycleTest). It needs {@code -Dmoons.bench.ui=PATH}.
 */
public final class UiBenchApp extends MoonsApp {
    private final UiBench bench = UiBench.fromSystemProperties()
            .orElseThrow(() -> new IllegalStateException("set -D" + UiBench.PROPERTY + "=PATH"));

    @Override
    protected Optional<AppSettings> fixedSettings() {
        return Optional.of(bench.settings());
    }

    @Override
    protected void shown(Stage stage, Dashboard dashboard) {
        bench.shown(stage, dashboard);
    }

    /** Launches the benchmark app (this class is not the JavaFX main class: see MODULE-INFO-NOTES.md). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(UiBenchApp.class, args);
        }
    }
}
