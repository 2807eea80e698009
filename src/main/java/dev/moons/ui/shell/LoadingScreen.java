package dev.moons.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The window's first frame, shown while the dashboard is built (about a second of the FX thread: its controls,
 * their skins, styles and first layout): the app's background and one line. Plain text and no control, so that
 * this frame does not wait for the controls' stylesheet (modena.css, parsed when the first control is made).
 */
final class LoadingScreen {
    /** The line in the middle of the window. */
    static final String TEXT = "Starting Moons Lab…";

    private LoadingScreen() {}

    /** A new loading screen, to be the first scene's root. */
    static Parent create() {
        Text text = new Text(TEXT);
        text.setFont(Font.font(18));
        text.setFill(Color.web("#111827"));
        VBox root = new VBox(text);
        root.setId("startingPane");
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("dashboard");
        return root;
    }
}
