package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moons.io.JsonFields;
import dev.moons.model.Activation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one Config writer and reader: the keys of every file, strict and lenient reading. */
class ConfigJsonTest {
    private static final Config CONFIG = new Config(300, 0.1, 0.8, 4, 50, 0.5, 2, 0.25, 0.001, 16, 9, 2, true,
            Activation.TANH);

    @Test
    void writesEveryKeyInTheOrderOfTheFilesAndReadsTheSameConfigBack() throws Exception {
        ObjectNode node = ConfigJson.write(CONFIG);
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("samples", "noise", "train_ratio", "hidden", "epochs", "lr", "alpha0", "rho", "c",
                "batch", "seed", "seeds", "warm_start", "activation"), keys);
        assertEquals("{\"samples\":300,\"noise\":0.1,\"train_ratio\":0.8,\"hidden\":4,\"epochs\":50,\"lr\":0.5,"
                + "\"alpha0\":2.0,\"rho\":0.25,\"c\":0.001,\"batch\":16,\"seed\":9,\"seeds\":2,\"warm_start\":true,"
                + "\"activation\":\"tanh\"}", new ObjectMapper().writeValueAsString(node));
        assertEquals(CONFIG, ConfigJson.read(new ObjectMapper().readTree(node.toString()), "config"));
    }

    @Test
    void strictReadingNamesTheMissingOrWrongKeyAndLenientReadingFillsIn() {
        ObjectNode node = ConfigJson.write(CONFIG);
        node.remove("rho");
        assertEquals("config.rho: missing",
                assertThrows(JsonFields.BadValue.class, () -> ConfigJson.read(node, "config")).getMessage());
        assertEquals(CONFIG.withLineSearch(2, 0.5, 0.001, true),
                ConfigJson.readOver(node, Config.defaults(), "config"));
        node.put("hidden", "four");
        assertEquals("config.hidden: must be an integer, was \"four\"", assertThrows(JsonFields.BadValue.class,
                () -> ConfigJson.readOver(node, Config.defaults(), "config")).getMessage());
        node.put("hidden", 0);
        assertEquals("config: hidden must be in [1, 256], was 0", assertThrows(IllegalArgumentException.class,
                () -> ConfigJson.readOver(node, Config.defaults(), "config")).getMessage());
    }

    @Test
    void theOptimizerSubsetHasItsFiveKeysAndReadsOntoABase() {
        ObjectNode node = ConfigJson.writeOptimizer(CONFIG);
        assertEquals("{\"lr\":0.5,\"alpha0\":2.0,\"rho\":0.25,\"c\":0.001,\"warm_start\":true}", node.toString());
        assertEquals(CONFIG, ConfigJson.readOptimizer(node, Config.defaults().withSamples(300).withNoise(0.1)
                .withTrainRatio(0.8).withHidden(4).withEpochs(50).withBatch(16).withSeed(9).withSeeds(2)
                .withActivation(Activation.TANH), "from"));
    }
}
