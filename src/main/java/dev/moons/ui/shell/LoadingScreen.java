package dev.moons.ui.shell;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.RotateTransition;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The window's first frame, shown while the dashboard is built (about a second of the FX thread: its controls,
 * their skins, styles and first layout): the app's background, a turning arc and one line. Shapes and text, no
 * control, so that this frame does not wait for the controls' stylesheet (modena.css, parsed when the first
 * control is made); the arc keeps pulses coming until {@link #stop}, so frames are painted while it shows.
 */
final class LoadingScreen {
    /** The line under the arc. */
    static final String TEXT = "Starting Moons Lab…";

    private final VBox root;
    private final RotateTransition turning;

    /** A new loading screen, turning. */
    LoadingScreen() {
        Arc arc = new Arc(0, 0, 20, 20, 90, 270);
        arc.setFill(null);
        arc.setStroke(Color.web("#0072B2"));
        arc.setStrokeWidth(4);
        arc.setStrokeLineCap(StrokeLineCap.ROUND);
        turning = new RotateTransition(Duration.seconds(1), arc);
        turning.setByAngle(360);
        turning.setInterpolator(Interpolator.LINEAR);
        turning.setCycleCount(Animation.INDEFINITE);
        turning.play();
        Text text = new Text(TEXT);
        text.setFont(Font.font(18));
        text.setFill(Color.web("#111827"));
        root = new VBox(14, arc, text);
        root.setId("startingPane");
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("dashboard");
    }

    /** The screen's root, for the first scene. */
    Parent root() {
        return root;
    }

    /** Stops the arc (the screen is replaced). */
    void stop() {
        turning.stop();
    }
}
