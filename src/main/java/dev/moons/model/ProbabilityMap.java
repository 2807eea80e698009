package dev.moons.model;

import org.bytedeco.javacpp.DoublePointer;
import org.nd4j.linalg.api.blas.Level2;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * σ(logits) of the 2 → H → 1 network at one fixed set of m points, in float32 ND4J ops bound once to
 * preallocated buffers: the heatmap's forward pass, run every animation frame without allocating arrays.
 * θ [p] (double) is cast to a private float copy; points are processed in row blocks of at most
 * {@link #BLOCK}, bounding the [rows,H+1] hidden buffer. Not thread-safe.
 */
public final class ProbabilityMap {
    /** Rows per block. */
    static final int BLOCK = 65536;

    private final int hidden;
    private final Activation activation;
    private final int size;
    private final INDArray thetaFloat;
    private final INDArray probabilities;
    private final BoundOp castTheta;
    private final Runnable[] blockOps;
    private final BoundOp sigmoid;
    private final BoundOp widen;

    /** For H ReLU hidden units and m points xy [m·2] (row-major (x1, x2) pairs, already standardized). */
    public ProbabilityMap(int hidden, double[] xy) {
        this(hidden, Activation.RELU, xy, BLOCK);
    }

    /** For H hidden units with activation f and m points xy [m·2] (row-major pairs, already standardized). */
    public ProbabilityMap(int hidden, Activation f, double[] xy) {
        this(hidden, f, xy, BLOCK);
    }

    /** As {@link #ProbabilityMap(int, Activation, double[])} with {@code block} rows per block. */
    ProbabilityMap(int hidden, Activation f, double[] xy, int block) {
        if (hidden < Mlp.MIN_HIDDEN || hidden > Mlp.MAX_HIDDEN) {
            throw new IllegalArgumentException("hidden must be in [1, 256], was " + hidden);
        }
        if (xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("xy must hold m ≥ 1 (x1, x2) pairs, length was " + xy.length);
        }
        this.hidden = hidden;
        this.activation = f;
        this.size = xy.length / 2;
        this.thetaFloat = Nd4j.create(DataType.FLOAT, 4L * hidden + 1);
        INDArray layer1 = Mlp.layer1(thetaFloat);
        INDArray layer2Vector = Mlp.layer2(thetaFloat).reshape(hidden + 1);
        Level2 level2 = Nd4j.getBlasWrapper().level2();
        INDArray logits = Nd4j.create(DataType.FLOAT, size);
        this.probabilities = Nd4j.create(DataType.DOUBLE, size);
        this.castTheta = BoundOp.cast(Nd4j.create(DataType.DOUBLE, 4L * hidden + 1), thetaFloat);
        int blocks = (size + block - 1) / block;
        this.blockOps = new Runnable[3 * blocks];
        INDArray points = Nd4j.createFromArray(xy).reshape(size, 2).castTo(DataType.FLOAT);
        int rows0 = Math.min(block, size);
        INDArray hiddenOne = Nd4j.create(DataType.FLOAT, new long[] {rows0, hidden + 1}, 'f').assign(1.0f);
        for (int b = 0; b < blocks; b++) {
            long start = (long) b * block;
            long end = Math.min(size, start + block);
            int rows = (int) (end - start);
            INDArray xOne = Nd4j.create(DataType.FLOAT, new long[] {rows, 3}, 'f').assign(1.0f);
            xOne.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 2))
                    .assign(points.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()));
            INDArray blockHiddenOne = rows == rows0 ? hiddenOne
                    : Nd4j.create(DataType.FLOAT, new long[] {rows, hidden + 1}, 'f').assign(1.0f);
            INDArray hiddenAct = blockHiddenOne.get(NDArrayIndex.all(), NDArrayIndex.interval(0, hidden));
            INDArray blockLogits = logits.get(NDArrayIndex.interval(start, end));
            blockOps[3 * b] = BoundOp.matmul(xOne, layer1, hiddenAct, false, 1.0, 0.0)::run;
            blockOps[3 * b + 1] = BoundOp.activation(f, hiddenAct, hiddenAct)::run;
            blockOps[3 * b + 2] = () -> level2.gemv('f', 'N', 1.0, blockHiddenOne, layer2Vector, 0.0, blockLogits);
        }
        this.sigmoid = BoundOp.sigmoid(logits, logits);
        this.widen = BoundOp.cast(logits, probabilities);
    }

    /** H, the number of hidden units θ must have. */
    public int hidden() {
        return hidden;
    }

    /** The hidden activation θ is evaluated with. */
    public Activation activation() {
        return activation;
    }

    /** m, the number of points. */
    public int size() {
        return size;
    }

    /** Writes P(class 1) at every point into out [m]: σ(f([x | 1]·layer1)·layer2 + b2) in float32. */
    public void probabilities(INDArray theta, double[] out) {
        if (theta.length() != 4L * hidden + 1) {
            throw new IllegalArgumentException("θ length must be " + (4 * hidden + 1) + ", was " + theta.length());
        }
        if (out.length != size) {
            throw new IllegalArgumentException("out length must be " + size + ", was " + out.length);
        }
        if (theta.rank() == 1 && theta.dataType() == DataType.DOUBLE) {
            castTheta.bindInput(0, theta);
            castTheta.run();
        } else {
            thetaFloat.assign(Mlp.flat(theta));
        }
        for (Runnable op : blockOps) {
            op.run();
        }
        sigmoid.run();
        widen.run();
        ((DoublePointer) probabilities.data().pointer()).get(out, 0, size);
    }

    /** P(class 1) at every point as a new double[m]. */
    public double[] probabilities(INDArray theta) {
        double[] out = new double[size];
        probabilities(theta, out);
        return out;
    }
}
