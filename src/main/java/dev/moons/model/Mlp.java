package dev.moons.model;

import dev.moons.optim.DifferentiableObjective;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The 2 → H → 1 network: ReLU hidden layer, sigmoid output, mean binary cross-entropy from the logits.
 * Parameters live in one flat double vector θ of length 4H+1, laid out as w1 [2,H] (row-major), b1 [H],
 * w2 [H], b2 [1], so that θ[0:3H] viewed as [3,H] is w1 with b1 as a third row and θ[3H:4H+1] viewed as
 * [H+1,1] is w2 with b2 as a last row.
 */
public final class Mlp {
    /** Smallest and largest number of hidden units. */
    public static final int MIN_HIDDEN = 1;
    public static final int MAX_HIDDEN = 256;

    private final int hidden;

    /** A network with {@code hidden} units, 1..256. */
    public Mlp(int hidden) {
        if (hidden < MIN_HIDDEN || hidden > MAX_HIDDEN) {
            throw new IllegalArgumentException("hidden must be in [1, 256], was " + hidden);
        }
        this.hidden = hidden;
    }

    /** H, the number of hidden units. */
    public int hidden() {
        return hidden;
    }

    /** p = 4H+1, the length of θ. */
    public int parameterCount() {
        return 4 * hidden + 1;
    }

    /** He-initialized θ [p]: w1 ~ N(0, 2/2), w2 ~ N(0, 2/H), biases 0. */
    public INDArray initialParameters(Random rng) {
        throw new UnsupportedOperationException("model helper");
    }

    /** The mean BCE over (x [n,2], y [n,1]) as a differentiable objective of θ, bound to that batch. */
    public DifferentiableObjective objective(INDArray x, INDArray y) {
        throw new UnsupportedOperationException("model helper");
    }

    /** σ(logits) for many points at once: θ [p], x [n,2] → [n,1] probabilities of class 1. */
    public INDArray predict(INDArray theta, INDArray x) {
        throw new UnsupportedOperationException("model helper");
    }
}
