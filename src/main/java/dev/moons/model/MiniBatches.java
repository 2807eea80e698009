package dev.moons.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The mini-batches of one training set at one batch size B, without allocation per batch: one bound loss for
 * the batches of B points and one for the shorter last batch (when B does not divide N), each built once and
 * refilled with the rows a shuffled order picks. Batch k of an order holds rows order[kB … min(N, (k+1)B)), and
 * its loss equals {@code model.objective(x.getRows(those rows), y.getRows(those rows))} bit for bit. The objective
 * {@link #batch} returns stays valid until the next call that refills it. Not thread-safe.
 */
public final class MiniBatches {
    private final int size;
    private final int n;
    private final double[] points;
    private final double[] labels;
    private final BatchLoss full;
    private final BatchLoss tail;

    /** Batches of {@code size} (1 … N) points of x [N,2], y [N,1] for {@code model}; x and y are copied. */
    public MiniBatches(Mlp model, INDArray x, INDArray y, int size) {
        this.n = (int) x.rows();
        if (size < 1 || size > n) {
            throw new IllegalArgumentException("batch must be in [1, " + n + "], was " + size);
        }
        this.size = size;
        this.points = Mlp.asDouble(x).dup('c').data().asDouble();
        this.labels = Mlp.asDouble(y).reshape(n).dup('c').data().asDouble();
        // built on the first rows; every batch() refills them
        this.full = bind(model, x, y, size);
        this.tail = n % size == 0 ? null : bind(model, x, y, n % size);
    }

    private static BatchLoss bind(Mlp model, INDArray x, INDArray y, int rows) {
        return new BatchLoss(model.hidden(), model.activation(),
                x.get(NDArrayIndex.interval(0, rows),
                        NDArrayIndex.all()),
                y.reshape(y.length(), 1).get(NDArrayIndex.interval(0, rows),
                        NDArrayIndex.all()));
    }

    /** Batches per epoch: ⌈N/B⌉. */
    public int count() {
        return (n + size - 1) / size;
    }

    /** The loss on batch {@code k} (0 … count−1) of {@code order} (a permutation of 0 … N−1). */
    public ModelObjective batch(int[] order, int k) {
        if (order.length != n || k < 0 || k >= count()) {
            throw new IllegalArgumentException("batch " + k + " of an order of " + order.length + " rows; expected "
                    + "0 … " + (count() - 1) + " of " + n);
        }
        int from = k * size;
        BatchLoss loss = n - from < size ? tail : full;
        loss.reload(points, labels, order, from);
        return loss;
    }
}
