package dev.moons.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/** An objective that also gives its gradient; implementations may keep preallocated buffers between calls. */
public interface DifferentiableObjective extends Objective {
    /** Number of parameters p. */
    int dimension();

    /** Returns L(θ) and writes ∇L(θ) into {@code gradientOut} (shape [p]); one loss evaluation. */
    double valueAndGradient(INDArray theta, INDArray gradientOut);
}
