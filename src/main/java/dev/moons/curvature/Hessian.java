package dev.moons.curvature;

import dev.moons.model.Activation;

/**
 * The Hessian of the mean training BCE at one θ, formed once, and its spectrum on demand (cached).
 *
 * @param theta  θ [4H+1] it was formed at (session layout)
 * @param matrix ∇²L(θ) [p][p], symmetric
 */
public record Hessian(double[] theta, double[][] matrix) {

    /** ∇²L(θ) for x [n·2] (row-major pairs), y [n] (0/1), θ [4H+1] and activation f, H = (θ.length − 1)/4. */
    public static Hessian at(double[] x, double[] y, double[] theta, Activation f) {
        if (theta.length < 5 || (theta.length - 1) % 4 != 0) {
            throw new IllegalArgumentException("θ length must be 4H+1 with H >= 1, was " + theta.length);
        }
        NetworkHessian network = new NetworkHessian((theta.length - 1) / 4, f, x, y);
        return new Hessian(theta.clone(), network.matrix(theta));
    }

    /** p = 4H+1. */
    public int dimension() {
        return matrix.length;
    }

    /** Every eigenvalue, sorted descending, with its unit eigenvector (commons-math3). */
    public Spectrum spectrum() {
        return Spectrum.of(matrix);
    }

    /** vᵀ H v for v [p]. */
    public double quadraticForm(double[] v) {
        double s = 0;
        for (int a = 0; a < matrix.length; a++) {
            double row = 0;
            for (int b = 0; b < matrix.length; b++) {
                row += matrix[a][b] * v[b];
            }
            s += v[a] * row;
        }
        return s;
    }
}
