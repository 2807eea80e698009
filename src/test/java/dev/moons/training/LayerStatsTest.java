package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.model.Mlp;
import dev.moons.model.ModelObjective;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The per-layer stats a run records equal a direct ND4J computation from θ before and after each step. */
class LayerStatsTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(12).withHidden(6);
    private static final double TOL = 1e-12;

    @Test
    void gradientNormsAndUpdateRatiosEqualADirectComputationForBothMethods() {
        // given both runs of a comparison, with θ kept after every epoch
        Comparison comparison = Comparison.create(SMALL, Seeds.of(11));
        for (TrainingRun run : comparison.runs()) {
            List<INDArray> thetas = new ArrayList<>();
            thetas.add(run.parameters());
            // when the run trains to its end
            while (!run.isDone()) {
                run.nextEpoch();
                thetas.add(run.parameters());
            }
            // then every epoch's stats equal norms of ∇L(θ before) and of θ after − θ before, per layer
            List<LayerStats> stats = run.layerStats();
            assertEquals(run.history().size(), stats.size());
            ModelObjective objective = run.problem().model().objective(run.problem().xTrain(), run.problem().yTrain());
            for (int e = 1; e < stats.size(); e++) {
                INDArray before = thetas.get(e - 1);
                INDArray g = Nd4j.create(DataType.DOUBLE, before.length());
                objective.valueAndGradient(before, g);
                LayerStats s = stats.get(e);
                String at = run.method() + " epoch " + e;
                assertEquals(e, s.epoch(), at);
                assertEquals(Mlp.w1(g).norm2Number().doubleValue(), s.gradW1(), TOL, at);
                assertEquals(Mlp.b1(g).norm2Number().doubleValue(), s.gradB1(), TOL, at);
                assertEquals(Mlp.w2(g).norm2Number().doubleValue(), s.gradW2(), TOL, at);
                assertEquals(Math.abs(Mlp.b2(g)), s.gradB2(), TOL, at);
                assertEquals(Mlp.layer1(g).norm2Number().doubleValue(), s.gradLayer1(), TOL, at);
                assertEquals(Mlp.layer2(g).norm2Number().doubleValue(), s.gradLayer2(), TOL, at);
                INDArray step = thetas.get(e).sub(before);
                assertEquals(Math.log10(Mlp.layer1(step).norm2Number().doubleValue()
                        / Mlp.layer1(before).norm2Number().doubleValue()), s.updateRatio1(), 1e-9, at);
                assertEquals(Math.log10(Mlp.layer2(step).norm2Number().doubleValue()
                        / Mlp.layer2(before).norm2Number().doubleValue()), s.updateRatio2(), 1e-9, at);
                // and the gradient's total norm is the one the epoch record reports
                assertEquals(run.history().get(e).gradNorm(),
                        Math.hypot(s.gradLayer1(), s.gradLayer2()), 1e-9, at);
            }
        }
    }

    @Test
    void aFixedStepMovesEachLayerByLrTimesItsGradient() {
        // given a fixed-LR run: Δθ = −lr·g, so ‖Δθ_l‖ = lr·‖g_l‖
        Comparison comparison = Comparison.create(SMALL, Seeds.of(4));
        TrainingRun run = comparison.run(Method.FIXED);
        double theta1Before = Mlp.layer1(run.parameters()).norm2Number().doubleValue();
        // when it takes one step
        run.nextEpoch();
        LayerStats s = run.lastLayerStats();
        // then the update ratio is log10(lr·‖g_1‖/‖θ_1‖)
        assertEquals(Math.log10(SMALL.lr() * s.gradLayer1() / theta1Before), s.updateRatio1(), 1e-9);
    }

    @Test
    void epochZeroHasGradientNormsButNoUpdate() {
        TrainingRun run = Comparison.create(SMALL, Seeds.of(2)).run(Method.BACKTRACKING);
        LayerStats s0 = run.lastLayerStats();
        assertEquals(0, s0.epoch());
        assertEquals(run.last().gradNorm(), Math.hypot(s0.gradLayer1(), s0.gradLayer2()), 1e-9);
        assertTrue(Double.isNaN(s0.updateRatio1()) && Double.isNaN(s0.updateRatio2()));
    }

    @Test
    void miniBatchUpdateRatioSpansTheWholeEpoch() {
        // given a mini-batch run (several steps per epoch)
        Config batched = SMALL.withBatch(32);
        TrainingRun run = Comparison.create(batched, Seeds.of(9)).run(Method.FIXED);
        INDArray before = run.parameters();
        // when one epoch is trained
        run.nextEpoch();
        INDArray step = run.parameters().sub(before);
        // then the ratio is of θ after the epoch − θ before it
        LayerStats s = run.lastLayerStats();
        assertEquals(Math.log10(Mlp.layer2(step).norm2Number().doubleValue()
                / Mlp.layer2(before).norm2Number().doubleValue()), s.updateRatio2(), 1e-9);
    }

    @Test
    void noMovementOrAZeroLayerGivesNaNNotInfinity() {
        // H = 1: layer 1 = θ[0..2] (w1 twice, b1), layer 2 = θ[3..4] (w2, b2)
        double[] before = {1, 2, 2, 0, 0};
        double[] after = {1, 2, 2.3, 4, 0};
        LayerStats still = LayerStats.of(1, after, before, before);
        assertTrue(Double.isNaN(still.updateRatio1()) && Double.isNaN(still.updateRatio2()));
        LayerStats moved = LayerStats.of(1, after, before, after);
        assertEquals(-1, moved.updateRatio1(), 1e-12);
        assertTrue(Double.isNaN(moved.updateRatio2()), "layer 2 was all zeros");
    }

    @Test
    void aResumedRunStartsItsStatsAtItsLastEpochAndContinuesFromThere() {
        // given a run trained 3 epochs, then resumed from its records and θ (as a session does)
        Comparison comparison = Comparison.create(SMALL, Seeds.of(6));
        TrainingRun original = comparison.run(Method.FIXED);
        for (int e = 0; e < 3; e++) {
            original.nextEpoch();
        }
        TrainingRun resumed = TrainingRun.resume(original.method(), original.problem(), original.parameters(),
                Method.FIXED.optimizer(SMALL), SMALL.epochs(), 0, Seeds.of(6).batchRandom(), original.history(),
                List.of());
        // then its stats start at epoch 3 with the gradient there (no update known), and its next epoch's
        // stats equal the original run's
        LayerStats at3 = resumed.lastLayerStats();
        assertEquals(3, at3.epoch());
        assertTrue(Double.isNaN(at3.updateRatio1()));
        original.nextEpoch();
        resumed.nextEpoch();
        assertEquals(original.lastLayerStats(), resumed.lastLayerStats());
    }

    @Test
    void aResumedRunWithSavedStatsKeepsThemAndRefusesStatsNotMatchingTheHistory() {
        // given a run trained 3 epochs
        Comparison comparison = Comparison.create(SMALL, Seeds.of(6));
        TrainingRun original = comparison.run(Method.FIXED);
        for (int e = 0; e < 3; e++) {
            original.nextEpoch();
        }
        // when it is resumed with its stats, then they are its stats, and the next epoch's equal the original's
        TrainingRun resumed = TrainingRun.resume(original.method(), original.problem(), original.parameters(),
                Method.FIXED.optimizer(SMALL), SMALL.epochs(), 0, Seeds.of(6).batchRandom(), original.history(),
                original.layerStats());
        assertEquals(original.layerStats(), resumed.layerStats());
        original.nextEpoch();
        resumed.nextEpoch();
        assertEquals(original.layerStats(), resumed.layerStats());
        // and stats one short of the history are refused
        assertThrows(IllegalArgumentException.class, () -> TrainingRun.resume(original.method(),
                original.problem(), original.parameters(), Method.FIXED.optimizer(SMALL), SMALL.epochs(), 0,
                Seeds.of(6).batchRandom(), original.history(), original.layerStats().subList(0, 4)));
    }

    @Test
    void rejectsVectorsOfTheWrongShape() {
        assertThrows(IllegalArgumentException.class, () -> LayerStats.of(1, new double[4], new double[4],
                new double[4]));
        assertThrows(IllegalArgumentException.class, () -> LayerStats.of(1, new double[5], new double[5],
                new double[9]));
    }
}
