package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The BCE is computed stably from the logits and has the right values on tiny known cases. */
class StableLossTest {

    @Test
    void zeroThetaGivesLn2AndHalfMinusMeanLabelForB2() {
        Mlp mlp = new Mlp(4);
        INDArray x = TestData.points(9, 1);
        INDArray y = TestData.labels(9, 1);
        INDArray theta = Nd4j.zeros(DataType.DOUBLE, 17);
        // every term is ln 2; summing nine of them and dividing by 9 may round by an ulp
        assertEquals(Math.log(2.0), mlp.objective(x, y).value(theta), 2 * Math.ulp(Math.log(2.0)));
        INDArray g = TestData.manualGradient(mlp, theta, x, y);
        assertEquals(0.5 - y.meanNumber().doubleValue(), g.getDouble(16), 1e-15);
        assertEquals(0.0, TestData.maxAbsDiff(g.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 16)),
                Nd4j.zeros(DataType.DOUBLE, 16)), 0.0);
    }

    @Test
    void hugeLogitsGiveFiniteLossAndGradient() {
        Mlp mlp = new Mlp(1);
        INDArray x = Nd4j.createFromArray(new double[][] {{1.0, 0.0}, {1.0, 0.0}});
        INDArray y = Nd4j.createFromArray(new double[][] {{0.0}, {1.0}});
        INDArray theta = Nd4j.createFromArray(new double[] {1.0, 0.0, 0.0, 1000.0, 0.0});
        INDArray g = Nd4j.create(DataType.DOUBLE, 5);
        double loss = mlp.objective(x, y).valueAndGradient(theta, g);
        assertEquals(500.0, loss, 1e-12, "z = 1000: BCE is 1000 for y = 0 and ~0 for y = 1");
        for (double v : g.toDoubleVector()) {
            assertTrue(Double.isFinite(v));
        }
        INDArray negative = Nd4j.createFromArray(new double[] {1.0, 0.0, 0.0, -1000.0, 0.0});
        assertEquals(500.0, mlp.objective(x, y).value(negative), 1e-12, "z = −1000: symmetric");
    }

    @Test
    void knownSingleLogitValues() {
        Mlp mlp = new Mlp(1);
        INDArray x = Nd4j.createFromArray(new double[][] {{0.0, 0.0}});
        INDArray y1 = Nd4j.createFromArray(new double[][] {{1.0}});
        INDArray y0 = Nd4j.createFromArray(new double[][] {{0.0}});
        INDArray theta = Nd4j.createFromArray(new double[] {0.0, 0.0, 0.0, 0.0, 2.0});
        assertEquals(Math.log1p(Math.exp(-2.0)), mlp.objective(x, y1).value(theta), 1e-15);
        assertEquals(2.0 + Math.log1p(Math.exp(-2.0)), mlp.objective(x, y0).value(theta), 1e-15);
        assertEquals(Math.log1p(Math.exp(-40.0)), PlainKernel.bce(40.0, 1.0), 0.0);
        assertEquals(1000.0, PlainKernel.bce(-1000.0, 1.0), 0.0);
    }
}
