package dev.moons.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/** A scalar loss of a flat parameter vector θ; each call to {@link #value} is one loss evaluation. */
@FunctionalInterface
public interface Objective {
    /** L(θ) for θ of shape [p]; may be NaN or infinite when θ is far out. Must not modify θ. */
    double value(INDArray theta);
}
