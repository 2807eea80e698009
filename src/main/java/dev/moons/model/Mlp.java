package dev.moons.model;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The 2 → H → 1 network: a hidden layer with a selectable {@link Activation} (ReLU by default), sigmoid output,
 * mean binary cross-entropy from the logits.
 * Parameters live in one flat double vector θ of length 4H+1, laid out as w1 [2,H] (row-major), b1 [H],
 * w2 [H], b2 [1], so that θ[0:3H] viewed as [3,H] is w1 with b1 as a third row and θ[3H:4H+1] viewed as
 * [H+1,1] is w2 with b2 as a last row.
 */
public final class Mlp {
    /** Smallest and largest number of hidden units. */
    public static final int MIN_HIDDEN = 1;
    public static final int MAX_HIDDEN = 256;

    /** Rows per block when predicting many points, bounding the [rows,H] temporaries. */
    static final int PREDICT_BLOCK = 8192;

    static {
        Nd4jRuntime.ensureConfigured();
    }

    private final int hidden;
    private final Activation activation;

    /** A ReLU network with {@code hidden} units, 1..256. */
    public Mlp(int hidden) {
        this(hidden, Activation.RELU);
    }

    /** A network with {@code hidden} units, 1..256, and hidden activation {@code activation}. */
    public Mlp(int hidden, Activation activation) {
        if (hidden < MIN_HIDDEN || hidden > MAX_HIDDEN) {
            throw new IllegalArgumentException("hidden must be in [1, 256], was " + hidden);
        }
        if (activation == null) {
            throw new IllegalArgumentException("activation must not be null");
        }
        this.hidden = hidden;
        this.activation = activation;
    }

    /** The hidden layer's activation. */
    public Activation activation() {
        return activation;
    }

    /** H, the number of hidden units. */
    public int hidden() {
        return hidden;
    }

    /** p = 4H+1, the length of θ. */
    public int parameterCount() {
        return 4 * hidden + 1;
    }

    /**
     * Initial θ [p], biases 0, w1 drawn row-major then w2: He for the ReLU family (w1 ~ N(0, 2/2), w2 ~ N(0, 2/H)),
     * Glorot for tanh and sigmoid (w1 ~ N(0, 2/(2+H)), w2 ~ N(0, 2/(H+1))).
     */
    public INDArray initialParameters(Random rng) {
        int h = hidden;
        double[] theta = new double[parameterCount()];
        double w1Std = activation.initStd(2, h);
        for (int i = 0; i < 2 * h; i++) {
            theta[i] = w1Std * rng.nextGaussian();
        }
        double w2Std = activation.initStd(h, 1);
        for (int j = 0; j < h; j++) {
            theta[3 * h + j] = w2Std * rng.nextGaussian();
        }
        return Nd4j.createFromArray(theta);
    }

    /** The mean BCE over (x [n,2], y [n,1]) as a differentiable objective of θ, bound to that batch. */
    public ModelObjective objective(INDArray x, INDArray y) {
        return new BatchLoss(hidden, activation, x, y);
    }

    /**
     * The training loss on x [n,2], y [n,1] with weight decay λ ≥ 0: the mean BCE plus λ/2·‖w‖² on the weights
     * (see {@link WeightDecayObjective}); for λ = 0 the plain {@link #objective(INDArray, INDArray)}.
     */
    public ModelObjective objective(INDArray x, INDArray y, double weightDecay) {
        return penalised(objective(x, y), weightDecay);
    }

    /** {@code data} plus λ/2·‖w‖² on this network's weights (w1, w2); {@code data} itself when λ = 0. */
    public ModelObjective penalised(ModelObjective data, double weightDecay) {
        return weightDecay == 0 ? data : new WeightDecayObjective(data, weightDecay, hidden);
    }

