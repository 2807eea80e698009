package dev.moons.training;

import java.util.Arrays;

/**
 * The p = 0.5 decision boundary of a probability map as polylines in grid-index coordinates ((i, j) is the sample
 * at column i, row j): polyline k has the points [starts[k], starts[k + 1]) of {@code points} ({x, y} pairs).
 * Immutable; made by {@link #of} (marching squares on the logit field, {@link LogitField}).
 *
 * @param points   {x, y} pairs of every polyline, one after another [2 · (segments + polylines)]
 * @param starts   point offsets of the polylines [polylines + 1]
 * @param segments how many cell segments the polylines join
 */
public record BoundaryContour(double[] points, int[] starts, int segments) {
    /** No boundary (a map with no p = 0.5 crossing, or none computed yet). */
    public static final BoundaryContour NONE = new BoundaryContour(new double[0], new int[] {0}, 0);

    /** Checks the offsets against the points. */
    public BoundaryContour {
        if (starts.length < 1 || starts[0] != 0 || 2 * starts[starts.length - 1] != points.length) {
            throw new IllegalArgumentException("polyline offsets " + Arrays.toString(starts) + " do not match "
                    + points.length / 2 + " points");
        }
    }

    /** The number of polylines. */
    public int polylines() {
        return starts.length - 1;
    }

    /**
     * The contour of P(class 1) {@code probabilities} [w × h, row-major from the top-left], traced with
     * {@code tracer}'s reused buffers (a tracer per thread).
     */
    public static BoundaryContour of(double[] probabilities, int w, int h, Tracer tracer) {
        if (probabilities.length != w * h) {
            throw new IllegalArgumentException("expected " + (w * h) + " probabilities for a " + w + "x" + h
                    + " grid, got " + probabilities.length);
        }
        return tracer.trace(probabilities, w, h);
    }

    /** The reused buffers of tracing: a logit field and a marching-squares instance; one thread at a time. */
    public static final class Tracer {
        private final LogitField field = new LogitField();
        private final MarchingSquares squares = new MarchingSquares();

        private BoundaryContour trace(double[] p, int w, int h) {
            int segments = squares.traceLogits(p, w, h, field);
            if (segments == 0) {
                return NONE;
            }
            int lines = squares.chain();
            int[] starts = Arrays.copyOf(squares.polylineStarts(), lines + 1);
            return new BoundaryContour(Arrays.copyOf(squares.polylinePoints(), 2 * starts[lines]), starts, segments);
        }
    }
}
