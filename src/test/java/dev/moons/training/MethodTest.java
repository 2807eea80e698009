package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.optim.BacktrackingLineSearch;
import dev.moons.optim.FixedStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodTest {
    @Test
    void namesAreTheFileContract() {
        assertEquals("fixed", Method.FIXED.id());
        assertEquals("backtracking", Method.BACKTRACKING.id());
        assertEquals(Method.BACKTRACKING, Method.of("backtracking"));
        assertEquals(Method.FIXED.id(), Method.FIXED.optimizer(Config.defaults()).name());
        assertEquals(Method.BACKTRACKING.id(), Method.BACKTRACKING.optimizer(Config.defaults()).name());
    }

    @Test
    void optimizersFollowTheConfig() {
        Config c = Config.defaults().withLr(0.25).withLineSearch(4, 0.3, 0.01, true);
        FixedStep fixed = assertInstanceOf(FixedStep.class, Method.FIXED.optimizer(c));
        assertEquals(0.25, fixed.lr());
        BacktrackingLineSearch search = assertInstanceOf(BacktrackingLineSearch.class,
                Method.BACKTRACKING.optimizer(c));
        assertEquals(4, search.alpha0());
        assertEquals(0.3, search.rho());
        assertEquals(0.01, search.c());
        assertNotSame(Method.BACKTRACKING.optimizer(c), Method.BACKTRACKING.optimizer(c));
    }

    @Test
    void anUnknownNameIsRefusedInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Method.of("rmsprop"));
        assertEquals("method must be one of fixed, momentum, nesterov, adam, backtracking, armijo-interp, wolfe, sls,"
                + " was rmsprop", e.getMessage());
    }

    @Test
    void eachMethodSeesOnlyItsOwnSettingsChange() {
        Config c = Config.defaults();
        Config lr = c.withLr(c.lr() * 2);
        Config search = c.withLineSearch(c.alpha0() / 2, c.rho(), c.c(), c.warmStart());
        assertTrue(Method.FIXED.settingsDiffer(c, lr));
        assertFalse(Method.FIXED.settingsDiffer(c, search));
        assertTrue(Method.BACKTRACKING.settingsDiffer(c, search));
        assertFalse(Method.BACKTRACKING.settingsDiffer(c, lr));
    }

    @Test
    void aResumedLineSearchRemembersItsLastAcceptedStep() {
        Config c = Config.defaults().withLineSearch(1, 0.5, 1e-4, true);
        BacktrackingLineSearch search = assertInstanceOf(BacktrackingLineSearch.class,
                Method.BACKTRACKING.resumed(c, 0.125));
        assertEquals(0.125, search.lastAccepted());
        assertInstanceOf(FixedStep.class, Method.FIXED.resumed(c, Double.NaN));
    }

    @Test
    void aComparisonHasOneRunPerMethodInLaneOrder() {
        Comparison comparison = Comparison.create(Config.defaults().withSamples(100).withEpochs(2), Seeds.of(1));
        assertEquals(Method.DEFAULTS, comparison.runs().stream().map(TrainingRun::method).toList());
        for (Method m : Method.DEFAULTS) {
            assertSame(m, comparison.run(m).method());
        }
        assertSame(comparison.run(Method.FIXED), comparison.run(Method.FIXED));
        assertSame(comparison.run(Method.BACKTRACKING), comparison.run(Method.BACKTRACKING));
    }

    @Test
    void slsTakesItsBatchFractionFromTheProblemsTrainingPoints() {
        Config c = Config.defaults().withSamples(200).withHidden(2);
        Problem problem = Problem.generate(c, dev.moons.data.Seeds.of(1));
        int n = (int) problem.xTrain().rows();
        dev.moons.optim.StochasticArmijo whole = assertInstanceOf(dev.moons.optim.StochasticArmijo.class,
                Method.SLS.optimizer(c.withBatch(n), problem));
        assertEquals(1.0, whole.batchFraction());
        dev.moons.optim.StochasticArmijo part = assertInstanceOf(dev.moons.optim.StochasticArmijo.class,
                Method.SLS.optimizer(c.withBatch(35), problem));
        assertEquals(35.0 / n, part.batchFraction());
        assertEquals(1.0, ((dev.moons.optim.StochasticArmijo) Method.SLS.optimizer(c)).batchFraction(), "full batch");
    }

    @Test
    void everyMethodHasADistinctNameAndColourAndItsOptimizerIsNamedAfterIt() {
        assertEquals(8, Method.all().size());
        assertEquals(8, Method.all().stream().map(Method::rgb).distinct().count());
        Config c = Config.defaults();
        for (Method m : Method.all()) {
            assertEquals(m, Method.of(m.id()));
            assertEquals(m.id(), m.optimizer(c).name());
        }
        assertEquals(List.of(Method.FIXED, Method.MOMENTUM, Method.NESTEROV, Method.ADAM), Method.fixedStep());
        assertEquals(List.of(Method.BACKTRACKING, Method.ARMIJO_INTERP, Method.WOLFE, Method.SLS),
                Method.lineSearches());
    }
}
