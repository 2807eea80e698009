package dev.moons.curvature;

import java.util.Random;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The largest eigenvalue of a symmetric operator by the Lanczos iteration with full re-orthogonalization: at most
 * p products Hv (then it is exact up to rounding); it stops earlier once the Ritz residual |β_m · s_m| of the top
 * Ritz value (checked every 4 steps) is below {@code tolerance} · max(|λ|, 1). The start vector is drawn from a fixed seed, so the result
 * is deterministic.
 */
public final class Lanczos {
    private static final long START_SEED = 20210226L;
    // the Ritz values are checked every few steps: a p×p tridiagonal decomposition costs more than a product
    private static final int CHECK_EVERY = 4;
    private final double tolerance;
    private final int maxIterations;

    /** tolerance in (0, 1): relative residual that ends the iteration; maxIterations ≥ 1 (capped at p). */
    public Lanczos(double tolerance, int maxIterations) {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), was " + tolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
        }
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** Tolerance 1e-10, up to p iterations. */
    public static Lanczos standard() {
        return new Lanczos(1e-10, Integer.MAX_VALUE);
    }

    /** The result: λ_max and the number of products Hv it took. */
    public record Result(double largest, int products) {
    }

    /** λ_max of {@code op}. */
    public Result largest(HessianVectorProduct op) {
        int p = op.dimension();
        int steps = Math.min(p, maxIterations);
        double[][] basis = new double[steps + 1][];
        double[] alpha = new double[steps];
        double[] beta = new double[steps];
        double[] q = new double[p];
        Random random = new Random(START_SEED);
        for (int i = 0; i < p; i++) {
            q[i] = random.nextGaussian();
        }
        scale(q, 1.0 / norm(q));
        basis[0] = q;
        double[] w = new double[p];
        double top = Double.NaN;
        for (int m = 0; m < steps; m++) {
            op.times(basis[m], w);
            alpha[m] = dot(w, basis[m]);
            // full re-orthogonalization against every basis vector, twice for safety
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k <= m; k++) {
                    axpy(-dot(w, basis[k]), basis[k], w);
                }
            }
            double b = norm(w);
            beta[m] = b;
            int size = m + 1;
            boolean last = size == steps || b == 0.0;
            if (size % CHECK_EVERY != 0 && !last) {
                basis[m + 1] = scaled(w, 1.0 / b);
                continue;
            }
            EigenDecomposition ritz = tridiagonal(alpha, beta, size);
            double[] values = ritz.getRealEigenvalues();
            int best = 0;
            for (int k = 1; k < size; k++) {
                if (values[k] > values[best]) {
                    best = k;
                }
            }
            top = values[best];
            double tail = ritz.getEigenvector(best).getEntry(size - 1);
            if (Math.abs(b * tail) <= tolerance * Math.max(Math.abs(top), 1.0) || last) {
                return new Result(top, size);
            }
            basis[m + 1] = scaled(w, 1.0 / b);
        }
        return new Result(top, steps);
    }

    private static EigenDecomposition tridiagonal(double[] alpha, double[] beta, int size) {
        double[] main = java.util.Arrays.copyOf(alpha, size);
        double[] off = java.util.Arrays.copyOf(beta, size - 1);
        return new EigenDecomposition(main, off);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] scaled(double[] a, double f) {
        double[] out = a.clone();
        scale(out, f);
        return out;
    }

    private static void scale(double[] a, double f) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= f;
        }
    }

    private static void axpy(double f, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += f * x[i];
        }
    }
}
