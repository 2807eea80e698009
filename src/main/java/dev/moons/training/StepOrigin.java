package dev.moons.training;

import dev.moons.optim.Objective;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The point one optimizer step started from.
 *
 * @param theta     θ before the step [p] (a copy)
 * @param gradient  g = ∇L(θ) [p] (a copy)
 * @param loss      L(θ)
 * @param objective the loss L the step searched on (the training set, or the step's mini-batch)
 */
public record StepOrigin(INDArray theta, INDArray gradient, double loss, Objective objective) {
}
