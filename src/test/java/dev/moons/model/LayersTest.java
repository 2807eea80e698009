package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Layers unpacks θ exactly as Mlp's views do, and its norms are ND4J's. */
class LayersTest {

    @Test
    void tensorsEqualMlpsViewsOfTheSameTheta() {
        INDArray theta = TestData.theta(7, 5);
        Layers l = Layers.of(theta.toDoubleVector());
        double[][] w1 = Mlp.w1(theta).toDoubleMatrix();
        assertEquals(7, l.hidden());
        assertArrayEquals(w1[0], l.w1()[0], 0.0);
        assertArrayEquals(w1[1], l.w1()[1], 0.0);
        assertArrayEquals(Mlp.b1(theta).toDoubleVector(), l.b1(), 0.0);
        assertArrayEquals(Mlp.w2(theta).toDoubleVector(), l.w2(), 0.0);
        assertEquals(Mlp.b2(theta), l.b2(), 0.0);
    }

    @Test
    void normsEqualNd4jNorms() {
        INDArray theta = TestData.theta(5, 8);
        Layers l = Layers.of(theta.toDoubleVector());
        assertEquals(Mlp.w1(theta).norm2Number().doubleValue(), l.normW1(), 1e-12);
        assertEquals(Mlp.b1(theta).norm2Number().doubleValue(), l.normB1(), 1e-12);
        assertEquals(Mlp.w2(theta).norm2Number().doubleValue(), l.normW2(), 1e-12);
        assertEquals(Math.abs(Mlp.b2(theta)), l.normB2(), 0.0);
        assertEquals(Mlp.layer1(theta).norm2Number().doubleValue(), l.normLayer1(), 1e-12);
        assertEquals(Mlp.layer2(theta).norm2Number().doubleValue(), l.normLayer2(), 1e-12);
        assertEquals(theta.amaxNumber().doubleValue(), l.maxAbs(), 0.0);
    }

    @Test
    void rejectsALengthThatIsNot4HPlus1() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Layers.of(new double[8]));
        assertEquals("θ length must be 4H+1 with H >= 1, was 8", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Layers.of(new double[1]));
    }
}
