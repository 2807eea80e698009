package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        Config c = Config.defaults();
        assertEquals(1000, c.samples());
        assertEquals(0.2, c.noise());
        assertEquals(0.7, c.trainRatio());
        assertEquals(16, c.hidden());
        assertEquals(1000, c.epochs());
        assertEquals(0.01, c.lr());
        assertEquals(1.0, c.alpha0());
        assertEquals(0.5, c.rho());
        assertEquals(1e-4, c.c());
        assertEquals(0, c.batch());
        assertEquals(42, c.seed());
        assertEquals(1, c.seeds());
        assertEquals(700, c.trainSize());
    }

    @Test
    void activationDefaultsToReluAndSurvivesEveryWither() {
        Config c = Config.defaults().withActivation(dev.moons.model.Activation.SIGMOID);
        assertEquals(dev.moons.model.Activation.RELU, Config.defaults().activation());
        assertEquals(dev.moons.model.Activation.RELU, new Config(8, 0.2, 0.5, 16, 10, 0.01, 1, 0.5, 1e-4, 0, 42, 1,
                false).activation());
        for (Config v : java.util.List.of(c.withSamples(200), c.withNoise(0.1), c.withTrainRatio(0.6), c.withHidden(3),
                c.withEpochs(5), c.withLr(0.1), c.withLineSearch(2, 0.3, 1e-3, true), c.withBatch(8), c.withSeed(1),
                c.withSeeds(2))) {
            assertEquals(dev.moons.model.Activation.SIGMOID, v.activation());
        }
        rejects("activation must be one of relu, leaky-relu, tanh, sigmoid, was null", () -> c.withActivation(null));
        assertEquals(dev.moons.model.Activation.SIGMOID,
                Problem.generate(c.withSamples(100), new dev.moons.data.Seeds(1, 1, 1, 1)).model().activation());
        assertEquals(dev.moons.model.Activation.SIGMOID,
                Problem.generate(c.withSamples(100), new dev.moons.data.Seeds(1, 1, 1, 1)).withHidden(3).model().activation());
    }

    @Test
    void everyOutOfRangeValueIsRejectedWithItsNameAndRange() {
        Config d = Config.defaults();
        rejects("samples must be in [8, 100000], was 3", () -> d.withSamples(3));
        rejects("samples must be in [8, 100000], was 100001", () -> d.withSamples(100_001));
        rejects("noise must be in [0.0, 1.0], was NaN", () -> d.withNoise(Double.NaN));
        rejects("noise must be in [0.0, 1.0], was -0.1", () -> d.withNoise(-0.1));
        rejects("train-ratio must be in (0, 1), was 1.0", () -> d.withTrainRatio(1));
        rejects("train-ratio must be in (0, 1), was 0.0", () -> d.withTrainRatio(0));
        rejects("hidden must be in [1, 256], was 0", () -> d.withHidden(0));
        rejects("epochs must be in [1, 100000], was 0", () -> d.withEpochs(0));
        rejects("lr must be finite and > 0, was Infinity", () -> d.withLr(Double.POSITIVE_INFINITY));
        rejects("lr must be finite and > 0, was 0.0", () -> d.withLr(0));
        rejects("alpha0 must be finite and > 0, was -1.0", () -> d.withLineSearch(-1, 0.5, 1e-4, false));
        rejects("rho must be in (0, 1), was 1.0", () -> d.withLineSearch(1, 1, 1e-4, false));
        rejects("c must be in (0, 1), was 0.0", () -> d.withLineSearch(1, 0.5, 0, false));
        rejects("batch must be in [0, 700], was 701", () -> d.withBatch(701));
        rejects("seeds must be in [1, 1000], was 0", () -> d.withSeeds(0));
    }

    @Test
    void aRatioThatLeavesTooFewPointsOfAClassIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.defaults().withSamples(10));
        assertTrue(e.getMessage().startsWith("train-ratio 0.7 with samples 10 leaves fewer than 2"), e.getMessage());
        assertEquals(8, new Config(8, 0.2, 0.5, 16, 10, 0.01, 1, 0.5, 1e-4, 0, 42, 1, false).samples());
    }

    private static void rejects(String message, Executable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertEquals(message, e.getMessage());
    }
}
