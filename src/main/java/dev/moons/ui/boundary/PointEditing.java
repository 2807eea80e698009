package dev.moons.ui.boundary;

import dev.moons.render.BoundaryView;
import dev.moons.app.TrainingService;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Your own points: clicks on a boundary pane add or remove training points and Ctrl+Z undoes the last edit. The
 * edits run on the training thread ({@link TrainingService#addPoint} and friends); the new data come back as the
 * usual reset, a refusal as one line on {@code refused}.
 */
public final class PointEditing implements BoundaryView.PointClicks {
    private final TrainingService service;
    private final Consumer<String> refused;

    /** Edits through {@code service}; refusals are shown by {@code refused} (on the UI thread). */
    public PointEditing(TrainingService service, Consumer<String> refused) {
        this.service = service;
        this.refused = refused;
    }

    /** Lets clicks on {@code view} edit the points. */
    public void attach(BoundaryView view) {
        view.setPointClicks(this);
    }

    /** Installs Ctrl+Z (Cmd+Z on macOS) as "undo the last point edit" on {@code scene}. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.Z && e.isShortcutDown() && !e.isShiftDown()
                    && !(scene.getFocusOwner() instanceof TextInputControl)) {
                undo();
                e.consume();
            }
        });
    }

    @Override
    public void add(double x1, double x2, int label) {
        service.addPoint(x1, x2, label, refused);
    }

    @Override
    public void removeNearest(double x1, double x2, double radius) {
        service.removeNearestPoint(x1, x2, radius, refused);
    }

    /** Undoes the last point edit, or says there is none. */
    void undo() {
        service.undoPointEdit(refused);
    }
}
