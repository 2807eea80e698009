package dev.moons.optim;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Argument checks and plain-Java access to float64 vectors, shared by the optimizers and the training runs. */
public final class Vectors {

    private Vectors() {}

    /** Throws unless θ and g hold the same number of elements p. */
    static void requireSameLength(INDArray theta, INDArray gradient) {
        if (theta.length() != gradient.length()) {
            throw new IllegalArgumentException("gradient must have the length of theta (" + theta.length()
                    + "), was " + gradient.length());
        }
    }

    /** The p entries of a vector as a Java array, copied straight from its buffer when it owns one (~1 µs). */
    public static double[] read(INDArray a) {
        return owned(a) ? a.data().asDouble() : a.toDoubleVector();
    }

    /** Writes {@code values} [p] into the vector {@code a} [p] in place. */
    static void write(double[] values, INDArray a) {
        if (owned(a) && a.dataType() == DataType.DOUBLE) {
            a.data().setData(values);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            a.putScalar(i, values[i]);
        }
    }

    /** Σ aᵢ bᵢ over two Java vectors of equal length. */
    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /**
     * out ← θ − α·g [p], rounded as libnd4j's {@code out.assign(g).muli(-α).addi(θ)} (g·(−α), then + θ: two IEEE
     * operations per entry, no fused multiply-add), so the same bits; for float64 vectors without a native op.
     */
    public static void trialPoint(INDArray theta, INDArray gradient, double alpha, INDArray out) {
        if (!doubles(theta, gradient, out)) {
            out.assign(gradient).muli(-alpha).addi(theta);
            return;
        }
        double[] t = read(theta);
        double[] g = read(gradient);
        double[] p = new double[t.length];
        double minusAlpha = -alpha;
        for (int i = 0; i < p.length; i++) {
            p[i] = g[i] * minusAlpha + t[i];
        }
        write(p, out);
    }

    /** to ← from [p] (same length), a plain copy of the entries. */
    public static void copy(INDArray from, INDArray to) {
        if (doubles(from, to)) {
            write(read(from), to);
        } else {
            to.assign(from);
        }
    }

    // float64 vectors that own their buffers
    private static boolean doubles(INDArray... vectors) {
        for (INDArray v : vectors) {
            if (v.dataType() != DataType.DOUBLE || !owned(v)) {
                return false;
            }
        }
        return true;
    }

    // a vector whose buffer holds exactly its own entries, in order
    private static boolean owned(INDArray a) {
        return !a.isView() && a.data().length() == a.length();
    }
}
