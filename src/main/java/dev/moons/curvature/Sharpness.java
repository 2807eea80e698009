package dev.moons.curvature;

import dev.moons.model.Activation;

/**
 * λ_max of the training-loss Hessian ("sharpness") at θ: by Lanczos on Hessian-vector products, which never
 * forms the p×p matrix (O(n·H) per product, a few dozen products). Gradient descent with a fixed step lr on a
 * quadratic is stable while lr · λ_max < 2. Not thread-safe (one instance per thread).
 */
public final class Sharpness {
    private final NetworkHessian hessian;
    private final Lanczos lanczos;

    /** For x [n·2], y [n] (0/1), H hidden units with activation f; the data are copied. */
    public Sharpness(int hidden, Activation f, double[] x, double[] y) {
        this.hessian = new NetworkHessian(hidden, f, x, y);
        this.lanczos = new Lanczos(1e-8, Integer.MAX_VALUE);
    }

    /** λ_max at θ [4H+1]. */
    public double at(double[] theta) {
        return lanczos.largest(hessian.at(theta)).largest();
    }

    /** The whole spectrum at θ [4H+1] (forms the matrix; fine for H ≤ 64, p ≤ 257). */
    public Spectrum spectrum(double[] theta) {
        return Spectrum.of(hessian.matrix(theta));
    }

    /** The Hessian operator behind it, for Hessian-vector products. */
    public NetworkHessian hessian() {
        return hessian;
    }
}
