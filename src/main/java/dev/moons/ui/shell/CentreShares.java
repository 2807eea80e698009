package dev.moons.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * The share of the dashboard's height between the maps (above) and the bottom row of charts and tabs: the maps
 * get {@value #MAPS_SHARE} of it, but the bottom row never less than {@value #MIN_BOTTOM} px while the maps keep
 * at least half, so that in a 640-px-high window the line-search and loss plots still have a readable height.
 * Kept as the window is resized until the user drags the divider.
 */
final class CentreShares {
    /** The maps' share of the height in a tall window. */
    static final double MAPS_SHARE = 0.6;
    /** The least height of the bottom row (px) while the maps keep half. */
    static final double MIN_BOTTOM = 230;

    private CentreShares() {
    }

    /** The divider position for a vertical split {@code height} px high. */
    static double mapsShare(double height) {
        if (!(height > 0)) {
            return MAPS_SHARE;
        }
        return Math.max(0.5, Math.min(MAPS_SHARE, 1 - MIN_BOTTOM / height));
    }

    /** Keeps {@code split}'s divider at {@link #mapsShare} of its height until the user drags it. */
    static void apply(SplitPane split) {
        boolean[] dragged = {false};
        split.setDividerPositions(MAPS_SHARE);
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != split; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider") && n.getParent() == split) {
                    dragged[0] = true;
                }
            }
        });
        split.heightProperty().addListener((obs, was, now) -> {
            if (!dragged[0]) {
                split.setDividerPositions(mapsShare(now.doubleValue()));
            }
        });
    }
}
