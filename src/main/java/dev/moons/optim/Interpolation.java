package dev.moons.optim;

/**
 * Minimizers of the polynomial models of φ(α) that line searches interpolate (Nocedal &amp; Wright, Numerical
 * Optimization, 2nd ed., §3.5); each returns NaN where its model has no minimizer, so callers fall back.
 */
final class Interpolation {

    private Interpolation() {}

    /**
     * The minimizer of the quadratic q with q(a) = fa, q′(a) = da, q(b) = fb (N&amp;W eq. 3.57 for a = 0), or NaN
     * when q is not convex (or the data are not finite).
     */
    static double quadratic(double a, double fa, double da, double b, double fb) {
        double width = b - a;
        double curvature = (fb - fa - da * width) / (width * width);
        double minimizer = a - da / (2 * curvature);
        return curvature > 0 && Double.isFinite(minimizer) ? minimizer : Double.NaN;
    }

    /**
     * The local minimizer of the cubic through φ(0) = f0, φ′(0) = d0 and the two trials (a1, f1), (a2, f2)
     * (N&amp;W eq. 3.58), or NaN when it has none at α &gt; 0.
     */
    static double cubicThroughZero(double f0, double d0, double a1, double f1, double a2, double f2) {
        double r1 = f1 - f0 - d0 * a1;
        double r2 = f2 - f0 - d0 * a2;
        double scale = a1 * a1 * a2 * a2 * (a2 - a1);
        double a = (a1 * a1 * r2 - a2 * a2 * r1) / scale;
        double b = (-a1 * a1 * a1 * r2 + a2 * a2 * a2 * r1) / scale;
        double discriminant = b * b - 3 * a * d0;
        if (!(discriminant >= 0)) {
            return Double.NaN;
        }
        // (−b + √D)/(3a), rationalised when b > 0 so that a nearly quadratic φ (a → 0) loses no digits
        double root = Math.sqrt(discriminant);
        double minimizer = b > 0 ? -d0 / (b + root) : (-b + root) / (3 * a);
        return minimizer > 0 && Double.isFinite(minimizer) ? minimizer : Double.NaN;
    }

    /**
     * The minimizer of the cubic matching φ and φ′ at a and b (N&amp;W eq. 3.59), or NaN when it has none (or the
     * data are not finite).
     */
    static double cubic(double a, double fa, double da, double b, double fb, double db) {
        double d1 = da + db - 3 * (fa - fb) / (a - b);
        double radicand = d1 * d1 - da * db;
        if (!(radicand >= 0)) {
            return Double.NaN;
        }
        double d2 = Math.signum(b - a) * Math.sqrt(radicand);
        double minimizer = b - (b - a) * (db + d2 - d1) / (db - da + 2 * d2);
        return Double.isFinite(minimizer) ? minimizer : Double.NaN;
    }

    /** {@code x} moved into [lo, hi] (lo ≤ hi). */
    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
