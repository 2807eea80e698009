package dev.moons.ui.shell;

import dev.moons.settings.WindowState;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

/**
 * Follows the main window so that its state can be saved: the bounds it had when last neither maximized nor
 * iconified, and whether it is maximized now.
 */
final class WindowMemory {
    private final Stage stage;
    private double x;
    private double y;
    private double width;
    private double height;

    /** Follows {@code stage}, placed at {@code placed}, from now on (FX thread). */
    WindowMemory(Stage stage, Rectangle2D placed) {
        this.stage = stage;
        x = placed.getMinX();
        y = placed.getMinY();
        width = placed.getWidth();
        height = placed.getHeight();
        record();
        // a maximize moves and resizes before the flag is set: look again once the change has settled
        InvalidationListener moved = obs -> Platform.runLater(this::record);
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
    }

    /** The window's state now: its un-maximized bounds and whether it is maximized. */
    WindowState state() {
        return new WindowState(x, y, width, height, stage.isMaximized());
    }

    private void record() {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()
                || !(stage.getWidth() > 0 && stage.getHeight() > 0)) {
            return;
        }
        x = stage.getX();
        y = stage.getY();
        width = stage.getWidth();
        height = stage.getHeight();
    }
}
