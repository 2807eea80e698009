package dev.moons.model;

import java.util.Arrays;
import org.bytedeco.javacpp.DoublePointer;
import org.nd4j.linalg.api.blas.Level1;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Mean BCE of the 2 → H → 1 network on one fixed batch, with a hand-written backward pass in ND4J double ops.
 * The bias terms are folded into the matrix products by a ones column: xOne = [x | 1] [n,3] multiplies
 * θ[0:3H] viewed as [3,H], and hiddenOne = [hidden | 1] [n,H+1] multiplies θ[3H:4H+1] as a vector [H+1],
 * so one product gives both weight and bias gradients, and the 1/n of the mean rides on the product's alpha.
 * Rows go in blocks of at most {@link #BLOCK} that share one set of [rows,H] buffers (so a large batch stays in
 * cache and the cost grows linearly in n); the blocks' gradients accumulate through the products' beta.
 * Every op is a {@link BoundOp} bound once to preallocated buffers, so a call allocates no arrays; θ is copied
 * into a private buffer that the layer views read, and the caller's θ and gradient arrays are rebound only when
 * a different array object is passed. Not thread-safe.
 */
final class BatchLoss implements ModelObjective {
    /** Rows per block: the [rows,H] buffers of a block (4 of them, float64) stay within ~2 MB at H = 16. */
    static final int BLOCK = 4096;

    private final int hidden;
    private final int n;
    private final INDArray labels;
    private final INDArray signs;
    private final INDArray flippedSigns;
    private final INDArray[] xOnes;
    private final double[] staging;
    private double[] labelStaging;
    private double negatives;
    private boolean binaryLabels;
    private final INDArray thetaCopy;
    private final INDArray gradient;
    private final INDArray lossSum;
    private final INDArray softplus;
    private final INDArray correctMinusNegatives;
    /** [z_i ≥ 0] as 0/1 [n], written by {@link #accuracy()}'s first op. */
    private final INDArray predicted;
    private final Level1 level1 = Nd4j.getBlasWrapper().level1();
    private final BoundOp copyTheta;
    private final Block[] blocks;
    private final BoundOp flipLogits;
    private final BoundOp softplusOfFlipped;
    private final BoundOp summedBce;
    private final BoundOp copyGradient;
    private final BoundOp predictedOne;
    private final BoundOp signedHits;

    /** Binds the loss with hidden activation f to x [n,2] and y [n,1] (labels 0/1); both are copied. */
    BatchLoss(int hidden, Activation f, INDArray x, INDArray y) {
        this(hidden, f, x, y, BLOCK);
    }

