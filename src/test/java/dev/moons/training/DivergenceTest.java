package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.model.Activation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One divergence rule: loss or |θ| beyond 1e30, or not finite, ends the run as "diverged at epoch e". */
class DivergenceTest {
    @Test
    void theRuleIsTheLimitOnLossAndTheta() {
        assertFalse(Divergence.diverged(1e30, 1e30));
        assertTrue(Divergence.diverged(1.0001e30, 1));
        assertTrue(Divergence.diverged(1, 2e30));
        assertTrue(Divergence.diverged(Double.NaN, 1));
        assertTrue(Divergence.diverged(1, Double.POSITIVE_INFINITY));
        assertTrue(Divergence.diverged(Double.POSITIVE_INFINITY, 1));
    }

    @Test
    void aHugeLearningRateWithOneHiddenUnitIsReportedAsDiverged() {
        // leaky ReLU with H = 1 and lr 1000: the loss passed 1e34 at epoch 10 and went on, finite, to ~1e157
        Config config = Config.defaults().withSamples(200).withHidden(1).withLr(1000).withEpochs(50)
                .withActivation(Activation.LEAKY_RELU);
        Comparison comparison = Comparison.create(config, Seeds.of(1));
        comparison.runToEnd((m, r) -> { });
        TrainingRun fixed = comparison.run(Method.FIXED);
        assertEquals(RunStatus.DIVERGED, fixed.status(), "last loss " + fixed.last().trainLoss());
        int at = fixed.divergedAt();
        assertTrue(at >= 1 && at < config.epochs(), "diverged at " + at);
        List<EpochRecord> history = fixed.history();
        assertEquals(at, history.get(history.size() - 1).epoch());
        for (EpochRecord r : history.subList(0, history.size() - 1)) {
            assertTrue(Math.abs(r.trainLoss()) <= Divergence.LIMIT, "epoch " + r.epoch() + ": " + r.trainLoss());
        }
        assertTrue(fixed.parameters().amaxNumber().doubleValue() > Divergence.LIMIT
                || !(history.get(history.size() - 1).trainLoss() <= Divergence.LIMIT));
    }
}
