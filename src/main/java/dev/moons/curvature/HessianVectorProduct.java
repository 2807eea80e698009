package dev.moons.curvature;

/** A symmetric linear operator v ↦ Hv on ℝᵖ, the only thing Lanczos needs from a Hessian. */
public interface HessianVectorProduct {

    /** p, the number of parameters. */
    int dimension();

    /** out [p] = H · v [p]; out and v must be different arrays. */
    void times(double[] v, double[] out);
}
