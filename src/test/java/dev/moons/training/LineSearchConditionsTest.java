package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.optim.BacktrackingLineSearch;
import dev.moons.optim.StepResult;
import dev.moons.optim.StrongWolfeLineSearch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where sufficient decrease and the curvature test hold, on a parabola with known intervals and on the network. */
class LineSearchConditionsTest {

    @Test
    void intervalsOnAParabolaAreTheKnownOnes() {
        // φ(α) = 5(1 − 10α)², φ′(α) = −100(1 − 10α), φ′(0) = −100, c = 1e-4, c2 = 0.9:
        // sufficient decrease on [0, 0.2 − 2e-5]; |φ′| ≤ 90 on [0.01, 0.19]; both on [0.01, 0.19]
        int n = 2001;
        double[] alphas = new double[n];
        double[] phis = new double[n];
        double[] slopes = new double[n];
        for (int i = 0; i < n; i++) {
            alphas[i] = 0.25 * i / (n - 1);
            phis[i] = 5 * Math.pow(1 - 10 * alphas[i], 2);
            slopes[i] = -100 * (1 - 10 * alphas[i]);
        }

        LineSearchConditions c = LineSearchConditions.of(alphas, phis, slopes, 5, -100, 1e-4, 0.9);

        double spacing = 0.25 / (n - 1);
        assertEquals(1, c.armijo().size());
        assertEquals(0, c.armijo().get(0).from(), 0.0);
        assertEquals(0.2 - 2e-5, c.armijo().get(0).to(), spacing);
        assertEquals(1, c.curvature().size());
        assertEquals(0.01, c.curvature().get(0).from(), spacing);
        assertEquals(0.19, c.curvature().get(0).to(), spacing);
        assertEquals(c.curvature(), c.strongWolfe());
        assertEquals(90, c.curvatureBound(), 1e-12);
    }

    @Test
    void intervalEndsAreHalfwayBetweenSamples() {
        double[] alphas = {0, 1, 2, 3, 4, 5};
        boolean[] holds = {true, false, true, true, false, true};

        List<LineSearchConditions.Interval> out = LineSearchConditions.intervals(alphas, holds);

        assertEquals(List.of(new LineSearchConditions.Interval(0, 0.5), new LineSearchConditions.Interval(1.5, 3.5),
                new LineSearchConditions.Interval(4.5, 5)), out);
    }

