package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moons.model.Activation;
import dev.moons.model.SameDiffGradient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** compare over seeds on several workers: the same results as one thread, bit for bit. */
class ParallelCompareTest {
    private static final Config SMALL = Config.defaults().withSamples(120).withHidden(3).withEpochs(15).withSeeds(5)
            .withSeed(3);

    @Test
    void threeWorkersGiveOneThreadsResultsBitForBit() {
        for (Config c : List.of(SMALL, SMALL.withBatch(25).withActivation(Activation.TANH))) {
            List<String> seen = new ArrayList<>();
            CompareResult one = CompareResult.run(c, null, (m, r) -> { }, null, 1);
            CompareResult three = CompareResult.run(c, null, (m, r) -> seen.add(m.id()), null, 3);
            assertEquals(RecordsBitIdentityTest.digest(one.first().runs()),
                    RecordsBitIdentityTest.digest(three.first().runs()));
            assertEquals(withoutTimes(one), withoutTimes(three));
            assertEquals(Double.doubleToLongBits(one.gradcheckMaxDiff()),
                    Double.doubleToLongBits(three.gradcheckMaxDiff()));
            // every record of every seed reached the listener: 2 methods × seeds × epochs
            assertEquals(2 * c.seeds() * c.epochs(), seen.size());
        }
    }

    // every seed's final result with the wall time (the one field that may differ) set to 0
    private static List<SeedResult> withoutTimes(CompareResult result) {
        List<SeedResult> all = new ArrayList<>();
        for (List<SeedResult> results : result.results().values()) {
            for (SeedResult s : results) {
                EpochRecord r = s.last();
                all.add(new SeedResult(s.seed(), new EpochRecord(r.epoch(), r.trainLoss(), r.testLoss(), r.trainAcc(),
                        r.testAcc(), r.step(), r.lossEvals(), r.gradNorm(), 0, r.status()), s.status(), s.divergedAt(),
                        s.testMetrics()));
            }
        }
        return all;
    }

    @Test
    void theGradientCheckOnItsOwnThreadIsTheFirstSeedsCheck() {
        CompareResult result = CompareResult.run(SMALL.withSeeds(2), null, (m, r) -> { }, null, 2);
        Problem p = result.first().problem();
        double direct = SameDiffGradient.maxAbsDiff(p.model(), result.first().initialParameters(), p.xTrain(),
                p.yTrain());
        assertEquals(Double.doubleToLongBits(direct), Double.doubleToLongBits(result.gradcheckMaxDiff()));
    }

    @Test
    void aThreadCountOutsideOneTo256IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CompareResult.run(SMALL, null, (m, r) -> { }, null, 0));
        assertThrows(IllegalArgumentException.class, () -> CompareResult.run(SMALL, null, (m, r) -> { }, null, 257));
    }
}
