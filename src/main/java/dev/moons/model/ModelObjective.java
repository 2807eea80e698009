package dev.moons.model;

import dev.moons.optim.DifferentiableObjective;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The network's loss on one batch, which can also report accuracy from the same forward pass. */
public interface ModelObjective extends DifferentiableObjective {

    /** Mean BCE and accuracy (predicted 1 when p ≥ 0.5, i.e. logit ≥ 0) of θ on this batch, one forward pass. */
    LossAndAccuracy evaluate(INDArray theta);

    /**
     * The class-1 predictions [n] of θ on this batch, the ones {@link #evaluate}'s accuracy counts: point i is
     * predicted 1 when its logit z_i ≥ 0; one forward pass.
     */
    boolean[] predictions(INDArray theta);

    /**
     * L(θ) as {@link #valueAndGradient} computes it, ∇L(θ) written into gradientOut [p], and the accuracy of
     * {@link #evaluate}; an implementation may take all three from one forward pass (this default makes two).
     */
    default LossAndAccuracy valueGradientAndAccuracy(INDArray theta, INDArray gradientOut) {
        double loss = valueAndGradient(theta, gradientOut);
        return new LossAndAccuracy(loss, evaluate(theta).accuracy());
    }

    /**
     * @param loss     mean binary cross-entropy
     * @param accuracy fraction of points classified correctly
     */
    record LossAndAccuracy(double loss, double accuracy) {
    }
}
