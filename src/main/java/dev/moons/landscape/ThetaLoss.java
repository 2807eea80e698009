package dev.moons.landscape;

import dev.moons.model.ModelObjective;
import dev.moons.training.Problem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The training loss L(θ) as a function of θ [p] in the session layout; an instance is used by one thread. */
@FunctionalInterface
public interface ThetaLoss {

    /** Mean BCE at θ [p]. */
    double at(double[] theta);

    /**
     * The model's loss-only forward on {@code problem}'s training set (the same kernel the runs' records use),
     * with θ copied into one reused ND4J array; a new objective, so each caller owns its buffers.
     */
    static ThetaLoss training(Problem problem) {
        ModelObjective objective = problem.model().objective(problem.xTrain(), problem.yTrain());
        INDArray buffer = Nd4j.create(DataType.DOUBLE, problem.model().parameterCount());
        return theta -> {
            for (int i = 0; i < theta.length; i++) {
                buffer.putScalar(i, theta[i]);
            }
            return objective.value(buffer);
        };
    }
}
