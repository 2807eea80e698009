package dev.moons.model;

import dev.moons.optim.DifferentiableObjective;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Mean BCE of the 2 → H → 1 network on one fixed batch, with a hand-written backward pass in ND4J double ops.
 * The bias terms are folded into the matrix products by a ones column: xOne = [x | 1] [n,3] multiplies
 * θ[0:3H] viewed as [3,H], and hiddenOne = [hidden | 1] [n,H+1] multiplies θ[3H:4H+1] viewed as [H+1,1],
 * so one gemm gives both weight and bias gradients. θ is copied into a private contiguous buffer whose layer
 * views are made once; the [n,·] buffers are allocated once, in 'f' order so that the hidden columns of
 * hiddenOne are contiguous. Not thread-safe.
 */
final class BatchLoss implements ModelObjective {
    private final int hidden;
    private final int n;
    private final INDArray y;
    private final INDArray xOne;
    private final INDArray pre;
    private final INDArray hiddenOne;
    private final INDArray hiddenAct;
    private final INDArray logits;
    private final INDArray perPoint;
    private final INDArray work;
    private final INDArray dlogits;
    private final INDArray dhidden;
    private final INDArray thetaCopy;
    private final INDArray layer1;
    private final INDArray layer2;
    private final INDArray w2Row;
    private final INDArray gradient;
    private final INDArray gradLayer1;
    private final INDArray gradLayer2;

    /** Binds the loss to x [n,2] and y [n,1] (labels 0/1); both are copied. */
    BatchLoss(int hidden, INDArray x, INDArray y) {
        if (x.rank() != 2 || x.columns() != 2) {
            throw new IllegalArgumentException("x must be [n,2], was " + Arrays.toString(x.shape()));
        }
        if (y.length() != x.rows() || x.rows() < 1) {
            throw new IllegalArgumentException("y must be [n,1] with n = x.rows() ≥ 1");
        }
        this.hidden = hidden;
        this.n = (int) x.rows();
        this.y = Mlp.asDouble(y).reshape(n, 1).dup('c');
        this.xOne = Nd4j.create(DataType.DOUBLE, new long[] {n, 3}, 'f').assign(1.0);
        xOne.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 2)).assign(Mlp.asDouble(x));
        this.pre = Nd4j.create(DataType.DOUBLE, new long[] {n, hidden}, 'f');
        this.hiddenOne = Nd4j.create(DataType.DOUBLE, new long[] {n, hidden + 1}, 'f').assign(1.0);
        this.hiddenAct = hiddenOne.get(NDArrayIndex.all(), NDArrayIndex.interval(0, hidden));
        this.logits = Nd4j.create(DataType.DOUBLE, n, 1);
        this.perPoint = Nd4j.create(DataType.DOUBLE, n, 1);
        this.work = Nd4j.create(DataType.DOUBLE, n, 1);
        this.dlogits = Nd4j.create(DataType.DOUBLE, n, 1);
        this.dhidden = Nd4j.create(DataType.DOUBLE, new long[] {n, hidden}, 'f');
        this.thetaCopy = Nd4j.create(DataType.DOUBLE, 4L * hidden + 1);
        this.layer1 = Mlp.layer1(thetaCopy);
        this.layer2 = Mlp.layer2(thetaCopy);
        this.w2Row = Mlp.w2(thetaCopy).reshape(1, hidden);
        this.gradient = Nd4j.create(DataType.DOUBLE, 4L * hidden + 1);
        this.gradLayer1 = Mlp.layer1(gradient);
        this.gradLayer2 = Mlp.layer2(gradient);
    }

    /** p = 4H+1. */
    @Override
    public int dimension() {
        return 4 * hidden + 1;
    }

    /** L(θ), one forward pass. */
    @Override
    public double value(INDArray theta) {
        load(theta);
        forward();
        return meanBce();
    }

    /** L(θ) and the fraction of points whose logit sign matches the label. */
    @Override
    public LossAndAccuracy evaluate(INDArray theta) {
        load(theta);
        forward();
        double loss = meanBce();
        double correct = logits.gte(0.0).castTo(DataType.DOUBLE).eq(y).castTo(DataType.DOUBLE)
                .sumNumber().doubleValue();
        return new LossAndAccuracy(loss, correct / n);
    }

    /** L(θ) and ∇L(θ) written into gradientOut [p]. */
    @Override
    public double valueAndGradient(INDArray theta, INDArray gradientOut) {
        if (gradientOut.length() != dimension()) {
            throw new IllegalArgumentException("gradientOut length must be " + dimension());
        }
        load(theta);
        forward();
        double loss = meanBce();
        backward();
        gradientOut.assign(gradientOut.rank() == 1 ? gradient : gradient.reshape(gradientOut.shape()));
        return loss;
    }

    /** pre = xOne·layer1 [n,H]; hidden = relu(pre); logits = hiddenOne·layer2 [n,1]. */
    private void forward() {
        Nd4j.gemm(xOne, layer1, pre, false, false, 1.0, 0.0);
        Nd4j.exec(new RectifiedLinear(pre, hiddenAct, 0.0));
        Nd4j.gemm(hiddenOne, layer2, logits, false, false, 1.0, 0.0);
    }

    /** mean of max(z,0) − z·y + log(1 + exp(−|z|)) over the batch, from the current logits z. */
    private double meanBce() {
        Transforms.abs(work.assign(logits), false).negi();
        Transforms.log1p(Transforms.exp(work, false), false);
        Nd4j.exec(new RectifiedLinear(logits, perPoint, 0.0));
        perPoint.addi(work);
        work.assign(logits).muli(y);
        perPoint.subi(work);
        return perPoint.sumNumber().doubleValue() / n;
    }

    /** From the current forward buffers: dlogits = (σ(z) − y)/n, then both layer gradients into {@code gradient}. */
    private void backward() {
        Nd4j.exec(new Sigmoid(logits, dlogits));
        dlogits.subi(y).divi(n);
        Nd4j.gemm(hiddenOne, dlogits, gradLayer2, true, false, 1.0, 0.0);
        Nd4j.gemm(dlogits, w2Row, dhidden, false, false, 1.0, 0.0);
        Nd4j.exec(new RectifiedLinearDerivative(pre, dhidden, dhidden));
        Nd4j.gemm(xOne, dhidden, gradLayer1, true, false, 1.0, 0.0);
    }

    /** Copies θ [p] into the private buffer, rejecting a wrong length; θ itself is never written. */
    private void load(INDArray theta) {
        if (theta.length() != dimension()) {
            throw new IllegalArgumentException("θ length must be " + dimension() + ", was " + theta.length());
        }
        thetaCopy.assign(theta.rank() == 1 ? theta : theta.reshape(theta.length()));
    }
}
