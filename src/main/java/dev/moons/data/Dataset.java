package dev.moons.data;

import dev.moons.model.Nd4jRuntime;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Labelled points in the plane: {@code x1[i], x2[i]} with class {@code labels[i]} in {0, 1}.
 * Immutable: the arrays are copied in and out.
 */
public final class Dataset {
    private final double[] x1;
    private final double[] x2;
    private final int[] labels;

    /** Copies the three columns; they must have equal length and labels must be 0 or 1. */
    public Dataset(double[] x1, double[] x2, int[] labels) {
        if (x1.length != x2.length || x1.length != labels.length) {
            throw new IllegalArgumentException("columns must have equal length, were "
                    + x1.length + ", " + x2.length + ", " + labels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label must be 0 or 1, was " + labels[i] + " at row " + i);
            }
        }
        this.x1 = x1.clone();
        this.x2 = x2.clone();
        this.labels = labels.clone();
    }

    /** Number of points. */
    public int size() {
        return labels.length;
    }

    public double x1(int i) {
        return x1[i];
    }

    public double x2(int i) {
        return x2[i];
    }

    public int label(int i) {
        return labels[i];
    }

    /** Copy of the first coordinate column. */
    public double[] x1() {
        return x1.clone();
    }

    /** Copy of the second coordinate column. */
    public double[] x2() {
        return x2.clone();
    }

    /** Copy of the labels. */
    public int[] labels() {
        return labels.clone();
    }

    /** Number of points with label 1. */
    public int positives() {
        return (int) Arrays.stream(labels).filter(l -> l == 1).count();
    }

    /** The points selected by {@code rows}, in that order. */
    public Dataset subset(int[] rows) {
        double[] a = new double[rows.length];
        double[] b = new double[rows.length];
        int[] l = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            a[k] = x1[rows[k]];
            b[k] = x2[rows[k]];
            l[k] = labels[rows[k]];
        }
        return new Dataset(a, b, l);
    }

    /** Number of points with label {@code label} (0 or 1). */
    public int count(int label) {
        return (int) Arrays.stream(labels).filter(l -> l == label).count();
    }

    /** These points and then (x1, x2) with class {@code label} as the last row. */
    public Dataset with(double x1, double x2, int label) {
        double[] a = Arrays.copyOf(this.x1, size() + 1);
        double[] b = Arrays.copyOf(this.x2, size() + 1);
        int[] l = Arrays.copyOf(labels, size() + 1);
        a[size()] = x1;
        b[size()] = x2;
        l[size()] = label;
        return new Dataset(a, b, l);
    }

    /** These points without row {@code row} (0 ≤ row &lt; size), the others in their order. */
    public Dataset without(int row) {
        if (row < 0 || row >= size()) {
            throw new IndexOutOfBoundsException("row must be in [0, " + size() + "), was " + row);
        }
        int[] rows = new int[size() - 1];
        for (int i = 0, k = 0; i < size(); i++) {
            if (i != row) {
                rows[k++] = i;
            }
        }
        return subset(rows);
    }

    /** These points followed by {@code other}'s. */
    public Dataset concat(Dataset other) {
        double[] a = Arrays.copyOf(x1, size() + other.size());
        double[] b = Arrays.copyOf(x2, size() + other.size());
        int[] l = Arrays.copyOf(labels, size() + other.size());
        System.arraycopy(other.x1, 0, a, size(), other.size());
        System.arraycopy(other.x2, 0, b, size(), other.size());
        System.arraycopy(other.labels, 0, l, size(), other.size());
        return new Dataset(a, b, l);
    }

    /** Row of the point nearest to (x1, x2) in Euclidean distance (the first on a tie), or -1 when empty. */
    public int nearest(double x1, double x2) {
        int best = -1;
        double bestD2 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < size(); i++) {
            double d2 = (this.x1[i] - x1) * (this.x1[i] - x1) + (this.x2[i] - x2) * (this.x2[i] - x2);
            if (d2 < bestD2) {
                best = i;
                bestD2 = d2;
            }
        }
        return best;
    }

    /** [n,2] double features. */
    public INDArray features() {
        Nd4jRuntime.ensureConfigured();
        double[][] rows = new double[size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {x1[i], x2[i]};
        }
        return rows.length == 0 ? Nd4j.zeros(DataType.DOUBLE, 0, 2) : Nd4j.createFromArray(rows);
    }

    /** [n,1] double targets, 0.0 or 1.0. */
    public INDArray targets() {
        Nd4jRuntime.ensureConfigured();
        double[] y = new double[size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        return Nd4j.createFromArray(y).reshape(y.length, 1);
    }
}
