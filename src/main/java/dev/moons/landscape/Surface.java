package dev.moons.landscape;

import java.util.List;

/**
 * L(θ0 + a·e1 + b·e2) on a grid.
 *
 * @param a    the grid's values along e1, increasing [na]
 * @param b    the grid's values along e2, increasing [nb]
 * @param loss row-major by b: loss[j·na + i] = L at (a[i], b[j]) [nb·na]
 */
public record Surface(double[] a, double[] b, double[] loss) {

    /** Evaluates {@code loss} at every (a[i], b[j]) of the plane. */
    public static Surface compute(Plane plane, double[] a, double[] b, ThetaLoss loss) {
        double[] values = new double[a.length * b.length];
        double[] theta = new double[plane.dimension()];
        for (int j = 0; j < b.length; j++) {
            for (int i = 0; i < a.length; i++) {
                values[j * a.length + i] = loss.at(plane.point(a[i], b[j], theta));
            }
        }
        return new Surface(a, b, values);
    }

    /** The loss at grid point (i, j). */
    public double at(int i, int j) {
        return loss[j * a.length + i];
    }

    /**
     * A square window of {@code n} values per axis around the points (a, b) given and the origin: centred on their
     * bounding box, half-width the box's larger half-side times (1 + margin), 1 when all coincide. Returns {a, b}.
     */
    public static double[][] axesCovering(List<Plane.Projection> points, int n, double margin) {
        double minA = 0;
        double maxA = 0;
        double minB = 0;
        double maxB = 0;
        for (Plane.Projection p : points) {
            minA = Math.min(minA, p.a());
            maxA = Math.max(maxA, p.a());
            minB = Math.min(minB, p.b());
            maxB = Math.max(maxB, p.b());
        }
        double half = Math.max(maxA - minA, maxB - minB) / 2 * (1 + margin);
        if (!(half > 0) || !Double.isFinite(half)) {
            half = 1.0;
        }
        return new double[][] {axis((minA + maxA) / 2, half, n), axis((minB + maxB) / 2, half, n)};
    }

    private static double[] axis(double centre, double half, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = centre - half + 2 * half * i / (n - 1);
        }
        return v;
    }
}
