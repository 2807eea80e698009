package dev.moons.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.model.Nd4jRuntime;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The bound reductions give the usual API's bits (same libnd4j kernel), and the reference maths. */
class BoundReductionTest {

    @BeforeAll
    static void configureNd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @ParameterizedTest(name = "length {0}")
    @ValueSource(ints = {1, 2, 17, 33, 65, 1000, 8193, 100_000})
    void norm2AndMaxAbsAreTheUsualApisBits(int length) {
        INDArray v = randomVector(length, length);
        BoundReduction norm2 = BoundReduction.norm2();
        BoundReduction maxAbs = BoundReduction.maxAbs();
        for (int round = 0; round < 3; round++) {
            assertEquals(bits(v.norm2Number().doubleValue()), bits(norm2.of(v)), "norm2, round " + round);
            assertEquals(bits(v.amaxNumber().doubleValue()), bits(maxAbs.of(v)), "amax, round " + round);
            v.muli(-1.5); // the contents change, the array stays bound
        }
    }

    @Test
    void norm2IsTheEuclideanNormAndMaxAbsTheLargestMagnitude() {
        INDArray v = Nd4j.createFromArray(3.0, -4.0, 0.0, 12.0);

        assertEquals(13.0, BoundReduction.norm2().of(v), 0.0);
        assertEquals(12.5, BoundReduction.maxAbs().of(Nd4j.createFromArray(3.0, -12.5, 12.0)), 0.0);
    }

    @Test
    void anotherArrayIsBoundAgainIncludingAnotherType() {
        BoundReduction norm2 = BoundReduction.norm2();
        INDArray a = Nd4j.createFromArray(3.0, 4.0);
        INDArray b = Nd4j.createFromArray(5.0, 12.0, 0.0);
        INDArray f = Nd4j.createFromArray(6f, 8f);

        assertEquals(5.0, norm2.of(a), 0.0);
        assertEquals(13.0, norm2.of(b), 0.0);
        assertEquals(bits(f.norm2Number().doubleValue()), bits(norm2.of(f)));
        assertEquals(5.0, norm2.of(a), 0.0);
        assertEquals(DataType.FLOAT, f.dataType());
    }

    @Test
    void nonFiniteEntriesGiveANonFiniteNorm() {
        assertTrue(Double.isNaN(BoundReduction.norm2().of(Nd4j.createFromArray(1.0, Double.NaN))));
        assertEquals(Double.POSITIVE_INFINITY,
                BoundReduction.maxAbs().of(Nd4j.createFromArray(1.0, Double.NEGATIVE_INFINITY)), 0.0);
    }

    @Test
    void anEmptyArrayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BoundReduction.norm2().of(Nd4j.create(DataType.DOUBLE, 0)));
    }

    @ParameterizedTest(name = "length {0}")
    @ValueSource(ints = {1, 33, 65, 1000})
    void trialPointIsTheUsualApisChainBitForBit(int length) {
        INDArray theta = randomVector(length, 1);
        INDArray gradient = randomVector(length, 2);
        INDArray expected = Nd4j.zerosLike(theta);
        INDArray actual = Nd4j.zerosLike(theta);
        for (double alpha : new double[] {1.0, 0.5, 0.1, 3.7e-3, 1e-10, 2.0 / 3.0}) {
            expected.assign(gradient).muli(-alpha).addi(theta);
            Vectors.trialPoint(theta, gradient, alpha, actual);
            double[] e = expected.toDoubleVector();
            double[] a = actual.toDoubleVector();
            for (int i = 0; i < length; i++) {
                assertEquals(bits(e[i]), bits(a[i]), "alpha " + alpha + ", entry " + i);
            }
        }
        Vectors.copy(actual, theta);
        assertEquals(bits(actual.getDouble(length - 1)), bits(theta.getDouble(length - 1)));
    }

    private static INDArray randomVector(int length, long seed) {
        Random r = new Random(seed);
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = r.nextGaussian() * Math.exp(3 * r.nextGaussian());
        }
        return Nd4j.createFromArray(v);
    }

    private static String bits(double v) {
        return Long.toHexString(Double.doubleToRawLongBits(v));
    }
}
