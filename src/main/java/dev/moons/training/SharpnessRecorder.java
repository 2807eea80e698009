package dev.moons.training;

import dev.moons.curvature.Sharpness;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A run's λ_max ("sharpness") of the full training-loss Hessian, every k epochs: the interval (0 = off, may be
 * changed from any thread, read between epochs), the Lanczos evaluator (built on first use) and what it cost.
 * Used by one training thread.
 */
public final class SharpnessRecorder {
    private final Problem problem;
    private volatile int every;
    private Sharpness sharpness;
    private long nanos;
    private int count;

    SharpnessRecorder(Problem problem) {
        this.problem = problem;
    }

    /** Every k epochs, k ≥ 0 (0 = off). */
    void setEvery(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("sharpness-every must be >= 0, was " + k);
        }
        every = k;
    }

    /** The interval k in epochs, 0 when off. */
    public int every() {
        return every;
    }

    /** Total wall time of every λ_max computed so far, in nanoseconds. */
    public long nanos() {
        return nanos;
    }

    /** How many times λ_max was computed. */
    public int count() {
        return count;
    }

    /** λ_max at θ [4H+1] on the full training set, whatever the interval. */
    public double at(double[] theta) {
        if (sharpness == null) {
            sharpness = new Sharpness(problem.model().hidden(), problem.model().activation(),
                    problem.xTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble(),
                    problem.yTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble());
        }
        long start = System.nanoTime();
        double value = sharpness.at(theta);
        nanos += System.nanoTime() - start;
        count++;
        return value;
    }

    /** {@code record} with λ_max at θ (the parameters after its epoch) when its epoch is due and its loss finite. */
    EpochRecord recordIfDue(EpochRecord record, INDArray theta) {
        int k = every;
        if (k <= 0 || record.epoch() % k != 0 || !Double.isFinite(record.trainLoss())) {
            return record;
        }
        return record.withSharpness(at(theta.toDoubleVector()));
    }
}
