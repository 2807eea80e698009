package dev.moons.model;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Every hidden unit's activation a_j(x) = f(x·w1[:,j] + b1[j]) at one fixed set of G points, all H maps at once:
 * one float32 [G,3]·[3,H] matmul ([x | 1] times w1 with b1 as a third row) and one activation op, bound once to
 * preallocated buffers. The [G,H] result is column-major, so unit j's map is the contiguous run
 * out[j·G … j·G + G − 1] in the points' order. Not thread-safe.
 */
public final class HiddenUnitMaps {
    /** Largest G·H, bounding the float buffer at 64 MB. */
    public static final long MAX_VALUES = 1L << 24;

    private final int hidden;
    private final Activation activation;
    private final int size;
    private final float[] thetaCopy;
    private final INDArray thetaFloat;
    private final INDArray activations;
    private final BoundOp preActivation;
    private final BoundOp act;

    /** For H hidden units with activation f and G points xy [G·2] (row-major (x1, x2) pairs, already standardized). */
    public HiddenUnitMaps(int hidden, Activation f, double[] xy) {
        if (hidden < Mlp.MIN_HIDDEN || hidden > Mlp.MAX_HIDDEN) {
            throw new IllegalArgumentException("hidden must be in [1, 256], was " + hidden);
        }
        if (f == null) {
            throw new IllegalArgumentException("activation must not be null");
        }
        if (xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("xy must hold G ≥ 1 (x1, x2) pairs, length was " + xy.length);
        }
        if ((long) (xy.length / 2) * hidden > MAX_VALUES) {
            throw new IllegalArgumentException("G·H must be at most " + MAX_VALUES + ", was "
                    + (long) (xy.length / 2) * hidden);
        }
        this.hidden = hidden;
        this.activation = f;
        this.size = xy.length / 2;
        this.thetaCopy = new float[4 * hidden + 1];
        this.thetaFloat = Nd4j.create(DataType.FLOAT, 4L * hidden + 1);
        INDArray xOne = Nd4j.create(DataType.FLOAT, new long[] {size, 3}, 'f').assign(1.0f);
        xOne.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 2))
                .assign(Nd4j.createFromArray(xy).reshape(size, 2).castTo(DataType.FLOAT));
        this.activations = Nd4j.create(DataType.FLOAT, new long[] {size, hidden}, 'f');
        this.preActivation = BoundOp.matmul(xOne, Mlp.layer1(thetaFloat), activations, false, 1.0, 0.0);
        this.act = BoundOp.activation(f, activations, activations);
    }

    /** H, the number of hidden units θ must have. */
    public int hidden() {
        return hidden;
    }

    /** The activation f the maps are computed with. */
    public Activation activation() {
        return activation;
    }

    /** G, the number of points per map. */
    public int size() {
        return size;
    }

    /** Writes a_j(point g) into out[j·G + g] for θ [4H+1] (layout of {@link Mlp}); out has length H·G. */
    public void maps(double[] theta, float[] out) {
        if (theta.length != 4 * hidden + 1) {
            throw new IllegalArgumentException("θ length must be " + (4 * hidden + 1) + ", was " + theta.length);
        }
        if (out.length != hidden * size) {
            throw new IllegalArgumentException("out length must be H·G = " + hidden * size + ", was " + out.length);
        }
        for (int i = 0; i < theta.length; i++) {
            thetaCopy[i] = (float) theta[i];
        }
        ((FloatPointer) thetaFloat.data().pointer()).put(thetaCopy, 0, thetaCopy.length);
        // pre-activation x·w1 + b1, then f in place
        preActivation.run();
        act.run();
        ((FloatPointer) activations.data().pointer()).get(out, 0, out.length);
    }

    /** All H maps as a new float[H·G], unit j's map at [j·G, (j+1)·G). */
    public float[] maps(double[] theta) {
        float[] out = new float[hidden * size];
        maps(theta, out);
        return out;
    }
}
