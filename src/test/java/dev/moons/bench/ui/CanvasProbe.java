package dev.moons.bench.ui;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;

/**
 * Which canvases redrew in each pulse: after the layout pass (just before the scene is handed to the render
 * thread) reads how many bytes of drawing commands each Canvas of the scene has queued for this pulse
 * (Canvas's private command buffer, read by reflection: the bench runs JavaFX from the class path). A canvas with
 * queued commands is rasterized by the render thread in this pulse. Benchmark only, nothing of it ships.
 */
final class CanvasProbe {
    /** At most this many canvases are told apart (bit masks); later ones are not watched. */
    static final int MAX = 64;
    private static final Field CURRENT;
    private static final java.lang.reflect.Method POSITION;

    static {
        Field f = null;
        java.lang.reflect.Method m = null;
        try {
            f = Canvas.class.getDeclaredField("current");
            f.setAccessible(true);
            m = f.getType().getMethod("writeValuePosition");
        } catch (ReflectiveOperationException | RuntimeException e) {
            f = null;
        }
        CURRENT = f;
        POSITION = m;
    }

    private final Scene scene;
    private final List<Canvas> canvases = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    CanvasProbe(Scene scene) {
        this.scene = scene;
    }

    /** Whether the command buffers can be read (false: every pulse reads as nothing drawn). */
    static boolean available() {
        return CURRENT != null && POSITION != null;
    }

    /** Adds the scene's canvases not seen before (call now and then: tabs and panes create theirs lazily). */
    void rescan() {
        if (scene.getRoot() != null) {
            walk(scene.getRoot());
        }
    }

    private void walk(Node node) {
        if (node instanceof Canvas c && canvases.size() < MAX && !canvases.contains(c)) {
            canvases.add(c);
            labels.add(label(c));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child);
            }
        }
    }

    /** The canvas's label: its parent's class and the nearest id up the tree, e.g. "LinePlot#lossChart". */
    private static String label(Canvas c) {
        String owner = c.getParent() == null ? "?" : c.getParent().getClass().getSimpleName();
        for (Node n = c; n != null; n = n.getParent()) {
            if (n.getId() != null && !n.getId().isBlank()) {
                return owner + "#" + n.getId();
            }
        }
        return owner;
    }

    /** The label of canvas {@code i} (in the order of the masks' bits). */
    String label(int i) {
        return labels.get(i);
    }

    /** How many canvases are watched. */
    int size() {
        return canvases.size();
    }

    /** Bit i set: canvas i has drawing commands queued for this pulse; bytes queued in all into {@code bytes[0]}. */
    long drawnNow(long[] bytes) {
        long mask = 0;
        long total = 0;
        if (!available()) {
            return 0;
        }
        for (int i = 0; i < canvases.size(); i++) {
            try {
                Object buffer = CURRENT.get(canvases.get(i));
                int n = buffer == null ? 0 : (Integer) POSITION.invoke(buffer);
                if (n > 0) {
                    mask |= 1L << i;
                    total += n;
                }
            } catch (ReflectiveOperationException e) {
                // unreadable: counts as nothing drawn
            }
        }
        bytes[0] = total;
        return mask;
    }
}
