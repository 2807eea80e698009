package dev.moons.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The small dataset edits behind "your own points": append, drop a row, concatenate, find the nearest. */
class DatasetEditsTest {
    private final Dataset three = new Dataset(new double[] {0, 1, 2}, new double[] {0, 1, 4}, new int[] {0, 1, 1});

    @Test
    void withAppendsOnePointAndLeavesTheOriginalAlone() {
        Dataset more = three.with(-1.5, 2.5, 1);
        assertEquals(4, more.size());
        assertEquals(-1.5, more.x1(3));
        assertEquals(2.5, more.x2(3));
        assertEquals(1, more.label(3));
        assertArrayEquals(three.x1(), java.util.Arrays.copyOf(more.x1(), 3));
        assertEquals(3, three.size());
    }

    @Test
    void withoutDropsExactlyThatRowKeepingTheOrder() {
        Dataset less = three.without(1);
        assertArrayEquals(new double[] {0, 2}, less.x1());
        assertArrayEquals(new double[] {0, 4}, less.x2());
        assertArrayEquals(new int[] {0, 1}, less.labels());
        assertThrows(IndexOutOfBoundsException.class, () -> three.without(3));
    }

    @Test
    void concatPutsTheOtherPointsAfterThese() {
        Dataset both = three.concat(new Dataset(new double[] {9}, new double[] {8}, new int[] {0}));
        assertArrayEquals(new double[] {0, 1, 2, 9}, both.x1());
        assertArrayEquals(new int[] {0, 1, 1, 0}, both.labels());
    }

    @Test
    void nearestIsTheClosestRowInEuclideanDistance() {
        assertEquals(1, three.nearest(1.2, 1.3));
        assertEquals(2, three.nearest(1.9, 3));
        assertEquals(0, three.nearest(-5, -5));
        assertEquals(-1, new Dataset(new double[0], new double[0], new int[0]).nearest(0, 0));
        assertEquals(1, three.count(0));
        assertEquals(2, three.count(1));
    }
}
