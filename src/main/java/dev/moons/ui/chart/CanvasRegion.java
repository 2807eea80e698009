package dev.moons.ui.chart;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A Region holding one Canvas that follows the region's size; subclasses paint it whole in {@link #redraw}. */
abstract class CanvasRegion extends Region {
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
}
