package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.model.Activation;
import dev.moons.optim.BacktrackingLineSearch;
import dev.moons.optim.FixedStep;
import dev.moons.optim.Optimizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison owns the settings in effect and logs every change of the optimizer settings. */
class ComparisonSettingsTest {
    private static final Config CONFIG = Config.defaults().withSamples(100).withHidden(2).withEpochs(20);

    private static Comparison trained(int epochs) {
        Comparison c = Comparison.create(CONFIG, Seeds.of(3));
        for (int e = 0; e < epochs; e++) {
            c.stepBoth((method, record) -> { });
        }
        return c;
    }

    @Test
    void changeSettingsRefusesAnythingButTheOptimizerSettings() {
        // given a comparison at epoch 4
        Comparison c = trained(4);
        Optimizer fixed = c.run(Method.FIXED).optimizer();
        // when a change of epochs, hidden units, activation or batch is asked for (with or without a new lr)
        for (Config next : List.of(CONFIG.withEpochs(30), CONFIG.withHidden(3).withLr(0.5),
                CONFIG.withActivation(Activation.TANH), CONFIG.withBatch(8), CONFIG.withSeed(9))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.changeSettings(next));
            // then it is refused in one line naming what may change, and nothing changed
            assertTrue(e.getMessage().startsWith("only lr, alpha0, rho, c and warm_start can change"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        assertEquals("only lr, alpha0, rho, c and warm_start can change during training; hidden changed",
                assertThrows(IllegalArgumentException.class, () -> c.changeSettings(CONFIG.withHidden(3).withLr(0.5)))
                        .getMessage());
        assertEquals(CONFIG, c.config());
        assertTrue(c.settingsChanges().isEmpty());
        assertSame(fixed, c.run(Method.FIXED).optimizer());
    }

    @Test
    void aChangeIsLoggedAtTheLastEpochCompletedAndSwapsOnlyTheOptimizerItConcerns() {
        // given a comparison at epoch 4
        Comparison c = trained(4);
        Optimizer search = c.run(Method.BACKTRACKING).optimizer();

        // when the learning rate changes
        c.changeSettings(CONFIG.withLr(0.5));

        // then the fixed run steps at 0.5 from epoch 5, the line search is untouched, and the change is logged at 4
        assertEquals(0.5, ((FixedStep) c.run(Method.FIXED).optimizer()).lr());
        assertSame(search, c.run(Method.BACKTRACKING).optimizer());
        assertEquals(CONFIG.withLr(0.5), c.config());
        assertEquals(List.of(new SettingsChange(4, CONFIG, CONFIG.withLr(0.5))), c.settingsChanges());
        assertEquals(CONFIG, c.initialConfig());

        // and when the line search's α0 changes two epochs later, the line search alone is new
        c.stepBoth((method, record) -> { });
        c.stepBoth((method, record) -> { });
        Optimizer fixed = c.run(Method.FIXED).optimizer();
        Config next = c.config().withLineSearch(2, 0.5, 1e-4, false);
        c.changeSettings(next);
        assertSame(fixed, c.run(Method.FIXED).optimizer());
        assertNotSame(search, c.run(Method.BACKTRACKING).optimizer());
        assertEquals(2.0, ((BacktrackingLineSearch) c.run(Method.BACKTRACKING).optimizer()).alpha0());
        assertEquals(6, c.settingsChanges().get(1).epoch());
        assertEquals(next, c.config());
    }

    @Test
    void beforeTheFirstEpochOrWithoutADifferenceNothingIsLogged() {
        Comparison c = trained(0);
        c.changeSettings(CONFIG.withLr(0.2));
        assertEquals(0.2, c.config().lr());
        assertTrue(c.settingsChanges().isEmpty(), "no record used the old settings");
        c.stepBoth((method, record) -> { });
        c.changeSettings(c.config());
        assertTrue(c.settingsChanges().isEmpty());
    }

    @Test
    void resumeRefusesALogThatDoesNotLeadToItsConfig() {
        Comparison c = trained(3);
        List<SettingsChange> log = List.of(new SettingsChange(2, CONFIG, CONFIG.withLr(0.5)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Comparison.resume(CONFIG,
                c.seeds(), c.problem(), c.initialParameters(), List.of(c.run(Method.FIXED), c.run(Method.BACKTRACKING)), log));
        assertTrue(e.getMessage().contains("does not lead"), e.getMessage());
    }
}
