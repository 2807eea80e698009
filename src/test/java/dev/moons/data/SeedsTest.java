package dev.moons.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void streamsWithEqualSeedsButDifferentNamesDiffer() {
        Seeds s = Seeds.of(42);
        long[] firsts = {
            s.dataRandom().nextLong(), s.splitRandom().nextLong(), s.initRandom().nextLong(), s.batchRandom().nextLong()
        };

        for (int i = 0; i < firsts.length; i++) {
            for (int j = i + 1; j < firsts.length; j++) {
                assertNotEquals(firsts[i], firsts[j], "streams " + i + " and " + j);
            }
        }
    }

    @Test
    void ofIsReproducible() {
        assertEquals(Seeds.of(7), Seeds.of(7));
        assertEquals(sequence(Seeds.of(7).dataRandom()), sequence(Seeds.of(7).dataRandom()));
        assertEquals(sequence(Seeds.of(7).initRandom()), sequence(Seeds.of(7).initRandom()));
        assertNotEquals(sequence(Seeds.of(7).dataRandom()), sequence(Seeds.of(8).dataRandom()));
    }

    @Test
    void withDataChangesOnlyTheDataStream() {
        Seeds base = Seeds.of(42);
        Seeds changed = base.withData(99);

        assertNotEquals(sequence(base.dataRandom()), sequence(changed.dataRandom()));
        assertEquals(sequence(base.splitRandom()), sequence(changed.splitRandom()));
        assertEquals(sequence(base.initRandom()), sequence(changed.initRandom()));
        assertEquals(sequence(base.batchRandom()), sequence(changed.batchRandom()));
        assertEquals(new Seeds(99, 42, 42, 42), changed);
    }

    @Test
    void otherWithersChangeOnlyTheirField() {
        Seeds base = Seeds.of(1);

        assertEquals(new Seeds(1, 2, 1, 1), base.withSplit(2));
        assertEquals(new Seeds(1, 1, 3, 1), base.withInit(3));
        assertEquals(new Seeds(1, 1, 1, 4), base.withBatch(4));
    }

    private static String sequence(Random rng) {
        return rng.nextLong() + "," + rng.nextLong() + "," + rng.nextLong();
    }
}
