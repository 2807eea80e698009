package dev.moons.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataShapeTest {

    private static Dataset draw(DataShape shape, int n, double noise, long seed) {
        return shape.generate(n, noise, 0.5, 1.5, 3.0, Seeds.of(seed).dataRandom());
    }

    @ParameterizedTest
    @EnumSource(DataShape.class)
    void everyShapeHasHalfItsPointsInClassZeroForOddAndEvenN(DataShape shape) {
        for (int n : new int[] {1, 2, 11, 1000, 1001}) {
            Dataset d = draw(shape, n, 0.1, 3);
            assertEquals(n, d.size(), shape + " n " + n);
            assertEquals(n / 2, d.count(0), shape + " n " + n);
            assertEquals(n - n / 2, d.count(1), shape + " n " + n);
        }
    }

    @ParameterizedTest
    @EnumSource(DataShape.class)
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers(DataShape shape) {
        Dataset a = draw(shape, 200, 0.1, 42);
        Dataset b = draw(shape, 200, 0.1, 42);
        Dataset c = draw(shape, 200, 0.1, 43);
        assertArrayEquals(a.x1(), b.x1());
        assertArrayEquals(a.x2(), b.x2());
        assertArrayEquals(a.labels(), b.labels());
        assertNotEquals(a.x1()[0], c.x1()[0]);
    }

    @ParameterizedTest
    @EnumSource(DataShape.class)
    void theStandardizerCentresAndScalesEveryShape(DataShape shape) {
        Dataset d = draw(shape, 500, 0.1, 7);
        Standardizer s = Standardizer.fit(d);
        Dataset z = s.apply(d);
        for (double[] column : new double[][] {z.x1(), z.x2()}) {
            double mean = 0;
            for (double v : column) {
                mean += v / column.length;
            }
            double var = 0;
            for (double v : column) {
                var += (v - mean) * (v - mean) / column.length;
            }
            assertEquals(0, mean, 1e-12, shape.cliName());
            assertEquals(1, var, 1e-12, shape.cliName());
        }
        assertArrayEquals(d.labels(), z.labels());
    }

    @ParameterizedTest
    @EnumSource(DataShape.class)
    void negativeOrInfiniteNoiseAndNoPointsAreRefusedInOneLine(DataShape shape) {
        for (double noise : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> draw(shape, 10, noise, 1));
            assertTrue(e.getMessage().startsWith("noise must be finite and >= 0"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        assertEquals("n must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> draw(shape, 0, 0.1, 1)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.5, 1.5, Double.NaN})
    void circlesRefuseAFactorOutsideTheOpenUnitInterval(double factor) {
        assertEquals("factor must be in (0, 1), was " + factor, assertThrows(IllegalArgumentException.class,
                () -> Circles.generate(10, 0.1, factor, new Random(1))).getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 4.01, -1, Double.NaN})
    void spiralsRefuseTurnsOutsideTheirRange(double turns) {
        assertEquals("turns must be in [0.25, 4.0], was " + turns, assertThrows(IllegalArgumentException.class,
                () -> Spiral.generate(10, 0.1, turns, new Random(1))).getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 10.5, Double.NaN})
    void blobsRefuseADistanceOutsideTheirRange(double distance) {
        assertEquals("distance must be in [0.0, 10.0], was " + distance, assertThrows(IllegalArgumentException.class,
                () -> Blobs.generate(10, 0.1, distance, new Random(1))).getMessage());
    }

    @Test
    void unknownNamesAreRefusedWithTheList() {
        assertEquals(DataShape.SPIRAL, DataShape.fromName("spiral"));
        assertEquals("dataset must be one of moons, circles, xor, spiral, blobs, was spirals",
                assertThrows(IllegalArgumentException.class, () -> DataShape.fromName("spirals")).getMessage());
    }

    @Test
    void circlesWithoutNoiseLieOnTheirRadii() {
        Dataset d = Circles.generate(101, 0, 0.3, new Random(2));
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.x1(i), d.x2(i));
            assertEquals(d.label(i) == 0 ? 1.0 : 0.3, r, 1e-12);
        }
    }

    @Test
    void xorWithoutNoiseIsLabelledBySignOfTheProduct() {
        Dataset d = Xor.generate(400, 0, new Random(2));
        for (int i = 0; i < d.size(); i++) {
            assertTrue(Math.abs(d.x1(i)) <= 1 && Math.abs(d.x2(i)) <= 1);
            assertEquals(d.x1(i) * d.x2(i) > 0 ? 1 : 0, d.label(i), "row " + i);
        }
    }

    @Test
    void spiralArmsWithoutNoiseRunFromRadiusTenthToOneHalfATurnApart() {
        Dataset d = Spiral.generate(11, 0, 1.0, new Random(2));
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.x1(i), d.x2(i));
            min = Math.min(min, r);
            max = Math.max(max, r);
            // r = 0.1 + 0.9 t, φ = 2π t + kπ: the angle follows from the radius
            double phi = 2 * Math.PI * (r - 0.1) / 0.9 + d.label(i) * Math.PI;
            assertEquals(Math.cos(phi) * r, d.x1(i), 1e-12, "row " + i);
            assertEquals(Math.sin(phi) * r, d.x2(i), 1e-12, "row " + i);
        }
        assertEquals(0.1, min, 1e-12);
        assertEquals(1.0, max, 1e-12);
    }

    @Test
    void blobsAreCentredAtPlusMinusHalfTheDistance() {
        Dataset d = Blobs.generate(20_000, 0, 4.0, new Random(2));
        double[] sum = new double[2];
        for (int i = 0; i < d.size(); i++) {
            sum[d.label(i)] += d.x1(i) / 10_000;
        }
        assertEquals(-2.0, sum[0], 0.05);
        assertEquals(2.0, sum[1], 0.05);
    }

    /** SHA-256 of Moons.generate(1000, 0.2, seed 42 and 7's data streams), captured from main before datasets. */
    @Test
    void moonsAreBitIdenticalToBeforeOtherShapesExisted() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (long seed : new long[] {42L, 7L}) {
            Dataset d = DataShape.MOONS.generate(1000, 0.2, 0.9, 4, 0, Seeds.of(seed).dataRandom());
            ByteBuffer b = ByteBuffer.allocate(d.size() * 20);
            for (int i = 0; i < d.size(); i++) {
                b.putDouble(d.x1(i)).putDouble(d.x2(i)).putInt(d.label(i));
            }
            md.update(b.array());
        }
        StringBuilder hex = new StringBuilder();
        for (byte x : md.digest()) {
            hex.append(String.format("%02x", x));
        }
        assertEquals("82cd6610c306b6e33be6147a523c34bc494aeaf0b5acd68ec4f849a5b174fee5", hex.toString());
    }
}
