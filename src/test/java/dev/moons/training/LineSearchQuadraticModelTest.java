package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.curvature.QuadraticModel;
import dev.moons.data.Seeds;
import dev.moons.model.Activation;
import dev.moons.model.ModelObjective;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The line-search picture's quadratic model on the real network: gᵀHg from the exact Hessian against central
 * finite differences of φ and of the gradient, with and without weight decay; none for a live mini-batch step.
 */
class LineSearchQuadraticModelTest {
    private static final Config BASE = Config.defaults().withSamples(200).withEpochs(40).withHidden(8);

    // the picture after `epochs` steps of the backtracking run of config
    private static TrainingRun trained(Config config, int epochs) {
        TrainingRun run = Comparison.create(config, Seeds.of(11)).run(Method.BACKTRACKING);
        for (int e = 0; e < epochs; e++) {
            run.nextEpoch();
        }
        return run;
    }

    @Test
    void curvatureAlongMinusGMatchesTheSecondDifferenceOfPhi() {
        for (Activation f : new Activation[] {Activation.TANH, Activation.SIGMOID}) {
            for (double decay : new double[] {0, 0.01}) {
                TrainingRun run = trained(BASE.withActivation(f).withWeightDecay(decay), 5);
                LineSearchSlice slice = new LineSearchSlice(run.lastStepOrigin());
                QuadraticModel model = LineSearchReplay.lastStep(run, BASE.lr()).model();
                assertNotNull(model);
                double h = 1e-3;
                double second = (slice.phi(h) - 2 * slice.phi(0) + slice.phi(-h)) / (h * h);
                assertEquals(second, model.curvature(), 1e-5 * Math.abs(second), f + " λ " + decay);
                assertEquals(slice.loss(), model.loss(), 0.0);
                assertEquals(slice.gradNormSquared(), model.gradNormSquared(), 1e-12 * model.gradNormSquared());
                // the model agrees with φ to third order near 0
                for (double alpha : new double[] {1e-3, 1e-2}) {
                    double gap = Math.abs(slice.phi(alpha) - model.value(alpha));
                    assertTrue(gap < 50 * alpha * alpha * alpha * Math.max(1, Math.abs(second)),
                            f + " α " + alpha + ": gap " + gap);
                }
            }
        }
    }

    @Test
    void reluCurvatureMatchesTheDifferenceOfGradientsAlongG() {
        TrainingRun run = trained(BASE.withActivation(Activation.RELU), 8);
        StepOrigin origin = run.lastStepOrigin();
        QuadraticModel model = LineSearchReplay.lastStep(run, BASE.lr()).model();
        // gᵀ(∇L(θ + hg) − ∇L(θ − hg))/(2h): ReLU's kinks are crossed by no point for a step this small
        ModelObjective objective = (ModelObjective) origin.objective();
        INDArray g = origin.gradient();
        double h = 1e-6;
        INDArray plus = Nd4j.zerosLike(g);
        INDArray minus = Nd4j.zerosLike(g);
        objective.valueAndGradient(origin.theta().add(g.mul(h)), plus);
        objective.valueAndGradient(origin.theta().sub(g.mul(h)), minus);
        double fd = g.mul(plus.sub(minus)).sumNumber().doubleValue() / (2 * h);
        assertEquals(fd, model.curvature(), 1e-6 * Math.abs(fd));
    }

    @Test
    void aKeptStepHasItsModelAndALiveMiniBatchStepHasNone() {
        Comparison comparison = Comparison.create(BASE.withBatch(50), Seeds.of(3));
        EpochArchive archive = new EpochArchive(comparison.problem().model().parameterCount());
        archive.keep(comparison);
        for (int e = 0; e < 3; e++) {
            comparison.stepBoth((m, r) -> { });
            archive.keep(comparison);
        }
        assertNull(LineSearchReplay.lastStep(comparison.run(Method.BACKTRACKING), BASE.lr()).model(),
                "a mini-batch step's Hessian is its batch's: not drawn");
        LineSearchPicture kept = LineSearchReplay.kept(archive.nearest(2), comparison.problem(),
                comparison.run(Method.BACKTRACKING).optimizer(), BASE.lr());
        // the kept step is drawn on the full training set, and so is its model
        QuadraticModel model = kept.model();
        assertNotNull(model);
        assertEquals(kept.lossBefore(), model.loss(), 0.0);
        assertEquals(kept.gradNormSquared(), model.gradNormSquared(), 1e-12 * model.gradNormSquared());
        assertTrue(model.curvature() > 0);
    }
}
