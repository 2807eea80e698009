package dev.moons.ui.boundary;

import dev.moons.render.BoundaryView;
import dev.moons.app.TrainingService;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Your own points: while the "Edit points" toggle is on, clicks on a boundary pane add or remove training points
 * (a plain click with it off, e.g. to focus the window, changes nothing); Ctrl+Z undoes the last edit. The
 * edits run on the training thread ({@link TrainingService#addPoint} and friends); the new data come back as the
 * usual reset, a refusal as one line on {@code refused}.
 */
public final class PointEditing implements BoundaryView.PointClicks {
    private final TrainingService service;
    private final Consumer<String> refused;
    private final ToggleButton toggle = new ToggleButton("Edit points");

    /** Edits through {@code service}, off until the toggle is on; refusals go to {@code refused} (UI thread). */
    public PointEditing(TrainingService service, Consumer<String> refused) {
        this.service = service;
        this.refused = refused;
        toggle.setId("editPointsToggle");
        toggle.setMinWidth(ToggleButton.USE_PREF_SIZE);
        toggle.setTooltip(new Tooltip("When on, clicks on a map edit the training points ("
                + BoundaryView.EDIT_HINT + "); each edit restarts both runs."));
    }

    /** The "Edit points" toggle to show beside the maps. */
    public Node toggle() {
        return toggle;
    }

    /** Whether clicks on a map now edit the points. */
    public boolean isEditing() {
        return toggle.isSelected();
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
        if (!isEditing()) {
            return;
        }
        service.addPoint(x1, x2, label, refused);
    }

    @Override
    public void removeNearest(double x1, double x2, double radius) {
        if (!isEditing()) {
            return;
        }
        service.removeNearestPoint(x1, x2, radius, refused);
    }

    /** Undoes the last point edit, or says there is none. */
    void undo() {
        service.undoPointEdit(refused);
    }
}
