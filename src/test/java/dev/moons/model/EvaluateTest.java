package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moons.metrics.ClassificationReport;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One forward pass gives the same loss as value() and the same accuracy as predict() at threshold 0.5; the
 * objective's predictions are predict()'s.
 */
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

    @Test
    void predictionsAreThoseOfPredictAndTheAccuracyCountsThem() {
        Nd4jRuntime.ensureConfigured();
        for (Activation f : Activation.values()) {
            // given a network with activation f, 300 random points and labels, with and without weight decay
            Random rng = new Random(5 + f.ordinal());
            Mlp mlp = new Mlp(5, f);
            int n = 300;
            INDArray x = Nd4j.randn(DataType.DOUBLE, n, 2);
            double[] labels = new double[n];
            for (int i = 0; i < n; i++) {
                labels[i] = rng.nextBoolean() ? 1 : 0;
            }
            INDArray y = Nd4j.createFromArray(labels).reshape(n, 1);
            INDArray theta = mlp.initialParameters(rng).muli(3.0);
            double[] p = mlp.predict(theta, x).reshape(n).toDoubleVector();
            for (ModelObjective objective : new ModelObjective[] {mlp.objective(x, y), mlp.objective(x, y, 0.1)}) {
                // when the objective gives its predictions
                boolean[] predicted = objective.predictions(theta);
                // then they are predict()'s p ≥ 0.5, and evaluate()'s accuracy is their fraction correct
                int correct = 0;
                for (int i = 0; i < n; i++) {
                    assertEquals(p[i] >= 0.5, predicted[i], f + " point " + i + " p " + p[i]);
                    correct += predicted[i] == (labels[i] == 1.0) ? 1 : 0;
                }
                assertEquals((double) correct / n, objective.evaluate(theta).accuracy(), 0.0, f.toString());
            }
        }
    }
}
