package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** CompareResult hands the first seed's finished comparison out once, before the run returns (for the charts). */
class FirstSeedDoneTest {
    private static final Config SMALL = Config.defaults().withSamples(120).withHidden(3).withEpochs(12).withSeeds(4);

    @Test
    void theFirstSeedsComparisonIsHandedOutOnceTrainedToTheEnd() {
        for (int threads : new int[] {1, 3}) {
            List<Comparison> handed = new CopyOnWriteArrayList<>();
            List<Boolean> doneWhenHanded = new CopyOnWriteArrayList<>();

            CompareResult result = CompareResult.run(SMALL, null, (m, r) -> { }, null, threads, 0, c -> {
                handed.add(c);
                doneWhenHanded.add(c.isDone());
            });

            assertEquals(1, handed.size(), "threads " + threads);
            assertSame(result.first(), handed.get(0), "threads " + threads);
            assertTrue(doneWhenHanded.get(0), "threads " + threads);
            assertEquals(SMALL.epochs(), handed.get(0).runs().get(0).epoch());
        }
    }
}
