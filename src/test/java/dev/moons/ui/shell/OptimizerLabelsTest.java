package dev.moons.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moons.training.Config;
import dev.moons.training.Method;
import org.junit.jupiter.api.Test;

/** The optimizers' settings in words, as the boundaries and the charts' change marks show them. */
class OptimizerLabelsTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);

    @Test
    void optimizerLabelsKeepSignificantZeros() {
        assertEquals("lr 1000", OptimizerLabels.fixed(SMALL.withLr(1000)));
        assertEquals("lr 0.0001", OptimizerLabels.fixed(SMALL.withLr(1e-4)));
        assertEquals("α0 1, ρ 0.5, c 0.0001", OptimizerLabels.lineSearch(SMALL));
    }

    @Test
    void aLearningRateChangeIsMarkedWithTheNewRate() {
        assertEquals("lr 0.1", OptimizerLabels.change(SMALL, SMALL.withLr(0.1)));
    }

    @Test
    void aChangeNamesEveryFieldThatChangedInOrder() {
        Config next = SMALL.withLr(0.5).withLineSearch(2, 0.3, 1e-3, true);
        assertEquals("lr 0.5, α0 2, ρ 0.3, c 0.001, warm start on", OptimizerLabels.change(SMALL, next));
        assertEquals("warm start off", OptimizerLabels.change(SMALL.withLineSearch(1, 0.5, 1e-4, true), SMALL));
    }

    @Test
    void eachMethodIsLabelledWithItsOwnSettings() {
        assertEquals("lr 0.01", OptimizerLabels.of(Method.FIXED, SMALL));
        assertEquals("α0 1, ρ 0.5, c 0.0001, warm start",
                OptimizerLabels.of(Method.BACKTRACKING, SMALL.withLineSearch(1, 0.5, 1e-4, true)));
    }
}
