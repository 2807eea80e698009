package dev.moons.data;

import dev.moons.model.Nd4jRuntime;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Per-coordinate z-scoring z = (x − mean) / std with statistics fitted on the training set only, so the test set
 * and the plotting grid are mapped the same way as the data the model was trained on.
 *
 * @param mean1 mean of the first coordinate
 * @param mean2 mean of the second coordinate
 * @param std1  population standard deviation of the first coordinate (finite, &gt; 0)
 * @param std2  population standard deviation of the second coordinate (finite, &gt; 0)
 */
public record Standardizer(double mean1, double mean2, double std1, double std2) {

    /** Checks that the means are finite and the standard deviations finite and positive. */
    public Standardizer {
        finite("mean1", mean1);
        finite("mean2", mean2);
        positiveFinite("std1", std1);
        positiveFinite("std2", std2);
    }

    /**
     * Mean and population standard deviation (divisor n) of each coordinate of {@code train}. A coordinate with
     * std 0 (all values equal) gets std 1, so it is only centred and never divided by zero.
     */
    public static Standardizer fit(Dataset train) {
        if (train.size() == 0) {
            throw new IllegalArgumentException("train must have at least 1 point, was 0");
        }
        double[] a = train.x1();
        double[] b = train.x2();
        double m1 = mean(a);
        double m2 = mean(b);
        return new Standardizer(m1, m2, nonZero(populationStd(a, m1)), nonZero(populationStd(b, m2)));
    }

    /** The dataset with both coordinates standardized and the labels unchanged. */
    public Dataset apply(Dataset data) {
        double[] a = data.x1();
        double[] b = data.x2();
        for (int i = 0; i < a.length; i++) {
            a[i] = x1(a[i]);
            b[i] = x2(b[i]);
        }
        return new Dataset(a, b, data.labels());
    }

    /** Standardized first coordinate (x1 − mean1) / std1. */
    public double x1(double x1) {
        return (x1 - mean1) / std1;
    }

    /** Standardized second coordinate (x2 − mean2) / std2. */
    public double x2(double x2) {
        return (x2 - mean2) / std2;
    }

    /** Original first coordinate z·std1 + mean1 of a standardized value z. */
    public double inverseX1(double z) {
        return z * std1 + mean1;
    }

    /** Original second coordinate z·std2 + mean2 of a standardized value z. */
    public double inverseX2(double z) {
        return z * std2 + mean2;
    }

    /** A new standardized [n,2] double array from features {@code x} [n,2]; {@code x} is left unchanged. */
    public INDArray applyToFeatures(INDArray x) {
        Nd4jRuntime.ensureConfigured();
        if (x.rank() != 2 || x.columns() != 2) {
            throw new IllegalArgumentException("features must have shape [n, 2], was "
                    + Arrays.toString(x.shape()));
        }
        INDArray mean = Nd4j.createFromArray(mean1, mean2).reshape(1, 2);
        INDArray std = Nd4j.createFromArray(std1, std2).reshape(1, 2);
        return x.castTo(DataType.DOUBLE).subRowVector(mean).diviRowVector(std);
    }

    /** Arithmetic mean of {@code v} (non-empty). */
    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    /** Population standard deviation sqrt(Σ(v − mean)² / n). */
    private static double populationStd(double[] v, double mean) {
        double s = 0;
        for (double d : v) {
            s += (d - mean) * (d - mean);
        }
        return Math.sqrt(s / v.length);
    }

    /** {@code std}, or 1 when it is 0 so that a constant coordinate is only centred. */
    private static double nonZero(double std) {
        return std == 0 ? 1 : std;
    }

    /** Throws unless {@code value} is finite. */
    private static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
    }

    /** Throws unless {@code value} is finite and positive. */
    private static void positiveFinite(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }
}