    /** As {@link #BatchLoss(int, Activation, INDArray, INDArray)} with {@code block} rows per block. */
    BatchLoss(int hidden, Activation f, INDArray x, INDArray y, int block) {
        if (x.rank() != 2 || x.columns() != 2) {
            throw new IllegalArgumentException("x must be [n,2], was " + Arrays.toString(x.shape()));
        }
        if (y.length() != x.rows() || x.rows() < 1) {
            throw new IllegalArgumentException("y must be [n,1] with n = x.rows() ≥ 1");
        }
        this.hidden = hidden;
        this.n = (int) x.rows();
        this.labels = Mlp.asDouble(y).reshape(n).dup('c');
        this.negatives = n - labels.sumNumber().doubleValue();
        this.signs = labels.mul(2.0).subi(1.0);
        this.flippedSigns = signs.neg();
        this.staging = new double[2 * Math.min(block, n)];
        this.binaryLabels = labels.eq(0.0).castTo(DataType.DOUBLE).addi(labels.eq(1.0).castTo(DataType.DOUBLE))
                .minNumber().doubleValue() == 1.0;
        INDArray points = Mlp.asDouble(x);
        INDArray logits = Nd4j.create(DataType.DOUBLE, n);
        INDArray flippedLogits = Nd4j.create(DataType.DOUBLE, n);
        this.predicted = Nd4j.create(DataType.DOUBLE, n);
        this.softplus = cacheLineAligned(n);
        this.lossSum = Nd4j.scalar(DataType.DOUBLE, 0.0);
        this.correctMinusNegatives = Nd4j.create(DataType.DOUBLE, 1, 1);
        this.thetaCopy = Nd4j.create(DataType.DOUBLE, 4L * hidden + 1);
        this.gradient = Nd4j.create(DataType.DOUBLE, 4L * hidden + 1);

        this.copyTheta = BoundOp.copy(thetaCopy.dup(), thetaCopy);
        int count = (n + block - 1) / block;
        this.blocks = new Block[count];
        this.xOnes = new INDArray[count];
        Buffers full = new Buffers(Math.min(block, n), hidden);
        for (int b = 0; b < count; b++) {
            int start = b * block;
            int end = Math.min(n, start + block);
            Buffers buffers = end - start == full.rows ? full : new Buffers(end - start, hidden);
            xOnes[b] = Nd4j.create(DataType.DOUBLE, new long[] {end - start, 3}, 'f').assign(1.0);
            blocks[b] = new Block(f, points.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()), xOnes[b],
                    labels.get(NDArrayIndex.interval(start, end)), logits.get(NDArrayIndex.interval(start, end)),
                    buffers, b == 0);
        }
        this.flipLogits = BoundOp.multiply(logits, flippedSigns, flippedLogits);
        this.softplusOfFlipped = BoundOp.softplus(flippedLogits, softplus);
        this.summedBce = BoundOp.summedBce(logits.reshape(n, 1), Nd4j.scalar(DataType.DOUBLE, 1.0),
                labels.reshape(n, 1), lossSum);
        this.copyGradient = BoundOp.copy(gradient, gradient.dup());
        this.predictedOne = BoundOp.nonNegative(logits, predicted);
        this.signedHits = BoundOp.matmul(signs.reshape(n, 1), predicted.reshape(n, 1), correctMinusNegatives, true,
                1.0, 0.0);
    }

    /** The [rows,H]-sized work buffers of one block size, shared by all blocks of that size. */
    private static final class Buffers {
        final int rows;
        final INDArray pre;
        final INDArray hiddenOne;
        final INDArray hiddenAct;
        final INDArray dlogits;
        final INDArray dhidden;
        final INDArray mask;

        Buffers(int rows, int hidden) {
            this.rows = rows;
            this.pre = Nd4j.create(DataType.DOUBLE, new long[] {rows, hidden}, 'f');
            this.hiddenOne = Nd4j.create(DataType.DOUBLE, new long[] {rows, hidden + 1}, 'f').assign(1.0);
            this.hiddenAct = hiddenOne.get(NDArrayIndex.all(), NDArrayIndex.interval(0, hidden));
            this.dlogits = Nd4j.create(DataType.DOUBLE, rows);
            this.dhidden = Nd4j.create(DataType.DOUBLE, new long[] {rows, hidden}, 'f');
            this.mask = Nd4j.create(DataType.DOUBLE, new long[] {rows, hidden}, 'f');
        }
    }

    /** One block of rows: its own xOne and label/logit views, ops on the shared buffers of its size. */
    private final class Block {
        private final BoundOp hiddenPre;
        private final BoundOp hiddenActivation;
        private final BoundOp outputLogits;
        private final BoundOp probability;
        private final BoundOp residual;
        private final BoundOp layer2Gradient;
        private final BoundOp hiddenBackprop;
        private final BoundOp[] activationDerivative;
        private final BoundOp maskedBackprop;
        private final BoundOp layer1Gradient;

        /**
         * For points x [rows,2] copied into xOne [rows,3] (its last column ones), labels y [rows] and the logits
         * view z [rows]; the first block overwrites ∇L.
         */
        Block(Activation f, INDArray x, INDArray xOne, INDArray y, INDArray z, Buffers buf, boolean first) {
            xOne.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 2)).assign(x);
            int rows = buf.rows;
            double beta = first ? 0.0 : 1.0;
            INDArray w2Row = Mlp.w2(thetaCopy).reshape(1, hidden);
            this.hiddenPre = BoundOp.matmul(xOne, Mlp.layer1(thetaCopy), buf.pre, false, 1.0, 0.0);
            this.hiddenActivation = BoundOp.activation(f, buf.pre, buf.hiddenAct);
            // rank-1 operands: libnd4j runs matrix·vector as BLAS gemv (~4 µs at 1000 rows), [H+1,1] as gemm (~11)
            this.outputLogits = BoundOp.matmul(buf.hiddenOne, Mlp.layer2(thetaCopy).reshape(hidden + 1), z,
                    false, 1.0, 0.0);
            this.probability = BoundOp.sigmoid(z, buf.dlogits);
            this.residual = BoundOp.subtract(buf.dlogits, y, buf.dlogits);
            this.layer2Gradient = BoundOp.matmul(buf.hiddenOne, buf.dlogits,
                    Mlp.layer2(gradient).reshape(hidden + 1), true, 1.0 / n, beta);
            // outer product d·w2ᵀ as a broadcast multiply [rows,1] ⊙ [1,H]: ~7.5 µs against ~13 µs as a matmul
            this.hiddenBackprop = BoundOp.multiply(buf.dlogits.reshape(rows, 1), w2Row, buf.dhidden);
            this.activationDerivative = BoundOp.derivative(f, buf.pre, buf.hiddenAct, buf.mask);
            this.maskedBackprop = BoundOp.multiply(buf.dhidden, buf.mask, buf.dhidden);
            this.layer1Gradient = BoundOp.matmul(xOne, buf.dhidden, Mlp.layer1(gradient), true, 1.0 / n, beta);
        }

        /** pre = xOne·layer1 [rows,H]; hidden = f(pre); z = hiddenOne·layer2 [rows]. */
        void forward() {
            hiddenPre.run();
            hiddenActivation.run();
            outputLogits.run();
        }

        /**
         * From this block's forward buffers: d = σ(z) − y [rows]; layer2 gradient += hiddenOneᵀ·d/n [H+1];
         * dhidden = (d·w2ᵀ) ⊙ f′(pre) [rows,H] (ReLU′ = [pre &gt; 0]); layer1 gradient += xOneᵀ·dhidden/n [3,H].
         */
        void backward() {
            probability.run();
            residual.run();
            layer2Gradient.run();
            hiddenBackprop.run();
            for (BoundOp op : activationDerivative) {
                op.run();
            }
            maskedBackprop.run();
            layer1Gradient.run();
        }
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
        for (Block block : blocks) {
            block.forward();
        }
        return meanBce();
    }

    /**
     * L(θ) and the fraction of points whose logit sign matches the label: with s = 2y − 1 [n] and
     * ŷ = [z ≥ 0] [n], the number correct is #negatives + s·ŷ.
     */
    @Override
    public LossAndAccuracy evaluate(INDArray theta) {
        double loss = value(theta);
        return new LossAndAccuracy(loss, accuracy());
    }

    @Override
    public boolean[] predictions(INDArray theta) {
        value(theta);
        predictedOne.run();
        double[] ones = predicted.toDoubleVector();
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = ones[i] == 1.0;
        }
        return out;
    }

    // the fraction correct from the current logits
    private double accuracy() {
        predictedOne.run();
        signedHits.run();
        return (negatives + correctMinusNegatives.getDouble(0)) / n;
    }

    /** L(θ), ∇L(θ) into gradientOut [p] and the accuracy, from one forward pass (see {@link #evaluate}). */
    @Override
    public LossAndAccuracy valueGradientAndAccuracy(INDArray theta, INDArray gradientOut) {
        double loss = valueAndGradient(theta, gradientOut);
        return new LossAndAccuracy(loss, accuracy());
    }

    /** L(θ) and ∇L(θ) written into gradientOut [p]; each block runs forward then backward while in cache. */
    @Override
    public double valueAndGradient(INDArray theta, INDArray gradientOut) {
        if (gradientOut.length() != dimension()) {
            throw new IllegalArgumentException("gradientOut length must be " + dimension());
        }
        load(theta);
        for (Block block : blocks) {
            block.forward();
            block.backward();
        }
        double loss = meanBce();
        store(gradientOut);
        return loss;
    }

    /**
     * Mean BCE over the batch from the current logits z [n]. For 0/1 labels it is Σ softplus(−s ⊙ z)/n with
     * s = 2y − 1 (log(1 + e^t), accurate for every t up to ~709), summed by BLAS asum since every term is ≥ 0
     * (on a 64-byte aligned buffer, see {@link #cacheLineAligned});
     * if that overflows (some |z| &gt; ~709) or the labels are not 0/1, libnd4j's stable
     * max(z,0) − z·y + log(1 + exp(−|z|)) is used instead (~20 µs against ~15 µs for n = 1000).
     */
    private double meanBce() {
        if (binaryLabels) {
            flipLogits.run();
            softplusOfFlipped.run();
            double sum = level1.asum(softplus);
            if (sum < Double.POSITIVE_INFINITY) {
                return sum / n;
            }
        }
        summedBce.run();
        return lossSum.getDouble(0) / n;
    }

    /**
     * A zeroed float64 vector [n] whose first element sits at an address divisible by 64, so BLAS asum adds its
     * terms in one order in every process: OpenBLAS's dasum splits a vector of 256 terms or more by the address
     * modulo 32 (measured: none of 200 random vectors of 255 terms, 51–70 % of those of 256–700 terms change in the
     * last bit), and malloc returns 16- or 32-byte aligned buffers depending on the process, so one seed's test
     * loss came out as …501 or …504 in its last digits from run to run.
     */
    static INDArray cacheLineAligned(int n) {
        int perLine = 64 / Double.BYTES;
        INDArray backing = Nd4j.create(DataType.DOUBLE, n + perLine);
        long misalignment = backing.data().addressPointer().address() % 64;
        if (misalignment % Double.BYTES != 0) {
            throw new IllegalStateException("a float64 buffer at an address not divisible by 8");
        }
        int skip = (int) ((64 - misalignment) % 64 / Double.BYTES);
        return backing.get(NDArrayIndex.interval(skip, skip + n));
    }

    /**
     * Puts the points {@code rows[from … from+n)} of (x, y) in place of this batch's, as if it had been built on
     * them: x is [N,2] row-major (x1, x2 of point i at 2i, 2i+1), y [N] holds the labels; no array is allocated.
     */
    void reload(double[] x, double[] y, int[] rows, int from) {
        double labelSum = 0;
        boolean binary = true;
        for (int b = 0, start = 0; b < blocks.length; b++) {
            int count = (int) xOnes[b].rows();
            // xOne is column-major: the block's x1 column, then its x2 column (the ones column stays)
            for (int i = 0; i < count; i++) {
                int row = rows[from + start + i];
                staging[i] = x[2 * row];
                staging[count + i] = x[2 * row + 1];
            }
            new DoublePointer(xOnes[b].data().addressPointer()).put(staging, 0, 2 * count);
            start += count;
        }
        if (labelStaging == null) {
            labelStaging = new double[n];
        }
        double[] label = labelStaging;
        for (int i = 0; i < n; i++) {
            label[i] = y[rows[from + i]];
            labelSum += label[i];
            binary &= label[i] == 0.0 || label[i] == 1.0;
        }
        new DoublePointer(labels.data().addressPointer()).put(label, 0, n);
        for (int i = 0; i < n; i++) {
            label[i] = label[i] * 2.0 - 1.0;
        }
        new DoublePointer(signs.data().addressPointer()).put(label, 0, n);
        for (int i = 0; i < n; i++) {
            label[i] = -label[i];
        }
        new DoublePointer(flippedSigns.data().addressPointer()).put(label, 0, n);
        negatives = n - labelSum;
        binaryLabels = binary;
    }

    /** Copies θ [p] into the private buffer, rejecting a wrong length; θ itself is never written. */
    private void load(INDArray theta) {
        if (theta.length() != dimension()) {
            throw new IllegalArgumentException("θ length must be " + dimension() + ", was " + theta.length());
        }
        if (theta.rank() == 1 && theta.dataType() == DataType.DOUBLE) {
            copyTheta.bindInput(0, theta);
            copyTheta.run();
        } else {
            thetaCopy.assign(Mlp.flat(theta));
        }
    }

    /** Copies the gradient [p] into gradientOut of any shape with p entries. */
    private void store(INDArray gradientOut) {
        if (gradientOut.rank() == 1 && gradientOut.dataType() == DataType.DOUBLE) {
            copyGradient.bindOutput(0, gradientOut);
            copyGradient.run();
        } else {
            gradientOut.assign(gradient.reshape(gradientOut.shape()));
        }
    }
}
