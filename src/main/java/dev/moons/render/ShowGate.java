package dev.moons.render;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;

/**
 * Defers a node's redraws while it sits in a scene but is not shown (an ancestor is invisible, as an unselected
 * tab's content is): {@link #open} says whether to draw now, and a deferred redraw runs once when that ancestor is
 * shown again. A node outside any scene (a headless export) always draws.
 */
public final class ShowGate {
    private final Node node;
    private final Runnable redraw;
    private boolean deferred;

    /** A gate for {@code node} whose deferred {@code redraw} runs when it is shown again. */
    public ShowGate(Node node, Runnable redraw) {
        this.node = node;
        this.redraw = redraw;
    }

    /** True when the node is shown (draw now); otherwise the redraw is deferred until it is. */
    public boolean open() {
        Node hidden = hiddenAncestor(node);
        if (hidden == null) {
            return true;
        }
        if (!deferred) {
            deferred = true;
            hidden.visibleProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    hidden.visibleProperty().removeListener(this);
                    deferred = false;
                    redraw.run();
                }
            });
        }
        return false;
    }

    /** The nearest invisible node from {@code node} up, or null when it is shown or in no scene. */
    static Node hiddenAncestor(Node node) {
        if (node.getScene() == null) {
            return null;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return n;
            }
        }
        return null;
    }
}
