package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** BoundOp's direct native dispatch: the executioner's bits, the reference maths, and a failure that is reported. */
class BoundOpDispatchTest {

    @BeforeAll
    static void configureNd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void customOpsGiveTheUsualApisBits() {
        INDArray a = random(1000, 3, 1);
        INDArray w = random(3, 16, 2);
        INDArray out = Nd4j.create(DataType.DOUBLE, 1000, 16);
        BoundOp.matmul(a, w, out, false, 1.0, 0.0).run();
        assertEquals(bitsOf(a.mmul(w)), bitsOf(out));

        INDArray sp = Nd4j.create(DataType.DOUBLE, 1000, 16);
        BoundOp.softplus(out, sp).run();
        assertEquals(bitsOf(org.nd4j.linalg.ops.transforms.Transforms.softPlus(out, true)), bitsOf(sp));

        INDArray sig = Nd4j.create(DataType.DOUBLE, 1000, 16);
        BoundOp.sigmoid(out, sig).run();
        assertEquals(bitsOf(org.nd4j.linalg.ops.transforms.Transforms.sigmoid(out, true)), bitsOf(sig));
    }

    @Test
    void aBoundSubtractIsTheDifferenceAndFollowsNewContents() {
        INDArray a = Nd4j.createFromArray(5.0, 7.0, -1.0);
        INDArray b = Nd4j.createFromArray(2.0, 10.0, -1.0);
        INDArray out = Nd4j.create(DataType.DOUBLE, 3);
        BoundOp op = BoundOp.subtract(a, b, out);

        op.run();
        assertArrayEquals(new double[] {3.0, -3.0, 0.0}, out.toDoubleVector(), 0.0);
        a.putScalar(0, 1.5);
        op.run();
        assertEquals(-0.5, out.getDouble(0), 0.0);
    }

    @Test
    void aFailingNativeOpThrowsInsteadOfLeavingTheOutput() {
        INDArray a = Nd4j.create(DataType.DOUBLE, 4, 3);
        INDArray b = Nd4j.create(DataType.DOUBLE, 5, 2);
        INDArray out = Nd4j.create(DataType.DOUBLE, 4, 2);

        assertThrows(RuntimeException.class, () -> BoundOp.matmul(a, b, out, false, 1.0, 0.0).run());
    }

    private static INDArray random(int rows, int cols, long seed) {
        Random r = new Random(seed);
        double[][] v = new double[rows][cols];
        for (double[] row : v) {
            for (int j = 0; j < cols; j++) {
                row[j] = 3 * r.nextGaussian();
            }
        }
        return Nd4j.createFromArray(v);
    }

    private static String bitsOf(INDArray a) {
        StringBuilder s = new StringBuilder();
        for (double v : a.dup().data().asDouble()) {
            s.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(' ');
        }
        return s.toString();
    }
}
