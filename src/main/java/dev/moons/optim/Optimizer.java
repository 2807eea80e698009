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

    /**
     * Everything the next step depends on besides θ and g (momentum buffer, Adam moments, a step size carried
     * over), as a copy; empty for a method without state or before its first step.
     */
    default double[] state() {
        return new double[0];
    }

    /** Continues from a saved {@link #state()}; an empty array means a fresh start. Refuses a wrong length. */
    default void restore(double[] state) {
        if (state.length != 0) {
            throw new IllegalArgumentException(name() + " keeps no state, was given " + state.length + " values");
        }
    }
}
