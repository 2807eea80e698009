package dev.moons.landscape;

/**
 * A plane θ0 + a·e1 + b·e2 in parameter space, with an orthonormal basis e1, e2 [p] (θ in the session layout:
 * w1 row-major [2,H], b1, w2, b2).
 *
 * @param kind   how the plane was chosen
 * @param origin θ0 [p], the shared initial weights
 * @param e1     the first unit direction [p]
 * @param e2     the second unit direction [p], orthogonal to e1
 */
public record Plane(PlaneKind kind, double[] origin, double[] e1, double[] e2) {
    /** A direction shorter than this, relative to the longest input, counts as lying in the span already. */
    static final double DEGENERATE = 1e-10;

    /**
     * The plane through {@code origin} spanned by u and v [p], by Gram–Schmidt applied twice (orthonormal to
     * rounding, ~1e-16). When v (or u) adds no new direction, the coordinate axis least covered so far is used,
     * so the basis is always two orthonormal vectors.
     */
    public static Plane spannedBy(PlaneKind kind, double[] origin, double[] u, double[] v) {
        int p = origin.length;
        if (u.length != p || v.length != p || p < 2) {
            throw new IllegalArgumentException("directions must have the length of θ0 (" + p + " ≥ 2)");
        }
        double scale = Math.max(Math.max(Vec.norm(u), Vec.norm(v)), Double.MIN_NORMAL);
        double[] e1 = orthogonalTo(u, null, scale);
        if (e1 == null) {
            e1 = Vec.unit(leastCoveredAxis(p, null));
        }
        double[] e2 = orthogonalTo(v, e1, scale);
        if (e2 == null) {
            e2 = orthogonalTo(leastCoveredAxis(p, e1), e1, 1.0);
        }
        return new Plane(kind, origin.clone(), e1, e2);
    }

    // w minus its components along e (twice, for orthogonality to rounding), normalised; null if nothing is left
    private static double[] orthogonalTo(double[] w, double[] e, double scale) {
        double[] r = w.clone();
        if (e != null) {
            for (int pass = 0; pass < 2; pass++) {
                Vec.subtractScaled(r, Vec.dot(r, e), e);
            }
        }
        double n = Vec.norm(r);
        if (!(n > DEGENERATE * scale)) {
            return null;
        }
        double[] unit = Vec.unit(r);
        if (e != null) {
            Vec.subtractScaled(unit, Vec.dot(unit, e), e);
            unit = Vec.unit(unit);
        }
        return unit;
    }

    // the standard basis vector with the smallest component along e (the first axis when e is null)
    private static double[] leastCoveredAxis(int p, double[] e) {
        int best = 0;
        for (int i = 1; e != null && i < p; i++) {
            if (Math.abs(e[i]) < Math.abs(e[best])) {
                best = i;
            }
        }
        double[] axis = new double[p];
        axis[best] = 1.0;
        return axis;
    }

    /** The dimension p = 4H+1. */
    public int dimension() {
        return origin.length;
    }

    /** θ0 + a·e1 + b·e2 written into {@code out} [p]; returns out. */
    public double[] point(double a, double b, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = origin[i] + a * e1[i] + b * e2[i];
        }
        return out;
    }

    /** θ0 + a·e1 + b·e2 as a new array [p]. */
    public double[] point(double a, double b) {
        return point(a, b, new double[origin.length]);
    }

    /** The orthogonal projection of θ [p]: a = e1·(θ − θ0), b = e2·(θ − θ0), residual ‖θ − θ0 − a·e1 − b·e2‖. */
    public Projection project(double[] theta) {
        double[] d = Vec.minus(theta, origin);
        double a = Vec.dot(d, e1);
        double b = Vec.dot(d, e2);
        Vec.subtractScaled(d, a, e1);
        Vec.subtractScaled(d, b, e2);
        return new Projection(a, b, Vec.norm(d));
    }

    /**
     * Where θ lands on the plane.
     *
     * @param a        the coordinate along e1
     * @param b        the coordinate along e2
     * @param residual the distance from θ to the plane, ‖θ − θ0 − a·e1 − b·e2‖
     */
    public record Projection(double a, double b, double residual) {
    }
}
