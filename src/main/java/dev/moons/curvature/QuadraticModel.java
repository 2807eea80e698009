package dev.moons.curvature;

/**
 * The second-order Taylor model of the loss along the negative gradient, φ(α) = L(θ − α·g) ≈ L(θ) − α‖g‖² +
 * ½α²·gᵀHg with H = ∇²L(θ). When gᵀHg &gt; 0 its minimiser α* = ‖g‖²/gᵀHg is the step a line search would take if
 * the loss were this quadratic; when gᵀHg ≤ 0 the model falls without bound and has no minimiser.
 *
 * @param loss            L(θ) = φ(0)
 * @param gradNormSquared ‖g‖² = −φ′(0)
 * @param curvature       gᵀHg = φ″(0)
 */
public record QuadraticModel(double loss, double gradNormSquared, double curvature) {

    /** The model at {@code alpha}: L(θ) − α‖g‖² + ½α²·gᵀHg. */
    public double value(double alpha) {
        return loss - alpha * gradNormSquared + 0.5 * alpha * alpha * curvature;
    }

    /** Whether the model has a minimiser: gᵀHg &gt; 0 (and ‖g‖² &gt; 0). */
    public boolean hasMinimiser() {
        return curvature > 0 && gradNormSquared > 0;
    }

    /** α* = ‖g‖²/gᵀHg, or NaN when gᵀHg ≤ 0. */
    public double minimiser() {
        return hasMinimiser() ? gradNormSquared / curvature : Double.NaN;
    }

    /** The model's value at α*: L(θ) − ‖g‖⁴/(2·gᵀHg), or NaN when it has no minimiser. */
    public double minimum() {
        return hasMinimiser() ? loss - 0.5 * gradNormSquared * gradNormSquared / curvature : Double.NaN;
    }

    /**
     * The model of the mean training BCE of {@code hessian}'s network at θ [p] along −g, g [p] its gradient, plus
     * the weight decay λ/2·(‖w1‖² + ‖w2‖²) (its Hessian is λ on the weight entries; λ = 0: none); {@code loss} is
     * L(θ) of that same objective. gᵀHg comes from one exact Hessian-vector product.
     */
    public static QuadraticModel along(NetworkHessian hessian, double[] theta, double[] gradient, double loss,
            double weightDecay) {
        int p = hessian.dimension();
        if (gradient.length != p) {
            throw new IllegalArgumentException("g length must be " + p + ", was " + gradient.length);
        }
        double[] hg = new double[p];
        hessian.times(theta, gradient, hg);
        int h = hessian.hidden();
        double gg = 0;
        double gHg = 0;
        double gWeights = 0;
        for (int i = 0; i < p; i++) {
            gg += gradient[i] * gradient[i];
            gHg += gradient[i] * hg[i];
            // w1 = θ[0:2H] and w2 = θ[3H:4H] are the penalised entries
            if (i < 2 * h || (i >= 3 * h && i < 4 * h)) {
                gWeights += gradient[i] * gradient[i];
            }
        }
        return new QuadraticModel(loss, gg, gHg + weightDecay * gWeights);
    }
}
