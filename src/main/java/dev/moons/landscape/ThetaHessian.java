package dev.moons.landscape;

import dev.moons.curvature.Hessian;
import dev.moons.training.Problem;
import org.nd4j.linalg.api.buffer.DataType;

/** ∇²L(θ) [p,p] of the training loss at θ [p] in the session layout, for the {@code hessian} plane. */
@FunctionalInterface
public interface ThetaHessian {

    /** The exact Hessian of the mean training BCE at θ [p]. */
    double[][] at(double[] theta);

    /** The curvature module's exact Hessian on {@code problem}'s training set and activation. */
    static ThetaHessian training(Problem problem) {
        double[] x = problem.xTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble();
        double[] y = problem.yTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble();
        return theta -> Hessian.at(x, y, theta, problem.model().activation()).matrix();
    }
}
