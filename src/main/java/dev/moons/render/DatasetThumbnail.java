package dev.moons.render;

import dev.moons.data.DataShape;
import dev.moons.data.Dataset;
import dev.moons.training.Parameter;
import java.util.Arrays;
import java.util.Random;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * A small picture of a generated dataset, as the dataset chooser shows it: 300 points of the shape at its own
 * noise and default parameters (fixed seed), each a 2×2 dot in its class colour on white, the points' box scaled
 * to fill the square. Drawn once into a {@link WritableImage} with a {@link PixelWriter}, no scene needed.
 */
public final class DatasetThumbnail {
    private static final int POINTS = 300;
    private static final int WHITE = 0xFFFFFFFF;
    private static final int BORDER = 0xFFBDBDBD;

    private DatasetThumbnail() {}

    /** The {@code size}×{@code size} picture of {@code shape} (size ≥ 8). */
    public static WritableImage of(DataShape shape, int size) {
        if (size < 8) {
            throw new IllegalArgumentException("size must be >= 8, was " + size);
        }
        Dataset d = shape.generate(POINTS, shape.suggestedNoise(), Parameter.FACTOR.defaultDouble(),
                Parameter.TURNS.defaultDouble(), Parameter.DISTANCE.defaultDouble(), new Random(7));
        int[] argb = new int[size * size];
        Arrays.fill(argb, WHITE);
        for (int k = 0; k < size; k++) {
            argb[k] = BORDER;
            argb[(size - 1) * size + k] = BORDER;
            argb[k * size] = BORDER;
            argb[k * size + size - 1] = BORDER;
        }
        double[] x1 = d.x1();
        double[] x2 = d.x2();
        double lo1 = min(x1);
        double lo2 = min(x2);
        double span = Math.max(max(x1) - lo1, max(x2) - lo2);
        double scale = (size - 7) / span;
        for (int i = 0; i < d.size(); i++) {
            int px = 3 + (int) ((x1[i] - lo1) * scale);
            int py = size - 5 - (int) ((x2[i] - lo2) * scale);
            int colour = d.label(i) == 0 ? ClassColors.CLASS0 : ClassColors.CLASS1;
            for (int dy = 0; dy < 2; dy++) {
                for (int dx = 0; dx < 2; dx++) {
                    int x = Math.min(size - 2, Math.max(1, px + dx));
                    int y = Math.min(size - 2, Math.max(1, py + dy));
                    argb[y * size + x] = colour;
                }
            }
        }
        WritableImage image = new WritableImage(size, size);
        image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(),
                argb, 0, size);
        return image;
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
