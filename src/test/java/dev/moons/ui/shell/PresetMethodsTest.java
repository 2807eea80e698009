package dev.moons.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moons.training.Config;
import dev.moons.training.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The presets of two methods train exactly the settings their "what to notice" was measured with: `compare
 * --methods A,B --hidden 8 --noise 0.2 --lr 0.01 --epochs 1000` (and --alpha0 0.1 for wolfe), seed 42.
 */
class PresetMethodsTest {
    /** The lab notebook's settings that the measured commands name; every other setting at its default. */
    private static final Config MEASURED = Config.defaults().withHidden(8).withNoise(0.2).withLr(0.01).withEpochs(1000);

    @Test
    void momentumVsGdIsFixedAgainstMomentumAtTheNotebooksSettings() {
        assertEquals(MEASURED.withMethods(List.of(Method.FIXED, Method.MOMENTUM)), Preset.MOMENTUM_VS_GD.config());
        assertEquals(0.9, Preset.MOMENTUM_VS_GD.config().momentum());
    }

    @Test
    void adamVsBacktrackingIsAdamOnTheLeft() {
        assertEquals(MEASURED.withMethods(List.of(Method.ADAM, Method.BACKTRACKING)),
                Preset.ADAM_VS_BACKTRACKING.config());
    }

    @Test
    void wolfeVsArmijoStartsBothSearchesAtAlpha0PointOne() {
        Config c = Preset.WOLFE_VS_ARMIJO.config();
        assertEquals(MEASURED.withLineSearch(0.1, 0.5, 1e-4, false).withMethods(List.of(Method.WOLFE,
                Method.BACKTRACKING)), c);
        assertEquals(0.9, c.c2());
    }

    @Test
    void everyPresetComparesTwoDistinctMethods() {
        for (Preset p : Preset.values()) {
            List<Method> methods = p.config().methods();
            assertEquals(2, methods.size(), p.title());
            assertEquals(2, methods.stream().distinct().count(), p.title());
            // the config checks itself on the way in: rebuilding it from its parts is accepted and equal
            assertEquals(p.config(), p.config().withMethodSettings(p.config().methodSettings()), p.title());
        }
    }
}
