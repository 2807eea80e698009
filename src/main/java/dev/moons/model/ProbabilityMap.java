package dev.moons.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.javacpp.DoublePointer;
import org.nd4j.linalg.api.blas.Level2;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * σ(logits) of the 2 → H → 1 network at one fixed set of m points, in float32 ND4J ops bound once to
 * preallocated buffers: the heatmap's forward pass, run every animation frame without allocating arrays.
 * θ [p] (double) is cast to a private float copy; points are processed in blocks of at most
 * {@link #BLOCK}, bounding the hidden buffer. Any points: {@link #ProbabilityMap(int, Activation, double[])};
 * a lattice, about twice as fast: {@link #lattice} (not used by the app yet, see bench/README). Not thread-safe.
 */
public final class ProbabilityMap {
    /** Points per block for a point list. */
    static final int BLOCK = 65536;

    /** About this many points per block for a lattice: a ~1.1 MB hidden buffer at H = 16 (200×200: ~5% faster). */
    static final int LATTICE_BLOCK = 16384;

    private final int hidden;
    private final Activation activation;
    private final int size;
    private final INDArray thetaFloat;
    private final INDArray logits;
    private final INDArray probabilities;
    private final BoundOp castTheta;
    private Runnable[] forwardOps;
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
        this(hidden, f, checkedPairs(hidden, xy));
        INDArray layer1 = Mlp.layer1(thetaFloat);
        INDArray layer2Vector = Mlp.layer2(thetaFloat).reshape(hidden + 1);
        Level2 level2 = Nd4j.getBlasWrapper().level2();
        int blocks = (size + block - 1) / block;
        List<Runnable> ops = new ArrayList<>();
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
            ops.add(BoundOp.matmul(xOne, layer1, hiddenAct, false, 1.0, 0.0)::run);
            ops.add(BoundOp.activation(f, hiddenAct, hiddenAct)::run);
            ops.add(() -> level2.gemv('f', 'N', 1.0, blockHiddenOne, layer2Vector, 0.0, blockLogits));
        }
        this.forwardOps = ops.toArray(Runnable[]::new);
    }

    /**
     * For the lattice of points (columnX1[c], rowX2[r]), c &lt; nx, r &lt; ny (standardized), point r·nx + c.
     * The first layer is separable on a lattice: pre[r,c,:] = x1_c·w1[0,:] + b1 + x2_r·w1[1,:], so it is one
     * broadcast add of a column term [H,1,nx] and a row term [H,ny,1] (each a [3,H]ᵀ·[3,·] product) instead
     * of an [m,3]·[3,H] product; the hidden buffer is laid out [H+1, rows, nx] with a last plane of ones, so the
     * output layer with its bias b2 is one product with θ[3H:4H+1]. Rows go in blocks of about
     * {@link #LATTICE_BLOCK} points.
     */
    public static ProbabilityMap lattice(int hidden, Activation f, double[] columnX1, double[] rowX2) {
        return new ProbabilityMap(hidden, f, columnX1, rowX2, LATTICE_BLOCK);
    }

    /** As {@link #lattice} with blocks of about {@code block} points (at least one row each). */
    ProbabilityMap(int hidden, Activation f, double[] columnX1, double[] rowX2, int block) {
        this(hidden, f, checkedLattice(hidden, columnX1, rowX2));
        int nx = columnX1.length;
        int ny = rowX2.length;
        INDArray layer1 = Mlp.layer1(thetaFloat);
        INDArray layer2Vector = Mlp.layer2(thetaFloat).reshape(hidden + 1);
        List<Runnable> ops = new ArrayList<>();
        // column term: rows 0..H−1 = w1[0,:]ᵀ·x1 + b1ᵀ from [x1; 0; 1] [3,nx]; row H = 1 (the bias unit)
        INDArray columnIn = Nd4j.create(DataType.FLOAT, 3, nx);
        columnIn.getRow(0).assign(Nd4j.createFromArray(columnX1).castTo(DataType.FLOAT));
        columnIn.getRow(2).assign(1.0f);
        INDArray columnTerm = Nd4j.create(DataType.FLOAT, hidden + 1, 1, nx).assign(1.0f);
        INDArray columnUnits = columnTerm.get(NDArrayIndex.interval(0, hidden)).reshape(hidden, nx);
        ops.add(BoundOp.matmul(layer1, columnIn, columnUnits, true, 1.0, 0.0)::run);
        int rowsPerBlock = Math.max(1, Math.min(ny, block / nx));
        INDArray hiddenBuffer = Nd4j.create(DataType.FLOAT, hidden + 1, rowsPerBlock, nx);
        for (int r0 = 0; r0 < ny; r0 += rowsPerBlock) {
            int rows = Math.min(rowsPerBlock, ny - r0);
            // row term: rows 0..H−1 = w1[1,:]ᵀ·x2 from [0; x2; 0] [3,rows]; row H = 0
            INDArray rowIn = Nd4j.create(DataType.FLOAT, 3, rows);
            rowIn.getRow(1).assign(Nd4j.createFromArray(Arrays.copyOfRange(rowX2, r0, r0 + rows))
                    .castTo(DataType.FLOAT));
            INDArray rowTerm = Nd4j.create(DataType.FLOAT, hidden + 1, rows, 1);
            INDArray rowUnits = rowTerm.get(NDArrayIndex.interval(0, hidden)).reshape(hidden, rows);
            INDArray blockHidden = rows == rowsPerBlock ? hiddenBuffer
                    : Nd4j.create(DataType.FLOAT, hidden + 1, rows, nx);
            INDArray units = blockHidden.reshape(hidden + 1, (long) rows * nx);
            INDArray activated = units.get(NDArrayIndex.interval(0, hidden), NDArrayIndex.all());
            INDArray blockLogits = logits.get(NDArrayIndex.interval((long) r0 * nx, (long) (r0 + rows) * nx));
            ops.add(BoundOp.matmul(layer1, rowIn, rowUnits, true, 1.0, 0.0)::run);
            ops.add(BoundOp.add(rowTerm, columnTerm, blockHidden)::run);
            ops.add(BoundOp.activation(f, activated, activated)::run);
            ops.add(BoundOp.matmul(units, layer2Vector, blockLogits, true, 1.0, 0.0)::run);
        }
        this.forwardOps = ops.toArray(Runnable[]::new);
    }

    /** The buffers and ops shared by both layouts; the forward ops are set by the calling constructor. */
    private ProbabilityMap(int hidden, Activation f, int size) {
        this.hidden = hidden;
        this.activation = f;
        this.size = size;
        this.thetaFloat = Nd4j.create(DataType.FLOAT, 4L * hidden + 1);
        this.logits = Nd4j.create(DataType.FLOAT, size);
        this.probabilities = Nd4j.create(DataType.DOUBLE, size);
        this.castTheta = BoundOp.cast(Nd4j.create(DataType.DOUBLE, 4L * hidden + 1), thetaFloat);
        this.sigmoid = BoundOp.sigmoid(logits, logits);
        this.widen = BoundOp.cast(logits, probabilities);
    }

    /** m for m (x1, x2) pairs, after checking H and the pairs. */
    private static int checkedPairs(int hidden, double[] xy) {
        checkHidden(hidden);
        if (xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("xy must hold m ≥ 1 (x1, x2) pairs, length was " + xy.length);
        }
        return xy.length / 2;
    }

    /** m = nx·ny, after checking H and that both axes are non-empty. */
    private static int checkedLattice(int hidden, double[] columnX1, double[] rowX2) {
        checkHidden(hidden);
        if (columnX1.length < 1 || rowX2.length < 1) {
            throw new IllegalArgumentException("a lattice needs ≥ 1 column and ≥ 1 row, was "
                    + columnX1.length + "x" + rowX2.length);
        }
        return Math.multiplyExact(columnX1.length, rowX2.length);
    }

    private static void checkHidden(int hidden) {
        if (hidden < Mlp.MIN_HIDDEN || hidden > Mlp.MAX_HIDDEN) {
            throw new IllegalArgumentException("hidden must be in [1, 256], was " + hidden);
        }
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
        for (Runnable op : forwardOps) {
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
