package dev.moons.ui.shell;

import dev.moons.settings.WindowState;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: on first start at {@link #FIRST_FRACTION} of the primary screen's visual bounds,
 * centred; later where it was, its size clamped to the screen it mostly lies on and moved fully onto it (or
 * centred on the primary screen when it lies on none, e.g. a monitor since unplugged).
 */
final class WindowPlacement {
    /** Share of the screen's width and height the window takes on first start. */
    static final double FIRST_FRACTION = 0.85;

    /** Stage bounds, whether to maximize, and the visual bounds of the screen they are on. */
    record Placement(Rectangle2D bounds, boolean maximized, Rectangle2D screen) {
    }

    private WindowPlacement() {
    }

    /**
     * The placement for {@code remembered} (empty on first start) among {@code screens} (visual bounds, the
     * primary one {@code primary}), never smaller than {@code minWidth × minHeight} unless the screen is.
     */
    static Placement place(List<Rectangle2D> screens, Rectangle2D primary, Optional<WindowState> remembered,
            double minWidth, double minHeight) {
        if (remembered.isEmpty()) {
            double w = Math.round(primary.getWidth() * FIRST_FRACTION);
            double h = Math.round(primary.getHeight() * FIRST_FRACTION);
            return centred(primary, w, h, minWidth, minHeight, false);
        }
        WindowState was = remembered.get();
        Rectangle2D wanted = new Rectangle2D(was.x(), was.y(), was.width(), was.height());
        Rectangle2D screen = null;
        double best = 0;
        for (Rectangle2D s : screens) {
            double overlap = overlap(s, wanted);
            if (overlap > best) {
                best = overlap;
                screen = s;
            }
        }
        if (screen == null) {
            return centred(primary, was.width(), was.height(), minWidth, minHeight, was.maximized());
        }
        double w = clampSize(was.width(), minWidth, screen.getWidth());
        double h = clampSize(was.height(), minHeight, screen.getHeight());
        double x = clamp(was.x(), screen.getMinX(), screen.getMaxX() - w);
        double y = clamp(was.y(), screen.getMinY(), screen.getMaxY() - h);
        return new Placement(new Rectangle2D(x, y, w, h), was.maximized(), screen);
    }

    private static Placement centred(Rectangle2D screen, double width, double height, double minWidth,
            double minHeight, boolean maximized) {
        double w = clampSize(width, minWidth, screen.getWidth());
        double h = clampSize(height, minHeight, screen.getHeight());
        double x = screen.getMinX() + Math.floor((screen.getWidth() - w) / 2);
        double y = screen.getMinY() + Math.floor((screen.getHeight() - h) / 2);
        return new Placement(new Rectangle2D(x, y, w, h), maximized, screen);
    }

    // at least the minimum (unless the screen is smaller), at most the screen
    private static double clampSize(double size, double min, double screen) {
        return Math.min(Math.max(size, Math.min(min, screen)), screen);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
