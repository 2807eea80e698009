package dev.moons.render;

import dev.moons.training.BoundaryGrid;
import java.util.Arrays;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The probability heatmap and its p = 0.5 contour: one reused {@link WritableImage} of grid size, filled with one
 * {@code setPixels} call per update from a reused int[]; the contour is traced on the logits ({@link LogitField})
 * into the reused buffers of a {@link MarchingSquares}, so updates do not allocate.
 */
final class BoundaryHeatmap {
    private final MarchingSquares tracer = new MarchingSquares();
    private final LogitField field = new LogitField();
    private WritableImage image;
    private int[] argb = new int[0];
    private double[] logits = new double[0];
    private int segments;
    private int polylines;

    /** A neutral map of {@code grid}'s size with no contour; the image is new only when the size changed. */
    WritableImage reset(BoundaryGrid grid) {
        int n = grid.width() * grid.height();
        if (image == null || (int) image.getWidth() != grid.width() || (int) image.getHeight() != grid.height()) {
            image = new WritableImage(grid.width(), grid.height());
            argb = new int[n];
            logits = new double[n];
        }
        Arrays.fill(argb, ClassColors.MAP_MID);
        image.getPixelWriter().setPixels(0, 0, grid.width(), grid.height(), PixelFormat.getIntArgbInstance(),
                argb, 0, grid.width());
        segments = 0;
        polylines = 0;
        return image;
    }

    /** Recolours the w × h map from P(class 1) per pixel, row-major from top-left, and retraces the contour. */
    void update(double[] probabilities, int w, int h) {
        for (int k = 0; k < argb.length; k++) {
            argb[k] = ClassColors.argb(probabilities[k]);
        }
        field.fill(probabilities, w, h, logits);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        segments = tracer.trace(logits, w, h, 0);
        polylines = tracer.chain();
    }

    /** Contour segments traced by the last update. */
    int segments() {
        return segments;
    }

    /** Contour polylines chained by the last update. */
    int polylines() {
        return polylines;
    }

    /** Polyline points as {x, y} pairs in grid-index coordinates (see {@link MarchingSquares#polylinePoints}). */
    double[] polylinePoints() {
        return tracer.polylinePoints();
    }

    /** Point offsets of the polylines: polyline p has points [starts[p], starts[p + 1]). */
    int[] polylineStarts() {
        return tracer.polylineStarts();
    }
}
