package dev.moons.model;

import org.nd4j.linalg.api.blas.Level1;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A network loss with the L2 penalty λ/2·(‖w1‖² + ‖w2‖²) added: the weights w1 = θ[0:2H] and w2 = θ[3H:4H] are
 * penalised, the biases b1 = θ[2H:3H] and b2 = θ[4H] are not. Its gradient is the data gradient plus λ·w on the
 * weight entries. A decorator of the data loss, so the kernel that computes the data loss is untouched; the
 * optimizers and the line search see only this penalised objective.
 */
public final class WeightDecayObjective implements ModelObjective {
    private final ModelObjective data;
    private final double lambda;
    private final int hidden;
    private final Level1 level1 = Nd4j.getBlasWrapper().level1();

    /** The data loss {@code data} of a network with H = {@code hidden} plus λ/2·‖w‖²; λ finite and ≥ 0. */
    public WeightDecayObjective(ModelObjective data, double lambda, int hidden) {
        if (!(lambda >= 0 && Double.isFinite(lambda))) {
            throw new IllegalArgumentException("weight-decay must be finite and >= 0, was " + lambda);
        }
        if (data.dimension() != 4 * hidden + 1) {
            throw new IllegalArgumentException("objective has " + data.dimension() + " parameters, H = " + hidden
                    + " needs " + (4 * hidden + 1));
        }
        this.data = data;
        this.lambda = lambda;
        this.hidden = hidden;
    }

    /** λ, the penalty's weight. */
    public double lambda() {
        return lambda;
    }

    /** λ/2·(‖w1‖² + ‖w2‖²) at θ [4H+1]. */
    public static double penalty(INDArray theta, double lambda) {
        if (lambda == 0) {
            return 0;
        }
        INDArray t = Mlp.flat(theta);
        int h = Mlp.hiddenOf(t);
        double w1 = t.get(NDArrayIndex.interval(0, 2L * h)).norm2Number().doubleValue();
        double w2 = t.get(NDArrayIndex.interval(3L * h, 4L * h)).norm2Number().doubleValue();
        return lambda / 2 * (w1 * w1 + w2 * w2);
    }

    @Override
    public int dimension() {
        return data.dimension();
    }

    /** L_data(θ) + λ/2·‖w‖². */
    @Override
    public double value(INDArray theta) {
        return data.value(theta) + penalty(theta, lambda);
    }

    /** The penalised loss L_data + λ/2·‖w‖² and the accuracy, from one forward pass. */
    @Override
    public LossAndAccuracy evaluate(INDArray theta) {
        LossAndAccuracy d = data.evaluate(theta);
        return new LossAndAccuracy(d.loss() + penalty(theta, lambda), d.accuracy());
    }

    /** The data term's predictions: weight decay changes the loss, not the logits. */
    @Override
    public boolean[] predictions(INDArray theta) {
        return data.predictions(theta);
    }

    /** L_data(θ) + λ/2·‖w‖², writing ∇L_data + λ·[w1, 0, w2, 0] into gradientOut [4H+1]. */
    @Override
    public double valueAndGradient(INDArray theta, INDArray gradientOut) {
        double loss = data.valueAndGradient(theta, gradientOut);
        if (lambda == 0) {
            return loss;
        }
        INDArray t = Mlp.flat(theta);
        INDArray g = Mlp.flat(gradientOut);
        // g[w] += λ·θ[w] on the two weight blocks, in place
        level1.axpy(2L * hidden, lambda, t.get(NDArrayIndex.interval(0, 2L * hidden)),
                g.get(NDArrayIndex.interval(0, 2L * hidden)));
        level1.axpy(hidden, lambda, t.get(NDArrayIndex.interval(3L * hidden, 4L * hidden)),
                g.get(NDArrayIndex.interval(3L * hidden, 4L * hidden)));
        return loss + penalty(t, lambda);
    }
}
