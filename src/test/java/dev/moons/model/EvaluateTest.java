package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moons.metrics.ClassificationReport;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** One forward pass gives the same loss as value() and the same accuracy as predict() at threshold 0.5. */
class EvaluateTest {

    @Test
    void lossAndAccuracyAgreeWithValueAndPredict() {
        Nd4jRuntime.ensureConfigured();
        Random rng = new Random(11);
        Mlp mlp = new Mlp(6);
        int n = 80;
        INDArray x = Nd4j.create(DataType.DOUBLE, n, 2);
        double[] labels = new double[n];
        int[] intLabels = new int[n];
        for (int i = 0; i < n; i++) {
            x.putScalar(i, 0, rng.nextGaussian());
            x.putScalar(i, 1, rng.nextGaussian());
            intLabels[i] = rng.nextBoolean() ? 1 : 0;
            labels[i] = intLabels[i];
        }
        INDArray y = Nd4j.createFromArray(labels).reshape(n, 1);
        INDArray theta = mlp.initialParameters(rng);
        ModelObjective objective = mlp.objective(x, y);

        ModelObjective.LossAndAccuracy result = objective.evaluate(theta);

        assertEquals(objective.value(theta), result.loss(), 0.0);
        double[] p = mlp.predict(theta, x).reshape(n).toDoubleVector();
        assertEquals(ClassificationReport.of(intLabels, p).accuracy(), result.accuracy(), 0.0);
    }
}
