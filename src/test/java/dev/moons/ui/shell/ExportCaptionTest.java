package dev.moons.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.training.Config;
import org.junit.jupiter.api.Test;

class ExportCaptionTest {
    @Test
    void captionNamesTheSettingsSeedAndEpoch() {
        Config config = Config.defaults().withLr(0.3).withNoise(0.25).withSeed(7);
        String caption = new ExportActions(null, null, new Shown(config, Seeds.of(7)), null, null).caption();
        for (String part : new String[] {"noise 0.25", "lr 0.3", "H " + config.hidden(), "seed 7", "epoch "}) {
            assertTrue(caption.contains(part), part + " missing from: " + caption);
        }
    }
}
