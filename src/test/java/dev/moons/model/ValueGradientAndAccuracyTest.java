package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The one-pass loss, gradient and accuracy against valueAndGradient and evaluate, bit for bit. */
class ValueGradientAndAccuracyTest {

    static {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void onePassGivesTheTwoPassesLossGradientAndAccuracy() {
        for (Activation f : Activation.values()) {
            for (int n : new int[] {7, 300, 4100}) {
                Random rng = new Random(n);
                Mlp model = new Mlp(5, f);
                INDArray x = Nd4j.rand(DataType.DOUBLE, n, 2).subi(0.5).muli(3);
                INDArray y = Nd4j.create(DataType.DOUBLE, n, 1);
                for (int i = 0; i < n; i++) {
                    y.putScalar(i, 0, rng.nextBoolean() ? 1.0 : 0.0);
                }
                INDArray theta = model.initialParameters(rng);
                ModelObjective objective = model.objective(x, y);
                INDArray g1 = Nd4j.zerosLike(theta);
                INDArray g2 = Nd4j.zerosLike(theta);
                double loss = objective.valueAndGradient(theta, g1);
                ModelObjective.LossAndAccuracy two = new ModelObjective.LossAndAccuracy(loss,
                        objective.evaluate(theta).accuracy());
                ModelObjective.LossAndAccuracy one = objective.valueGradientAndAccuracy(theta, g2);
                assertEquals(two, one, f + " n " + n);
                assertArrayEquals(g1.toDoubleVector(), g2.toDoubleVector(), 0.0, f + " n " + n);
            }
        }
    }
}
