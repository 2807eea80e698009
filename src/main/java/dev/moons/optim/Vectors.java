package dev.moons.optim;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Argument checks and plain-Java access shared by the optimizers. */
final class Vectors {

    private Vectors() {}

    /** Throws unless θ and g hold the same number of elements p. */
    static void requireSameLength(INDArray theta, INDArray gradient) {
        if (theta.length() != gradient.length()) {
            throw new IllegalArgumentException("gradient must have the length of theta (" + theta.length()
                    + "), was " + gradient.length());
        }
    }

    /** The p entries of a vector as a Java array, copied straight from its buffer when it owns one (~1 µs). */
    static double[] read(INDArray a) {
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

    // a vector whose buffer holds exactly its own entries, in order
    private static boolean owned(INDArray a) {
        return !a.isView() && a.data().length() == a.length();
    }
}