    @Test
    void mismatchedSamplesOrABadC2AreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LineSearchConditions.of(new double[2], new double[2],
                new double[3], 1, -1, 1e-4, 0.9));
        assertEquals("c2 must be in (0, 1), was 1.0", assertThrows(IllegalArgumentException.class,
                () -> LineSearchConditions.of(new double[2], new double[2], new double[2], 1, -1, 1e-4, 1))
                .getMessage());
    }

    @Test
    void aWolfeStepsPictureHasExactSlopesAndItsAcceptedStepInsideAStrongWolfeInterval() {
        Config config = Config.defaults().withSamples(200).withHidden(8).withEpochs(30);
        Seeds seeds = Seeds.of(3);
        Problem problem = Problem.generate(config, seeds);
        StrongWolfeLineSearch wolfe = new StrongWolfeLineSearch(1, 1e-4, 0.5);
        TrainingRun run = new TrainingRun(Method.BACKTRACKING, problem, problem.initialParameters(seeds), wolfe, 30,
                0, seeds.batchRandom());
        int inside = 0;
        for (int epoch = 1; epoch <= 30; epoch++) {
            run.nextEpoch();
            StepResult step = run.lastStep();
            LineSearchPicture picture = LineSearchReplay.lastStep(run, config.lr());
            LineSearchConditions c = picture.conditions();
            assertNotNull(c);
            assertEquals(0.5, c.c2(), 0.0);
            assertEquals(-picture.gradNormSquared(), c.initialSlope(), 0.0);
            // φ′ from the gradient agrees with a central difference of φ, and at α = 0 with −‖g‖²
            LineSearchSlice slice = new LineSearchSlice(run.lastStepOrigin());
            double alpha = picture.alphas()[50];
            double h = 1e-6 * picture.alphaMax();
            double difference = (slice.phi(alpha + h) - slice.phi(alpha - h)) / (2 * h);
            assertEquals(difference, c.slopes()[50], 1e-5 * picture.gradNormSquared(), "epoch " + epoch);
            assertEquals(c.initialSlope(), c.slopes()[0], 1e-9 * picture.gradNormSquared());
            // the accepted α lies in (or within a sample of) an interval where both conditions hold
            double accepted = step.stepSize();
            double spacing = picture.alphas()[1];
            boolean found = false;
            for (LineSearchConditions.Interval i : c.strongWolfe()) {
                found |= accepted >= i.from() - spacing && accepted <= i.to() + spacing;
            }
            assertTrue(found, "epoch " + epoch + ": α " + accepted + " outside " + c.strongWolfe());
            inside++;
        }
        assertEquals(30, inside);
    }

    @Test
    void theOnePassPictureHasTheNumbersOfThePictureThenItsConditions() {
        for (int batch : new int[] {0, 32}) {
            // given a backtracking run with weight decay, full batch and mini-batch, a few epochs in
            Config config = Config.defaults().withSamples(300).withHidden(6).withWeightDecay(1e-3).withBatch(batch);
            Seeds seeds = Seeds.of(5);
            Problem problem = Problem.generate(config, seeds);
            BacktrackingLineSearch search = new BacktrackingLineSearch(2.0, 0.5, 1e-4, false);
            TrainingRun run = new TrainingRun(Method.BACKTRACKING, problem, problem.initialParameters(seeds), search,
                    10, batch, seeds.batchRandom());
            for (int epoch = 1; epoch <= 4; epoch++) {
                run.nextEpoch();
                // when its last step is drawn in one pass, and as the picture and then its conditions
                LineSearchSlice slice = new LineSearchSlice(run.lastStepOrigin());
                LineSearchPicture one = slice.pictureWithConditions(run.epoch(), run.lastStep(), 2.0, 1e-4, 0.3, 200,
                        null, batch > 0, 0.9);
                LineSearchPicture two = slice.withConditions(slice.picture(run.epoch(), run.lastStep(), 2.0, 1e-4,
                        0.3, 200, null, batch > 0), 0.9);
                // then every sample, slope and interval is the same, bit for bit
                String at = "batch " + batch + " epoch " + epoch;
                assertArrayEquals(two.alphas(), one.alphas(), at);
                assertArrayEquals(two.phis(), one.phis(), at);
                assertEquals(two.phiAtLr(), one.phiAtLr(), 0.0, at);
                assertArrayEquals(two.conditions().slopes(), one.conditions().slopes(), at);
                assertEquals(two.conditions().armijo(), one.conditions().armijo(), at);
                assertEquals(two.conditions().curvature(), one.conditions().curvature(), at);
                assertEquals(two.conditions().strongWolfe(), one.conditions().strongWolfe(), at);
                assertTrue(one.conditions().armijo().size() > 0, at);
            }
        }
    }

    @Test
    void aPictureMadeInPartsBetweenLaterStepsIsThePictureMadeAtOnceAndLeavesTrainingAsItWas() {
        // given two twin full-batch backtracking runs, 3 epochs in
        Config config = Config.defaults().withSamples(300).withHidden(6).withWeightDecay(1e-3);
        Seeds seeds = Seeds.of(5);
        Problem problem = Problem.generate(config, seeds);
        TrainingRun[] runs = new TrainingRun[2];
        for (int r = 0; r < 2; r++) {
            runs[r] = new TrainingRun(Method.BACKTRACKING, problem, problem.initialParameters(seeds),
                    new BacktrackingLineSearch(2.0, 0.5, 1e-4, false), 20, 0, seeds.batchRandom());
            for (int epoch = 1; epoch <= 3; epoch++) {
                runs[r].nextEpoch();
            }
        }
        // when one pictures its last step at once, and the other in parts of 25 α's with an epoch after each part
        LineSearchPicture once = LineSearchReplay.lastStep(runs[0], 0.3);
        LineSearchReplay.Job job = LineSearchReplay.lastStepJob(runs[1], 0.3);
        assertTrue(job.spread());
        int parts = 0;
        while (!job.advance(25)) {
            parts++;
            runs[1].nextEpoch();
            runs[0].nextEpoch();
        }
        LineSearchPicture inParts = job.picture();
        // then it took 8 parts, its numbers are the same bit for bit, and both runs are still twins
        assertEquals(LineSearchReplay.POINTS / 25 - 1, parts);
        assertEquals(once.epoch(), inParts.epoch());
        assertArrayEquals(once.alphas(), inParts.alphas());
        assertArrayEquals(once.phis(), inParts.phis());
        assertEquals(once.phiAtLr(), inParts.phiAtLr(), 0.0);
        assertArrayEquals(once.conditions().slopes(), inParts.conditions().slopes());
        assertEquals(once.conditions().armijo(), inParts.conditions().armijo());
        assertEquals(once.model().curvature(), inParts.model().curvature(), 0.0);
        assertEquals(once.method(), inParts.method());
        assertArrayEquals(runs[0].parameterValues(), runs[1].parameterValues());
        EpochRecord a = runs[0].last();
        EpochRecord b = runs[1].last();
        assertEquals(a.epoch(), b.epoch());
        assertEquals(a.trainLoss(), b.trainLoss(), 0.0);
        assertEquals(a.testLoss(), b.testLoss(), 0.0);
        assertEquals(a.step(), b.step(), 0.0);
        assertEquals(a.lossEvals(), b.lossEvals());
        // and a part that is not there yet is refused
        LineSearchReplay.Job unfinished = LineSearchReplay.lastStepJob(runs[1], 0.3);
        unfinished.advance(1);
        assertThrows(IllegalStateException.class, unfinished::picture);
        assertThrows(IllegalArgumentException.class, () -> unfinished.advance(0));
    }
}
