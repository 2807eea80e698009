package dev.moons.ui.shell;

import dev.moons.render.BoundaryView;
import java.util.function.BooleanSupplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

/**
 * Where the window's messages go: the status bar (an info line, or an error in red), and before the first
 * comparison the loading pane over the centre, which also shows an error that comes before it.
 */
final class StatusLine {
    private final StatusBar statusBar = new StatusBar();
    private final Label loadingText = new Label("Loading ND4J and drawing the moons…");
    private final VBox loading;
    private final BooleanSupplier ready;
    private String pendingNotice;

    /** Messages for a window that is {@code ready} once its first comparison is shown. */
    StatusLine(BooleanSupplier ready) {
        this.ready = ready;
        statusBar.setId("statusBar");
        statusBar.setText("Loading ND4J…");
        Label keys = new Label("Space train/pause · S step · R reset · \"Edit points\" on: click a map to add"
                + " points");
        keys.setTooltip(new Tooltip(BoundaryView.EDIT_HINT));
        keys.getStyleClass().add("hint");
        statusBar.getRightItems().add(keys);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(56, 56);
        loadingText.getStyleClass().add("loading-text");
        loading = new VBox(14, spinner, loadingText);
        loading.setId("loadingPane");
        loading.setAlignment(Pos.CENTER);
        loading.getStyleClass().add("loading");
    }

    /** The status bar, for the bottom of the window. */
    Node bar() {
        return statusBar;
    }

    /** The loading pane, to lay over the centre until the first comparison. */
    Node loadingPane() {
        return loading;
    }

    /** Shows or hides the loading pane. */
    void setReady(boolean isReady) {
        loading.setVisible(!isReady);
    }

    /** A new comparison is shown: {@code message} as info, then a notice kept for this moment, as an error. */
    void shownReset(String message) {
        showInfo(message);
        if (pendingNotice != null) {
            showError(pendingNotice);
            pendingNotice = null;
        }
    }

    /** Shows {@code notice} as an error now, or once the first comparison is shown. */
    void notice(String notice) {
        if (ready.getAsBoolean()) {
            showError(notice);
        } else {
            pendingNotice = notice;
        }
    }

    /** {@code message} in red; before the first comparison also on the loading pane. */
    void showError(String message) {
        if (!ready.getAsBoolean()) {
            loadingText.setText(message);
            loadingText.getStyleClass().add("error-text");
        }
        statusBar.setText(message);
        if (!statusBar.getStyleClass().contains("error")) {
            statusBar.getStyleClass().add("error");
        }
    }

    /** {@code message} as plain information. */
    void showInfo(String message) {
        statusBar.getStyleClass().remove("error");
        statusBar.setText(message);
    }
}
