package dev.moons.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Argument checks shared by the optimizers. */
final class Vectors {

    private Vectors() {}

    /** Throws unless θ and g hold the same number of elements p. */
    static void requireSameLength(INDArray theta, INDArray gradient) {
        if (theta.length() != gradient.length()) {
            throw new IllegalArgumentException("gradient must have the length of theta (" + theta.length()
                    + "), was " + gradient.length());
        }
    }
}
