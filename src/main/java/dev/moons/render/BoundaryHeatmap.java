package dev.moons.render;

import dev.moons.training.BoundaryGrid;
import java.util.Arrays;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The probability heatmap and its p = 0.5 contour: one reused {@link WritableImage} of grid size, filled with one
 * {@code setPixels} call per update from a reused int[]; the contour is traced on the logits into the reused
 * buffers of a {@link MarchingSquares}, so updates do not allocate.
 */
final class BoundaryHeatmap {
    private final MarchingSquares tracer = new MarchingSquares();
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
            logits[k] = logit(probabilities[k]);
        }
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

    /**
     * The logit log(p / (1 − p)), clamped to ±36 (p near 1 saturates in doubles there): a ReLU network's logit
     * is piecewise linear in the input, so interpolating the p = 0.5 crossing on it gives straight contours.
     */
    static double logit(double p) {
        double l = Math.log(p / (1 - p)); // one log per pixel; 1 − p is exact for p ≥ 0.5 (Sterbenz)
        return l != l ? l : Math.max(-36, Math.min(36, l));
    }
}
