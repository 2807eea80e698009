package dev.moons.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The gradient of the mean BCE at one θ computed twice — by the hand-written backward pass ({@link ModelObjective})
 * and by SameDiff's automatic differentiation ({@link SameDiffGradient}) — and how far apart they are.
 *
 * @param theta       θ [4H+1] the check was made at
 * @param loss        L(θ) on the batch, from the manual forward pass
 * @param manual      ∇L(θ) [4H+1] by the manual backward pass
 * @param sameDiff    ∇L(θ) [4H+1] by SameDiff
 * @param maxAbsDiff  max over the 4H+1 entries of |manual − SameDiff|
 * @param sameDiffMs  wall time of the SameDiff gradient in milliseconds
 */
public record GradientCheck(double[] theta, double loss, double[] manual, double[] sameDiff, double maxAbsDiff,
        double sameDiffMs) {

    /**
     * Checks {@code mlp}'s gradient at θ [4H+1] on (x [n,2], y [n,1]) against {@code graph} (built for the same H
     * and activation; reused between checks because building it is the slow part).
     */
    public static GradientCheck at(Mlp mlp, SameDiffGradient graph, double[] theta, INDArray x, INDArray y) {
        if (graph.hidden() != mlp.hidden() || graph.activation() != mlp.activation()) {
            throw new IllegalArgumentException("graph is for H = " + graph.hidden() + ", " + graph.activation()
                    + "; model has H = " + mlp.hidden() + ", " + mlp.activation());
        }
        if (theta.length != mlp.parameterCount()) {
            throw new IllegalArgumentException("θ length must be " + mlp.parameterCount() + ", was " + theta.length);
        }
        INDArray th = Nd4j.createFromArray(theta.clone());
        // backward, by hand
        ModelObjective objective = mlp.objective(x, y);
        INDArray manual = Nd4j.create(DataType.DOUBLE, objective.dimension());
        double loss = objective.valueAndGradient(th, manual);
        // backward, by SameDiff
        long start = System.nanoTime();
        double[] auto = graph.gradient(th, x, y).toDoubleVector();
        double ms = (System.nanoTime() - start) / 1e6;
        double[] hand = manual.toDoubleVector();
        return new GradientCheck(theta.clone(), loss, hand, auto, maxAbsDiff(hand, auto), ms);
    }

    /** max_i |a_i − b_i| (NaN if any entry is NaN). */
    static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - b[i]);
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
            m = Math.max(m, d);
        }
        return m;
    }
}
