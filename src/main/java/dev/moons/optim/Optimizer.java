package dev.moons.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/** One step of a first-order method on a flat parameter vector. */
public interface Optimizer {
    /**
     * Updates θ in place from its gradient g (both [p]) and the loss L(θ) already computed with it; uses
     * {@code objective} for any extra loss evaluations (trial points).
     */
    StepResult step(INDArray theta, INDArray gradient, double loss, Objective objective);

    /** A short name for tables and files, e.g. "fixed" or "backtracking". */
    String name();
}
