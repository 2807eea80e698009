package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moons.data.DataShape;
import dev.moons.data.Dataset;
import dev.moons.data.Moons;
import dev.moons.data.Seeds;
import org.junit.jupiter.api.Test;

class ConfigDatasetTest {

    @Test
    void defaultsAreMoonsWithoutWeightDecayAndGenerateTheMoons() {
        Config c = Config.defaults();
        assertEquals(DataShape.MOONS, c.dataset());
        assertEquals(0.0, c.weightDecay());
        Dataset expected = Moons.generate(c.samples(), c.noise(), Seeds.of(42).dataRandom());
        Dataset got = c.generate(Seeds.of(42));
        assertArrayEquals(expected.x1(), got.x1());
        assertArrayEquals(expected.labels(), got.labels());
    }

    @Test
    void shapeParametersAndWeightDecayOutsideTheirRowsAreRefusedInOneLineNamingTheKey() {
        Config c = Config.defaults();
        assertEquals("factor must be in (0, 1), was 1.0", assertThrows(IllegalArgumentException.class,
                () -> c.withDataset(DataShape.CIRCLES, 1.0, 1.5, 3)).getMessage());
        assertEquals("turns must be in [0.25, 4.0], was 5.0", assertThrows(IllegalArgumentException.class,
                () -> c.withDataset(DataShape.SPIRAL, 0.5, 5, 3)).getMessage());
        assertEquals("distance must be in [0.0, 10.0], was -1.0", assertThrows(IllegalArgumentException.class,
                () -> c.withDataset(DataShape.BLOBS, 0.5, 1.5, -1)).getMessage());
        assertEquals("weight-decay must be finite and >= 0, was -0.1", assertThrows(IllegalArgumentException.class,
                () -> c.withWeightDecay(-0.1)).getMessage());
        assertEquals("weight-decay must be finite and >= 0, was Infinity", assertThrows(
                IllegalArgumentException.class, () -> c.withWeightDecay(Double.POSITIVE_INFINITY)).getMessage());
    }

    @Test
    void theConfigGeneratesItsShapeFromTheDataStream() {
        Config c = Config.defaults().withDataset(DataShape.SPIRAL, 0.5, 2.0, 3);
        Dataset expected = DataShape.SPIRAL.generate(c.samples(), c.noise(), 0.5, 2.0, 3,
                Seeds.of(5).dataRandom());
        assertArrayEquals(expected.x2(), c.generate(Seeds.of(5)).x2());
    }
}
