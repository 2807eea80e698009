package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.curvature.Sharpness;
import dev.moons.data.Seeds;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** λ_max recorded every k epochs at θ after the epoch, off by default, and the edge of stability at lr 4. */
class SharpnessRecordingTest {

    @Test
    void offByDefaultNoRecordHasASharpness() {
        Comparison c = Comparison.create(Config.defaults().withSamples(100).withHidden(4).withEpochs(5), Seeds.of(1));
        c.runToEnd((m, r) -> { });
        for (TrainingRun run : c.runs()) {
            assertTrue(run.history().stream().noneMatch(EpochRecord::hasSharpness));
            assertEquals(0, run.sharpness().count());
        }
    }

    @Test
    void theRowOfEpochEHoldsLambdaMaxAtTheParametersAfterEpochE() {
        Comparison c = Comparison.create(Config.defaults().withSamples(120).withHidden(6).withEpochs(9).withLr(0.5),
                Seeds.of(3));
        c.setSharpnessEvery(3);
        Problem p = c.problem();
        Sharpness reference = new Sharpness(6, p.model().activation(),
                p.xTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble(),
                p.yTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble());
        assertEquals(reference.at(c.run(Method.FIXED).parameterValues()), c.run(Method.FIXED).last().sharpness(), 0.0, "epoch 0");
        while (!c.isDone()) {
            c.stepBoth((m, r) -> { });
            for (TrainingRun run : c.runs()) {
                EpochRecord r = run.last();
                assertEquals(r.epoch() % 3 == 0, r.hasSharpness(), "epoch " + r.epoch());
                if (r.hasSharpness()) {
                    assertEquals(reference.at(run.parameterValues()), r.sharpness(), 0.0, "epoch " + r.epoch());
                }
            }
        }
        assertEquals(4, c.run(Method.FIXED).sharpness().count());
        assertTrue(c.run(Method.FIXED).sharpness().nanos() > 0);
    }

    @Test
    void atLr4TheFixedRunsSharpnessHoversAtTwoOverLr() {
        // Cohen et al.'s edge of stability, at a smaller cost than the README's H 16 × 1000 epochs
        Config config = Config.defaults().withHidden(16).withLr(4).withEpochs(400);
        Comparison c = Comparison.create(config, Seeds.of(42));
        c.setSharpnessEvery(25);
        c.runToEnd((m, r) -> { });
        double median = medianFrom(c.run(Method.FIXED).history(), 200);
        double ratio = median / (2 / config.lr());
        assertTrue(ratio >= 0.5 && ratio <= 2, "median λ_max " + median + " is " + ratio + " × 2/lr");
        assertFalse(c.run(Method.FIXED).status() == RunStatus.DIVERGED);
    }

    private static double medianFrom(List<EpochRecord> history, int fromEpoch) {
        double[] v = history.stream().filter(r -> r.epoch() >= fromEpoch && r.hasSharpness())
                .mapToDouble(EpochRecord::sharpness).sorted().toArray();
        assertTrue(v.length >= 3, Arrays.toString(v));
        return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
    }
}
