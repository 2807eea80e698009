package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moons.data.DataShape;
import dev.moons.io.JsonFields;
import org.junit.jupiter.api.Test;

class ConfigJsonDatasetTest {

    @Test
    void theDatasetItsParametersAndWeightDecayRoundTrip() {
        Config c = Config.defaults().withDataset(DataShape.BLOBS, 0.3, 2.5, 4.5).withWeightDecay(0.002);
        assertEquals(c, ConfigJson.read(ConfigJson.write(c), "config"));
    }

    @Test
    void aConfigWrittenBeforeDatasetsExistedReadsAsMoonsWithoutWeightDecay() {
        ObjectNode old = ConfigJson.write(Config.defaults());
        for (String key : new String[] {"dataset", "factor", "turns", "distance", "weight_decay"}) {
            old.remove(key);
        }
        assertEquals(Config.defaults(), ConfigJson.read(old, "config"));
    }

    @Test
    void aBadDatasetOrWeightDecayIsOneLineNamingThePath() {
        ObjectNode node = ConfigJson.write(Config.defaults());
        node.put("dataset", "rings");
        assertEquals("config: dataset must be one of moons, circles, xor, spiral, blobs, was rings",
                assertThrows(JsonFields.BadValue.class, () -> ConfigJson.read(node, "config")).getMessage());
        node.put("dataset", "moons");
        node.put("weight_decay", -1.0);
        assertEquals("config: weight-decay must be finite and >= 0, was -1.0",
                assertThrows(JsonFields.BadValue.class, () -> ConfigJson.read(node, "config")).getMessage());
    }
}
