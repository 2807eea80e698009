package dev.moons.training.sweep;

import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import dev.moons.training.Summary;
import dev.moons.training.CompareResult;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochRecord;
import dev.moons.training.SeedResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The learning-rate sweep against {@code compare}, with divergence, cancel, progress and threads. */
class SweepTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withHidden(8).withEpochs(50)
            .withLr(0.1).withSeeds(2);

    @Test
    void theBacktrackingBandIsCompareBacktrackingResultForTheSameSeeds() {
        SweepResult sweep = new Sweep(SMALL, new double[] {0.01, 0.1}, null, 2).run((run, progress) -> { });
        CompareResult compare = CompareResult.run(SMALL, (method, record) -> { });

        List<SeedResult> expected = compare.results().get(Method.BACKTRACKING);
        List<SweepRun> actual = sweep.backtrackingRuns();
        assertEquals(2, actual.size());
        for (int s = 0; s < 2; s++) {
            assertEquals(expected.get(s).seed(), actual.get(s).seed());
            assertSameEnd(expected.get(s).last(), actual.get(s).last());
            assertEquals(expected.get(s).status(), actual.get(s).status());
        }
        SweepAggregate band = sweep.backtrackingBand();
        assertTrue(Double.isNaN(band.lr()));
        assertEquals(2, band.completed());
        assertSameSummary(compare.summary(Method.BACKTRACKING, EpochRecord::testAcc), band.testAcc());
        assertSameSummary(compare.summary(Method.BACKTRACKING, EpochRecord::trainLoss), band.trainLoss());
        assertSameSummary(compare.summary(Method.BACKTRACKING, EpochRecord::testLoss), band.testLoss());
        assertSameSummary(compare.summary(Method.BACKTRACKING, r -> r.lossEvals()), band.lossEvals());

        // compare's fixed run at lr 0.1 is the sweep's fixed run at 0.1
        List<SeedResult> fixed = compare.results().get(Method.FIXED);
        for (int s = 0; s < 2; s++) {
            assertSameEnd(fixed.get(s).last(), sweep.fixedRuns(1).get(s).last());
        }
        assertSameSummary(compare.summary(Method.FIXED, EpochRecord::testAcc),
                sweep.fixedAggregates().get(1).testAcc());
    }

    @Test
    void aDivergingLearningRateIsReportedAsDivergedNotAsANumber() {
        Config config = SMALL.withEpochs(20);
        SweepResult sweep = new Sweep(config, new double[] {0.1, 1e300}, null, 2).run((run, progress) -> { });
        SweepAggregate fine = sweep.fixedAggregates().get(0);
        SweepAggregate diverged = sweep.fixedAggregates().get(1);

        assertFalse(fine.isDiverged());
        assertEquals(2, fine.completed());
        assertTrue(Double.isFinite(fine.testAcc().mean()));
        assertTrue(diverged.isDiverged());
        assertEquals(2, diverged.diverged());
        assertEquals(0, diverged.completed());
        assertEquals(0, diverged.testAcc().count());
        for (Summary s : List.of(diverged.testAcc(), diverged.trainLoss(), diverged.testLoss(), diverged.lossEvals())) {
            assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.std()), s.toString());
        }
        for (SweepRun run : sweep.fixedRuns(1)) {
            assertEquals(RunStatus.DIVERGED, run.status());
            assertTrue(run.divergedAt() >= 1, "diverged at " + run.divergedAt());
        }
    }

    @Test
    void aPartlyDivergedLearningRateAveragesOnlyItsCompletedRuns() {
        EpochRecord ok = new EpochRecord(10, 0.3, 0.4, 0.9, 0.8, 0.1, 10, 1, 1, RunStatus.FINISHED);
        EpochRecord bad = new EpochRecord(3, Double.NaN, Double.NaN, 0.5, 0.5, 0.1, 3, Double.NaN, 1, RunStatus.DIVERGED);
        SweepAggregate a = SweepAggregate.of(Method.FIXED, 1, List.of(
                new SweepRun(Method.FIXED, 1, 1, ok, RunStatus.FINISHED, -1),
                new SweepRun(Method.FIXED, 1, 2, bad, RunStatus.DIVERGED, 3)));
        assertFalse(a.isDiverged());
        assertEquals(1, a.diverged());
        assertEquals(1, a.completed());
        assertEquals(0.8, a.testAcc().mean());
        assertEquals(0.0, a.testAcc().std());
        assertEquals(10.0, a.lossEvals().mean());
    }

    @Test
    void theDefaultGridIsThirteenLogSpacedPointsFromOneThousandthToTen() {
        double[] grid = LearningRates.defaults();
        assertEquals(13, grid.length);
        assertEquals(1e-3, grid[0], 1e-3 * 1e-12);
        assertEquals(10, grid[12], 10 * 1e-12);
        for (int k = 0; k < 13; k++) {
            double expected = Math.pow(10, -3 + k / 3.0);
            assertEquals(expected, grid[k], expected * 1e-12, "point " + k);
        }
        for (int k = 1; k < 13; k++) {
            assertEquals(1.0 / 3, Math.log10(grid[k] / grid[k - 1]), 1e-12);
        }
    }

    @Test
    void badLearningRateListsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LearningRates.checked(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> LearningRates.checked(new double[51]));
        assertThrows(IllegalArgumentException.class, () -> LearningRates.checked(new double[] {0.1, 0}));
        assertThrows(IllegalArgumentException.class, () -> LearningRates.checked(new double[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> LearningRates.checked(new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class,
                () -> LearningRates.checked(new double[] {Double.POSITIVE_INFINITY}));
        assertEquals(50, LearningRates.checked(LearningRates.logGrid(1e-4, 1e3, 50)).length);
        assertThrows(IllegalArgumentException.class, () -> new Sweep(SMALL, new double[] {0.1}, null, 0));
    }

    @Test
    void progressCountsEveryRunUpToTheTotal() {
        List<SweepProgress> seen = new ArrayList<>();
        List<SweepRun> ended = new ArrayList<>();
        Sweep sweep = new Sweep(SMALL.withEpochs(5), new double[] {0.01, 0.1, 1}, null, 2);
        sweep.run((run, progress) -> {
            seen.add(progress);
            ended.add(run);
        });
        assertEquals(8, sweep.totalRuns());
        assertEquals(8, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i).done());
            assertEquals(8, seen.get(i).total());
            assertTrue(seen.get(i).remainingMs() >= 0);
        }
        assertEquals(1.0, seen.get(7).fraction());
        assertEquals(0.0, seen.get(7).remainingMs());
        assertEquals(2, ended.stream().filter(r -> !r.isFixed()).count());
    }

    @Test
    void cancelStopsTheSweepAndMarksUnfinishedRunsCancelled() throws Exception {
        Config longRuns = SMALL.withEpochs(100_000);
        Sweep sweep = new Sweep(longRuns, new double[] {0.01, 0.1, 1}, null, 2);
        List<SweepProgress> seen = new ArrayList<>();
        // ND4J warmed up first, so that 100 ms of training is short of the ~2,190 epochs after which seed 43's
        // backtracking run stalls by itself (α < 1e-10): ~140 ms of its training on a quiet machine since the
        // per-epoch reductions are bound (600 ms was enough for it to stall first)
        Comparison.create(SMALL, Seeds.of(1)).stepBoth((m, r) -> { });
        CompletableFuture<SweepResult> running = CompletableFuture.supplyAsync(() -> sweep.run((r, p) -> seen.add(p)));
        Thread.sleep(100);
        long cancelledAt = System.nanoTime();
        sweep.cancel();
        SweepResult result = running.get(60, TimeUnit.SECONDS);
        double stopMs = (System.nanoTime() - cancelledAt) / 1e6;

        assertTrue(result.cancelled());
        assertEquals(8, result.runs().size());
        for (SweepRun run : result.runs()) {
            assertEquals(RunStatus.CANCELLED, run.status(), run.toString());
            assertTrue(run.last().epoch() < 100_000);
        }
        assertTrue(result.runs().stream().anyMatch(r -> r.last().epoch() > 0), "some run had started");
        assertTrue(result.runs().stream().anyMatch(r -> r.last().epoch() == 0), "some run had not started");
        assertEquals(8, seen.get(seen.size() - 1).done());
        assertTrue(stopMs < 10_000, "stopped " + stopMs + " ms after cancel");
        SweepAggregate cancelledLr = result.fixedAggregates().get(0);
        assertEquals(0, cancelledLr.completed());
        assertFalse(cancelledLr.isDiverged(), "cancelled is not diverged");
    }

    @Test
    void twoThreadsGiveTheSameResultsAsOne() {
        double[] lrs = {0.03, 0.3, 3};
        SweepResult one = new Sweep(SMALL.withEpochs(30), lrs, null, 1).run((r, p) -> { });
        SweepResult two = new Sweep(SMALL.withEpochs(30), lrs, null, 2).run((r, p) -> { });
        assertEquals(one.runs().size(), two.runs().size());
        for (int i = 0; i < one.runs().size(); i++) {
            SweepRun a = one.runs().get(i);
            SweepRun b = two.runs().get(i);
            assertEquals(a.method(), b.method());
            assertEquals(Double.doubleToLongBits(a.lr()), Double.doubleToLongBits(b.lr()));
            assertEquals(a.seed(), b.seed());
            assertEquals(a.status(), b.status());
            assertSameEnd(a.last(), b.last());
        }
    }

    // every field but the wall time, bit for bit
    private static void assertSameEnd(EpochRecord expected, EpochRecord actual) {
        List<ToDoubleFunction<EpochRecord>> fields = List.of(EpochRecord::epoch, EpochRecord::trainLoss,
                EpochRecord::testLoss, EpochRecord::trainAcc, EpochRecord::testAcc, EpochRecord::step,
                r -> r.lossEvals(), EpochRecord::gradNorm);
        for (ToDoubleFunction<EpochRecord> f : fields) {
            assertEquals(f.applyAsDouble(expected), f.applyAsDouble(actual), 0.0, expected + " vs " + actual);
        }
        assertEquals(expected.status(), actual.status());
    }

    private static void assertSameSummary(Summary expected, Summary actual) {
        assertEquals(expected.mean(), actual.mean(), 0.0);
        assertEquals(expected.std(), actual.std(), 0.0);
        assertEquals(expected.min(), actual.min(), 0.0);
        assertEquals(expected.max(), actual.max(), 0.0);
        assertEquals(expected.count(), actual.count());
    }
}
