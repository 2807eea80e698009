package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Dataset;
import dev.moons.data.Moons;
import dev.moons.data.Seeds;
import dev.moons.data.Standardizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hand edits of the training set: the test set stays, the standardization is refitted, refusals change nothing. */
class PointEditsTest {
    private final Problem problem = Problem.of(Moons.generate(100, 0.1, new Random(1)), 0.7, 4, Seeds.of(1));

    @Test
    void addingAPointAppendsItToTheTrainingSetOnly() throws Exception {
        // when a class-1 point is added
        Problem edited = PointEdits.add(problem, 2.25, -0.75, 1);
        // then the training set has one more point, that one, and the test set is the same
        Dataset train = edited.trainRaw();
        assertEquals(problem.trainRaw().size() + 1, train.size());
        assertEquals(2.25, train.x1(train.size() - 1));
        assertEquals(-0.75, train.x2(train.size() - 1));
        assertEquals(1, train.label(train.size() - 1));
        assertSameTest(problem, edited);
        assertEquals(train.size() + edited.testRaw().size(), edited.all().size());
        // and the standardization is fitted on the new training set
        assertStandardizerOf(train, edited.standardizer());
        assertEquals(problem.model().hidden(), edited.model().hidden());
        assertEquals(edited.trainRaw().size(), edited.xTrain().rows());
    }

    @Test
    void removingTheNearestTrainingPointDropsJustThatPoint() throws Exception {
        Dataset train = problem.trainRaw();
        // given a click just beside training point 5
        double x1 = train.x1(5) + 0.01;
        double x2 = train.x2(5) - 0.01;
        int row = PointEdits.nearestTraining(problem, x1, x2, 0.05);
        assertEquals(5, row);
        // when it is removed
        Problem edited = PointEdits.remove(problem, row, 0);
        // then the training set lost exactly that point, the test set is the same, the standardizer is refitted
        assertEquals(train.size() - 1, edited.trainRaw().size());
        assertEquals(-1, PointEdits.nearestTraining(edited, train.x1(5), train.x2(5), 1e-12));
        assertSameTest(problem, edited);
        assertStandardizerOf(edited.trainRaw(), edited.standardizer());
    }

    @Test
    void nothingIsRemovedWhenNoTrainingPointIsWithinTheRadius() {
        Dataset test = problem.testRaw();
        // a test point is not a candidate, and far away nothing is
        int row = PointEdits.nearestTraining(problem, test.x1(0), test.x2(0), 1e-9);
        assertEquals(-1, row);
        assertEquals(-1, PointEdits.nearestTraining(problem, 50, 50, 1.0));
    }

    @Test
    void theLastTrainingPointsOfAClassCannotBeRemoved() throws Exception {
        // given a problem whose class 1 has exactly 2 training points left
        Problem edited = problem;
        while (edited.trainRaw().count(1) > PointEdits.MIN_TRAIN_PER_CLASS) {
            edited = PointEdits.remove(edited, firstOfClass(edited.trainRaw(), 1), 0);
        }
        Problem two = edited;
        // when one more is asked for, it is refused in one line and nothing changes
        PointEdits.Refused refused = assertThrows(PointEdits.Refused.class,
                () -> PointEdits.remove(two, firstOfClass(two.trainRaw(), 1), 0));
        assertEquals("Not removed: class 1 must keep at least 2 training points", refused.getMessage());
        assertEquals(2, two.trainRaw().count(1));
        // while class 0 still can lose one
        assertEquals(two.trainRaw().size() - 1, PointEdits.remove(two, firstOfClass(two.trainRaw(), 0), 0)
                .trainRaw().size());
    }

    @Test
    void aRemovalThatLeavesFewerPointsThanTheBatchIsRefused() {
        int n = problem.trainRaw().size();
        PointEdits.Refused refused = assertThrows(PointEdits.Refused.class, () -> PointEdits.remove(problem, 0, n));
        assertTrue(refused.getMessage().contains("batch size " + n), refused.getMessage());
    }

    @Test
    void badPointsAreRefused() {
        assertThrows(PointEdits.Refused.class, () -> PointEdits.add(problem, Double.NaN, 0, 0));
        assertThrows(PointEdits.Refused.class, () -> PointEdits.add(problem, 0, Double.POSITIVE_INFINITY, 1));
        assertThrows(PointEdits.Refused.class, () -> PointEdits.add(problem, 0, 0, 2));
    }

    @Test
    void anEditedDatasetIsNamedWithItsCounts() {
        assertEquals("two moons (edited, +3 / −1)", PointEdits.name("two moons", 3, 1));
        assertEquals("class 1 point at (0.500, −0.250)", PointEdits.describe(1, 0.5, -0.25));
    }

    private static int firstOfClass(Dataset d, int label) {
        for (int i = 0; i < d.size(); i++) {
            if (d.label(i) == label) {
                return i;
            }
        }
        throw new AssertionError("no point of class " + label);
    }

    private static void assertSameTest(Problem before, Problem after) {
        assertSame(before.testRaw(), after.testRaw());
        assertArrayEquals(before.testRaw().x1(), after.testRaw().x1());
        assertArrayEquals(before.testRaw().labels(), after.testRaw().labels());
    }

    // mean and population std computed directly
    private static void assertStandardizerOf(Dataset train, Standardizer s) {
        double[] a = train.x1();
        double[] b = train.x2();
        double m1 = 0;
        double m2 = 0;
        for (int i = 0; i < a.length; i++) {
            m1 += a[i] / a.length;
            m2 += b[i] / b.length;
        }
        double v1 = 0;
        double v2 = 0;
        for (int i = 0; i < a.length; i++) {
            v1 += (a[i] - m1) * (a[i] - m1) / a.length;
            v2 += (b[i] - m2) * (b[i] - m2) / b.length;
        }
        assertEquals(m1, s.mean1(), 1e-12);
        assertEquals(m2, s.mean2(), 1e-12);
        assertEquals(Math.sqrt(v1), s.std1(), 1e-12);
        assertEquals(Math.sqrt(v2), s.std2(), 1e-12);
    }
}
