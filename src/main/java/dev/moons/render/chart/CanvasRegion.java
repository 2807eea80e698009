package dev.moons.render.chart;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;

/** A Region holding one Canvas that follows the region's size; subclasses paint it whole in {@link #redraw}. */
public abstract class CanvasRegion extends Region {
    /** The surface every subclass paints on. */
    final Canvas canvas = new Canvas();

    CanvasRegion() {
        getChildren().add(canvas);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Paints the whole canvas at its current size. */
    abstract void redraw();

    /**
     * Paints {@code background} over everything outside the rectangle (x, y, w, h): what a clip to that rectangle
     * would hide. Used instead of {@code GraphicsContext.clip}, which in the software pipeline makes every later
     * draw call go through a full-canvas temporary texture and mask (a new texture per redraw).
     */
    static void coverOutside(GraphicsContext g, double x, double y, double w, double h, Paint background) {
        double cw = g.getCanvas().getWidth();
        double ch = g.getCanvas().getHeight();
        g.setFill(background);
        g.fillRect(0, 0, cw, Math.max(0, y));
        g.fillRect(0, y + h, cw, Math.max(0, ch - y - h));
        g.fillRect(0, y, Math.max(0, x), h);
        g.fillRect(x + w, y, Math.max(0, cw - x - w), h);
    }
}
