package dev.moons.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.training.Config;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A room full of students: 200 rapid cycles of Train / Reset / change a setting / Train. No exception, no
 * deadlock (every command completes within its timeout), and the live threads and heap stay flat.
 */
class TrainingServiceStressTest {
    private static final Config SMALL = Config.defaults().withSamples(120).withEpochs(40).withHidden(4);

    @Test
    void twoHundredRapidCyclesLeaveNoThreadsNoGrowthAndNoFailure() throws Exception {
        AtomicInteger updates = new AtomicInteger();
        try (TrainingService service = new TrainingService(Runnable::run, u -> updates.incrementAndGet(), 16)) {
            service.load(SMALL, Seeds.of(1)).get(60, TimeUnit.SECONDS);
            cycles(service, 20);
            long threadsBefore = Thread.activeCount();
            long heapBefore = usedHeapAfterGc();

            cycles(service, 200);

            long threadsAfter = Thread.activeCount();
            long heapAfter = usedHeapAfterGc();
            assertTrue(threadsAfter <= threadsBefore + 2, "threads " + threadsBefore + " -> " + threadsAfter);
            assertTrue(heapAfter - heapBefore < 64L * 1024 * 1024,
                    "heap grew by " + (heapAfter - heapBefore) / 1024 + " KiB");
            assertTrue(updates.get() > 200, "the UI kept getting updates: " + updates.get());
        }
    }

    private static void cycles(TrainingService service, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            service.play().get(60, TimeUnit.SECONDS);
            service.reset().get(60, TimeUnit.SECONDS);
            Config next = SMALL.withLr(i % 2 == 0 ? 0.5 : 0.05);
            service.configure(next, Seeds.of(1)).get(60, TimeUnit.SECONDS);
            service.play().get(60, TimeUnit.SECONDS);
            service.pause();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
