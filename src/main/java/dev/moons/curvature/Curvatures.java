package dev.moons.curvature;

import dev.moons.model.Activation;

/** Second derivatives f″ of the hidden activations, the piece {@link Activation} does not carry. */
final class Curvatures {
    private Curvatures() {
    }

    /** f″ at pre-activation v whose activation is h = f(v): 0 for the ReLU family (a.e.), −2h(1−h²), h(1−h)(1−2h). */
    static double secondDerivative(Activation f, double v, double h) {
        return switch (f) {
            case RELU, LEAKY_RELU -> 0.0;
            case TANH -> -2.0 * h * (1.0 - h * h);
            case SIGMOID -> h * (1.0 - h) * (1.0 - 2.0 * h);
        };
    }
}
