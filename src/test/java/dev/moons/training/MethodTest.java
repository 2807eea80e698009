package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moons.optim.BacktrackingLineSearch;
import dev.moons.optim.FixedStep;
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
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Method.of("adam"));
        assertEquals("method must be one of fixed, backtracking, was adam", e.getMessage());
    }
}
