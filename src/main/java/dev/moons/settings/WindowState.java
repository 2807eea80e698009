package dev.moons.settings;

/**
 * Where the main window was when the app last closed: its bounds when not maximized (in screen coordinates,
 * pixels) and whether it was maximized.
 *
 * @param x         left edge of the un-maximized window
 * @param y         top edge of the un-maximized window
 * @param width     width of the un-maximized window, &gt; 0
 * @param height    height of the un-maximized window, &gt; 0
 * @param maximized whether the window was maximized
 */
public record WindowState(double x, double y, double width, double height, boolean maximized) {
    /** Checks that every number is finite and the size positive. */
    public WindowState {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("window position must be finite, was " + x + ", " + y);
        }
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("window size must be positive, was " + width + " × " + height);
        }
    }
}
