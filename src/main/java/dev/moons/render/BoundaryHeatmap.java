package dev.moons.render;

import dev.moons.training.BoundaryContour;
import dev.moons.training.BoundaryGrid;
import java.util.Arrays;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The probability heatmap and the p = 0.5 contour shown with it: one reused {@link WritableImage} of grid size,
 * filled with one {@code setPixels} call per update from a reused int[], so updates do not allocate; the map's
 * colours are opaque, so they are handed over as premultiplied ARGB (no per-pixel premultiplying). The contour
 * comes traced ({@link BoundaryContour}: the live view's on the training thread).
 */
final class BoundaryHeatmap {
    private WritableImage image;
    private int[] argb = new int[0];
    private BoundaryContour contour = BoundaryContour.NONE;

    /** A neutral map of {@code grid}'s size with no contour; the image is new only when the size changed. */
    WritableImage reset(BoundaryGrid grid) {
        int n = grid.width() * grid.height();
        if (image == null || (int) image.getWidth() != grid.width() || (int) image.getHeight() != grid.height()) {
            image = new WritableImage(grid.width(), grid.height());
            argb = new int[n];
        }
        Arrays.fill(argb, ClassColors.MAP_MID);
        image.getPixelWriter().setPixels(0, 0, grid.width(), grid.height(), PixelFormat.getIntArgbPreInstance(),
                argb, 0, grid.width());
        contour = BoundaryContour.NONE;
        return image;
    }

    /** Recolours the w × h map from P(class 1) per pixel, row-major from top-left, shown with {@code traced}. */
    void update(double[] probabilities, int w, int h, BoundaryContour traced) {
        for (int k = 0; k < argb.length; k++) {
            argb[k] = ClassColors.argb(probabilities[k]);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argb, 0, w);
        contour = traced;
    }

    /** The contour shown with the last update ({@link BoundaryContour#NONE} after a reset). */
    BoundaryContour contour() {
        return contour;
    }
}
