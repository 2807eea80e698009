package dev.moons.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoonsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 10, 11, 1000, 1001})
    void countsAndLabelsFollowMakeMoonsForOddAndEvenN(int n) {
        Dataset d = Moons.generate(n, 0.2, new Random(1));

        assertEquals(n, d.size());
        assertEquals(n - n / 2, d.positives());
        for (int label : d.labels()) {
            assertTrue(label == 0 || label == 1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 7, 10, 101})
    void withoutNoiseEveryPointLiesOnItsArc(int n) {
        Dataset d = Moons.generate(n, 0.0, new Random(3));

        for (int i = 0; i < n; i++) {
            double x1 = d.x1(i);
            double x2 = d.x2(i);
            if (d.label(i) == 0) {
                assertEquals(1.0, x1 * x1 + x2 * x2, 1e-12, "outer arc radius at row " + i);
                assertTrue(x2 >= 0, "outer arc is the upper half at row " + i);
            } else {
                double u = 1 - x1;
                double v = 0.5 - x2;
                assertEquals(1.0, u * u + v * v, 1e-12, "inner arc radius at row " + i);
                assertTrue(v >= 0, "inner arc is the lower half at row " + i);
            }
        }
    }

    @Test
    void withoutNoiseBothEndsOfEachArcArePresent() {
        Dataset d = Moons.generate(9, 0.0, new Random(5));

        assertTrue(hasPoint(d, 0, 1, 0), "outer t = 0");
        assertTrue(hasPoint(d, 0, -1, 0), "outer t = π");
        assertTrue(hasPoint(d, 1, 0, 0.5), "inner t = 0");
        assertTrue(hasPoint(d, 1, 2, 0.5), "inner t = π");
    }

    @Test
    void singleInnerPointSitsAtTZero() {
        Dataset d = Moons.generate(1, 0.0, new Random(5));

        assertEquals(1, d.label(0));
        assertEquals(0.0, d.x1(0), 0.0);
        assertEquals(0.5, d.x2(0), 0.0);
    }

    @Test
    void linspaceIncludesBothEnds() {
        assertArrayEquals(new double[] {0, Math.PI / 2, Math.PI}, Moons.linspace(0, Math.PI, 3), 1e-15);
        assertEquals(Math.PI, Moons.linspace(0, Math.PI, 7)[6], 0.0);
        assertArrayEquals(new double[] {0}, Moons.linspace(0, Math.PI, 1), 0.0);
        assertEquals(0, Moons.linspace(0, Math.PI, 0).length);
    }

    @Test
    void sameSeedGivesTheSameDataset() {
        Dataset a = Moons.generate(200, 0.3, new Random(42));
        Dataset b = Moons.generate(200, 0.3, new Random(42));

        assertArrayEquals(a.x1(), b.x1(), 0.0);
        assertArrayEquals(a.x2(), b.x2(), 0.0);
        assertArrayEquals(a.labels(), b.labels());
    }

    @Test
    void differentSeedsGiveDifferentDatasets() {
        Dataset a = Moons.generate(200, 0.3, new Random(42));
        Dataset b = Moons.generate(200, 0.3, new Random(43));

        assertNotEquals(a.x1()[0], b.x1()[0]);
    }

    @Test
    void pointsAreShuffled() {
        Dataset d = Moons.generate(100, 0.0, new Random(7));
        int[] labels = d.labels();
        boolean sortedByClass = true;
        for (int i = 1; i < labels.length; i++) {
            sortedByClass &= labels[i - 1] <= labels[i];
        }

        assertTrue(!sortedByClass, "classes should be interleaved after the shuffle");
    }

    @Test
    void noiseHasTheRequestedScale() {
        Dataset clean = Moons.generate(20_000, 0.0, new Random(9));
        Dataset noisy = Moons.generate(20_000, 0.1, new Random(9));
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < clean.size(); i++) {
            double e = noisy.x1(i) - clean.x1(i);
            sum += e;
            sumSq += e * e;
        }
        double n = clean.size();

        assertEquals(0.0, sum / n, 0.005);
        assertEquals(0.1, Math.sqrt(sumSq / n), 0.005);
    }

    @Test
    void invalidArgumentsAreRejected() {
        Random rng = new Random(0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Moons.generate(0, 0.1, rng))
                .getMessage().contains("n must be >= 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Moons.generate(10, -0.1, rng))
                .getMessage().contains("noise"));
        assertThrows(IllegalArgumentException.class, () -> Moons.generate(10, Double.NaN, rng));
        assertThrows(IllegalArgumentException.class, () -> Moons.generate(10, Double.POSITIVE_INFINITY, rng));
    }

    private static boolean hasPoint(Dataset d, int label, double x1, double x2) {
        for (int i = 0; i < d.size(); i++) {
            if (d.label(i) == label && Math.abs(d.x1(i) - x1) < 1e-12 && Math.abs(d.x2(i) - x2) < 1e-12) {
                return true;
            }
        }
        return false;
    }
}
