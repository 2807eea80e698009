package dev.moons.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.model.GradientCheck;
import dev.moons.training.Config;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The inspector's checks run off the calling thread, coalesce to the newest request, and arrive in order. */
class GradientCheckerTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);

    private final List<Update> updates = new CopyOnWriteArrayList<>();
    private TrainingService service;
    private GradientChecker checker;

    @AfterEach
    void close() {
        if (checker != null) {
            checker.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void manyRequestsGiveFewerChecksEndingWithTheNewestTheta() throws Exception {
        // given a loaded comparison and its initial θ
        service = new TrainingService(Runnable::run, updates::add, 10);
        service.load(SMALL, Seeds.of(3)).get(30, TimeUnit.SECONDS);
        Snapshot s = updates.get(updates.size() - 1).latest();
        checker = new GradientChecker(service, Runnable::run);
        List<GradientCheck> shown = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        // when 20 different θ are asked for at once
        List<double[]> asked = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double[] theta = s.left().theta().clone();
            theta[0] += 0.01 * i;
            asked.add(theta);
            checker.check(s.generation(), theta, c -> {
                threads.add(Thread.currentThread().getName());
                shown.add(c);
            }, reason -> { throw new AssertionError(reason); });
        }
        // then the newest arrives last, fewer than 20 were computed, all on the inspector thread, all within 1e-9
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((shown.isEmpty() || shown.get(shown.size() - 1).theta()[0] != asked.get(19)[0])
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertArrayEquals(asked.get(19), shown.get(shown.size() - 1).theta(), 0.0);
        assertTrue(shown.size() < 20, "computed " + shown.size());
        assertTrue(threads.stream().allMatch("moons-inspector"::equals), threads.toString());
        for (int k = 1; k < shown.size(); k++) {
            assertTrue(shown.get(k).theta()[0] > shown.get(k - 1).theta()[0], "in request order");
        }
        shown.forEach(c -> assertTrue(c.maxAbsDiff() < 1e-9, "diff " + c.maxAbsDiff()));
    }

    @Test
    void aSteadyStreamOfRequestsStillGetsResults() throws Exception {
        // given a loaded comparison (as when the inspector follows live training: a new θ every frame)
        service = new TrainingService(Runnable::run, updates::add, 10);
        service.load(SMALL, Seeds.of(5)).get(30, TimeUnit.SECONDS);
        Snapshot s = updates.get(updates.size() - 1).latest();
        checker = new GradientChecker(service, Runnable::run);
        List<GradientCheck> shown = new CopyOnWriteArrayList<>();
        // when a new θ is asked for every 5 ms for 3 s
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        int i = 0;
        while (System.nanoTime() < end) {
            double[] theta = s.left().theta().clone();
            theta[1] += 1e-3 * i++;
            checker.check(s.generation(), theta, shown::add, reason -> { });
            Thread.sleep(5);
        }
        int duringStream = shown.size();
        // then checks kept arriving during the stream (a newer request never starves the one waiting)
        assertTrue(duringStream >= 2, "results during the stream: " + duringStream + " of " + i + " requests");
        assertTrue(duringStream < i / 4, "coalesced: " + duringStream + " of " + i);
    }

    @Test
    void aRequestForAReplacedComparisonIsDropped() throws Exception {
        service = new TrainingService(Runnable::run, updates::add, 10);
        service.load(SMALL, Seeds.of(3)).get(30, TimeUnit.SECONDS);
        Snapshot s = updates.get(updates.size() - 1).latest();
        service.reset().get(30, TimeUnit.SECONDS);
        checker = new GradientChecker(service, Runnable::run);
        List<GradientCheck> shown = new CopyOnWriteArrayList<>();
        // when a check is asked for the comparison before the reset
        checker.check(s.generation(), s.left().theta(), shown::add, reason -> { });
        // then nothing arrives (a check for the current one does)
        Snapshot now = updates.get(updates.size() - 1).latest();
        checker.check(now.generation(), now.left().theta(), shown::add, reason -> { });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (shown.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertEquals(1, shown.size());
    }
}
