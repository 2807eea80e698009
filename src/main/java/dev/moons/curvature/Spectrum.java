package dev.moons.curvature;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The eigen-decomposition of a symmetric matrix, eigenvalues sorted descending (λ₁ ≥ λ₂ ≥ …) with their unit
 * eigenvectors in the same order. Immutable; accessors return copies.
 */
public final class Spectrum {
    private final double[] values;
    private final double[][] vectors;

    private Spectrum(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /** The spectrum of symmetric m [p][p] by commons-math3's {@link EigenDecomposition}. */
    public static Spectrum of(double[][] m) {
        int p = m.length;
        for (double[] row : m) {
            if (row.length != p) {
                throw new IllegalArgumentException("matrix must be square, a row had " + row.length + " of " + p);
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(m, false));
        double[] raw = eigen.getRealEigenvalues();
        Integer[] order = IntStream.range(0, p).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> raw[k]).reversed());
        double[] values = new double[p];
        double[][] vectors = new double[p][];
        for (int k = 0; k < p; k++) {
            values[k] = raw[order[k]];
            vectors[k] = eigen.getEigenvector(order[k]).toArray();
        }
        return new Spectrum(values, vectors);
    }

    /** p, the number of eigenvalues. */
    public int size() {
        return values.length;
    }

    /** λ₁ ≥ … ≥ λ_p [p]. */
    public double[] eigenvalues() {
        return values.clone();
    }

    /** The k-th largest eigenvalue, k = 0 … p−1. */
    public double eigenvalue(int k) {
        return values[k];
    }

    /** The unit eigenvector [p] of {@link #eigenvalue(int) eigenvalue(k)}. */
    public double[] eigenvector(int k) {
        return vectors[k].clone();
    }

    /** λ_max, the sharpness. */
    public double largest() {
        return values[0];
    }

    /** λ_min. */
    public double smallest() {
        return values[values.length - 1];
    }
}
