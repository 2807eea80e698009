package dev.moons.ui.sweep;

import dev.moons.training.Config;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The "Learning-rate sweep" window: one {@link SweepView} in its own stage, owned by the main window. */
public final class SweepWindow {
    private final SweepView view;
    private final Stage stage = new Stage();

    /**
     * A window sweeping with {@code settings}, styled like and owned by {@code owner}'s window when it has one;
     * its exports go to files {@code target} picks.
     */
    public SweepWindow(Supplier<Config> settings, Executor ui, Scene owner, SaveTarget target) {
        this.view = new SweepView(settings, ui, target);
        Scene scene = new Scene(view.root(), 1100, 680);
        if (owner != null) {
            scene.getStylesheets().addAll(owner.getStylesheets());
            stage.initOwner(owner.getWindow());
        }
        stage.setTitle("Learning-rate sweep — Moons Lab");
        stage.setScene(scene);
        stage.setOnHidden(e -> view.cancel());
    }

    /** Shows the window in front. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Cancels a sweep in progress (when the app closes). */
    public void cancel() {
        view.cancel();
    }
}
