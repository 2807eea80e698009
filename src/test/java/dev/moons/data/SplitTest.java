package dev.moons.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitTest {

    @ParameterizedTest
    @CsvSource({"1000, 0.7", "1001, 0.7", "37, 0.5", "10, 0.25", "200, 0.9"})
    void eachClassContributesTrainCountPointsToTrain(int n, double ratio) {
        Dataset all = Moons.generate(n, 0.2, new Random(1));
        int negatives = all.size() - all.positives();
        int positives = all.positives();

        Split split = Split.stratified(all, ratio, new Random(2));

        assertEquals(Split.trainCount(positives, ratio), split.train().positives());
        assertEquals(Split.trainCount(negatives, ratio), split.train().size() - split.train().positives());
        assertEquals(positives - Split.trainCount(positives, ratio), split.test().positives());
        assertEquals(n, split.train().size() + split.test().size());
    }

    @Test
    void trainAndTestPartitionTheOriginalPoints() {
        Dataset all = Moons.generate(501, 0.3, new Random(11));
        Split split = Split.stratified(all, 0.7, new Random(12));
        Map<String, Integer> remaining = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            remaining.merge(key(all, i), 1, Integer::sum);
        }

        for (Dataset part : List.of(split.train(), split.test())) {
            for (int i = 0; i < part.size(); i++) {
                Integer left = remaining.get(key(part, i));
                assertTrue(left != null && left > 0, "point " + key(part, i) + " not in the original or used twice");
                remaining.put(key(part, i), left - 1);
            }
        }
        assertTrue(remaining.values().stream().allMatch(c -> c == 0), "every original point used exactly once");
    }

    @Test
    void classesAreInterleavedInTrain() {
        Dataset all = Moons.generate(200, 0.1, new Random(3));
        int[] labels = Split.stratified(all, 0.7, new Random(4)).train().labels();
        int changes = 0;
        for (int i = 1; i < labels.length; i++) {
            changes += labels[i] != labels[i - 1] ? 1 : 0;
        }

        assertTrue(changes > 10, "train rows should mix the classes, label changes: " + changes);
    }

    @Test
    void sameSeedGivesTheSameSplit() {
        Dataset all = Moons.generate(300, 0.2, new Random(5));
        Split a = Split.stratified(all, 0.7, new Random(6));
        Split b = Split.stratified(all, 0.7, new Random(6));

        assertArrayEquals(a.train().x1(), b.train().x1(), 0.0);
        assertArrayEquals(a.test().x2(), b.test().x2(), 0.0);
    }

    @Test
    void ratioOutsideTheOpenUnitIntervalIsRejected() {
        Dataset all = Moons.generate(20, 0.2, new Random(5));
        for (double ratio : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Split.stratified(all, ratio, new Random(1)));
            assertTrue(e.getMessage().contains("trainRatio must be in (0, 1)"), e.getMessage());
        }
    }

    private static String key(Dataset d, int i) {
        return d.x1(i) + "," + d.x2(i) + "," + d.label(i);
    }
}
