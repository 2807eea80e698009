package dev.moons.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The window's single-key shortcuts: Space train/pause, S step, R reset; never while typing in a field. */
final class Shortcuts {
    private Shortcuts() {}

    /** Installs the shortcuts on {@code scene}, calling {@code actions}. */
    static void install(Scene scene, Toolbar.Actions actions) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                actions.togglePlay().run();
                e.consume();
            } else if (e.getCode() == KeyCode.S) {
                actions.step().run();
                e.consume();
            } else if (e.getCode() == KeyCode.R) {
                actions.reset().run();
                e.consume();
            }
        });
    }
}
