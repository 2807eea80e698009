package dev.moons.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.model.Nd4jRuntime;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class StandardizerTest {

    @BeforeAll
    static void configureNd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void trainHasZeroMeanAndUnitPopulationStdAfterApply() {
        Split split = Split.stratified(Moons.generate(1000, 0.2, new Random(1)), 0.7, new Random(2));
        Standardizer s = Standardizer.fit(split.train());

        Dataset z = s.apply(split.train());

        assertEquals(0.0, mean(z.x1()), 1e-12);
        assertEquals(0.0, mean(z.x2()), 1e-12);
        assertEquals(1.0, populationStd(z.x1()), 1e-12);
        assertEquals(1.0, populationStd(z.x2()), 1e-12);
        assertArrayEquals(split.train().labels(), z.labels());
    }

    @Test
    void fitUsesThePopulationStd() {
        Dataset d = new Dataset(new double[] {1, 3}, new double[] {0, 4}, new int[] {0, 1});

        Standardizer s = Standardizer.fit(d);

        assertEquals(new Standardizer(2, 2, 1, 2), s);
    }

    @Test
    void testSetIsTransformedWithTheTrainingStatistics() {
        Dataset train = new Dataset(new double[] {0, 2}, new double[] {10, 30}, new int[] {0, 1});
        Dataset test = new Dataset(new double[] {5, 7}, new double[] {-1, 1}, new int[] {1, 0});
        Standardizer s = Standardizer.fit(train);

        Dataset z = s.apply(test);

        assertArrayEquals(new double[] {4, 6}, z.x1(), 1e-12);
        assertArrayEquals(new double[] {-2.1, -1.9}, z.x2(), 1e-12);
        assertArrayEquals(test.labels(), z.labels());
    }

    @Test
    void constantCoordinateIsOnlyCentred() {
        Dataset d = new Dataset(new double[] {3, 3, 3}, new double[] {1, 2, 3}, new int[] {0, 1, 0});

        Standardizer s = Standardizer.fit(d);

        assertEquals(1.0, s.std1(), 0.0);
        assertArrayEquals(new double[] {0, 0, 0}, s.apply(d).x1(), 0.0);
    }

    @Test
    void singleValueTransformsInvertEachOther() {
        Standardizer s = new Standardizer(0.5, -0.25, 0.8, 0.4);

        assertEquals(1.0, s.x1(1.3), 1e-12);
        assertEquals(-1.0, s.x2(-0.65), 1e-12);
        assertEquals(1.7, s.inverseX1(s.x1(1.7)), 1e-12);
        assertEquals(-3.2, s.inverseX2(s.x2(-3.2)), 1e-12);
    }

    @Test
    void applyToFeaturesMatchesApplyAndLeavesInputUnchanged() {
        Dataset d = Moons.generate(50, 0.2, new Random(4));
        Standardizer s = Standardizer.fit(d);
        INDArray x = d.features();
        INDArray before = x.dup();

        INDArray z = s.applyToFeatures(x);
        Dataset expected = s.apply(d);

        assertEquals(before, x);
        assertEquals(DataType.DOUBLE, z.dataType());
        assertArrayEquals(new long[] {50, 2}, z.shape());
        for (int i = 0; i < d.size(); i++) {
            assertEquals(expected.x1(i), z.getDouble(i, 0), 1e-12);
            assertEquals(expected.x2(i), z.getDouble(i, 1), 1e-12);
        }
    }

    @Test
    void invalidStatisticsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Standardizer(0, 0, 0, 1));
        assertTrue(e.getMessage().contains("std1 must be finite and > 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Standardizer(Double.NaN, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Standardizer(0, 0, 1, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class,
                () -> Standardizer.fit(new Dataset(new double[0], new double[0], new int[0])));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static double populationStd(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double d : v) {
            s += (d - m) * (d - m);
        }
        return Math.sqrt(s / v.length);
    }
}