    /** σ(logits) for many points at once: θ [p], x [n,2] → [n,1] probabilities of class 1. */
    public INDArray predict(INDArray theta, INDArray x) {
        checkTheta(theta);
        long n = x.rows();
        INDArray out = Nd4j.create(DataType.DOUBLE, n, 1);
        for (long start = 0; start < n; start += PREDICT_BLOCK) {
            long end = Math.min(n, start + PREDICT_BLOCK);
            INDArray block = x.get(NDArrayIndex.interval(start, end), NDArrayIndex.all());
            INDArray p = Transforms.sigmoid(logits(theta, block), false);
            out.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()).assign(p);
        }
        return out;
    }

    /** f(x·w1 + b1): θ [p], x [n,2] → [n,H] hidden-unit activations. */
    public INDArray hiddenActivations(INDArray theta, INDArray x) {
        checkTheta(theta);
        INDArray pre = asDouble(x).mmul(w1(theta)).addiRowVector(b1(theta));
        return activation.applyInPlace(pre);
    }

    /** hidden·w2 + b2: θ [p], x [n,2] → [n,1] logits. */
    public INDArray logits(INDArray theta, INDArray x) {
        INDArray hiddenAct = hiddenActivations(theta, x);
        return hiddenAct.mmul(w2(theta).reshape(hidden, 1)).addi(b2(theta));
    }

    /** H for a θ of length 4H+1. */
    public static int hiddenOf(INDArray theta) {
        long p = theta.length();
        if (p < 5 || (p - 1) % 4 != 0) {
            throw new IllegalArgumentException("θ length must be 4H+1, was " + p);
        }
        return (int) ((p - 1) / 4);
    }

    /** w1 [2,H], a view of θ[0:2H] (a copy only if θ is not contiguous). */
    public static INDArray w1(INDArray theta) {
        int h = hiddenOf(theta);
        return flat(theta).get(NDArrayIndex.interval(0, 2L * h)).reshape('c', 2, h);
    }

    /** b1 [H], a view of θ[2H:3H]. */
    public static INDArray b1(INDArray theta) {
        int h = hiddenOf(theta);
        return flat(theta).get(NDArrayIndex.interval(2L * h, 3L * h));
    }

    /** w2 [H], a view of θ[3H:4H]. */
    public static INDArray w2(INDArray theta) {
        int h = hiddenOf(theta);
        return flat(theta).get(NDArrayIndex.interval(3L * h, 4L * h));
    }

    /** b2 = θ[4H], the output bias. */
    public static double b2(INDArray theta) {
        return theta.getDouble(theta.length() - 1);
    }

    /** [3,H] view of θ[0:3H]: w1 with b1 as a third row. */
    public static INDArray layer1(INDArray theta) {
        int h = hiddenOf(theta);
        return flat(theta).get(NDArrayIndex.interval(0, 3L * h)).reshape('c', 3, h);
    }

    /** [H+1,1] view of θ[3H:4H+1]: w2 with b2 as a last row. */
    public static INDArray layer2(INDArray theta) {
        int h = hiddenOf(theta);
        return flat(theta).get(NDArrayIndex.interval(3L * h, 4L * h + 1)).reshape('c', h + 1, 1);
    }

    /** θ [p] assembled from w1 [2,H], b1 [H], w2 [H] and b2. */
    public static INDArray pack(INDArray w1, INDArray b1, INDArray w2, double b2) {
        int h = (int) b1.length();
        INDArray theta = Nd4j.create(DataType.DOUBLE, 4L * h + 1);
        w1(theta).assign(w1.reshape('c', 2, h));
        b1(theta).assign(b1.reshape(h));
        w2(theta).assign(w2.reshape(h));
        theta.putScalar(4L * h, b2);
        return theta;
    }

    /** θ as a rank-1 [p] array (itself when already rank 1). */
    static INDArray flat(INDArray theta) {
        return theta.rank() == 1 ? theta : theta.reshape(theta.length());
    }

    /** x as DOUBLE (itself when it already is). */
    static INDArray asDouble(INDArray a) {
        return a.dataType() == DataType.DOUBLE ? a : a.castTo(DataType.DOUBLE);
    }

    /** Rejects θ whose length is not p. */
    private void checkTheta(INDArray theta) {
        if (theta.length() != parameterCount()) {
            throw new IllegalArgumentException("θ length must be " + parameterCount() + ", was " + theta.length());
        }
    }
}
