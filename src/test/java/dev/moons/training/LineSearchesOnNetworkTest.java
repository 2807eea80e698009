package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.model.ModelObjective;
import dev.moons.optim.BacktrackingLineSearch;
import dev.moons.optim.InterpolatingLineSearch;
import dev.moons.optim.Optimizer;
import dev.moons.optim.StepResult;
import dev.moons.optim.StochasticArmijo;
import dev.moons.optim.StrongWolfeLineSearch;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The new line searches on the real 2-H-1 network and two moons, through {@link TrainingRun}. */
class LineSearchesOnNetworkTest {
    private static final Config CONFIG = Config.defaults().withSamples(300).withHidden(8);

    @Test
    void everyAcceptedWolfeStepMeetsBothStrongWolfeInequalities() {
        double c1 = BacktrackingLineSearch.DEFAULT_C;
        double c2 = StrongWolfeLineSearch.DEFAULT_C2;
        StrongWolfeLineSearch wolfe = new StrongWolfeLineSearch(1, c1, c2);
        TrainingRun run = run(wolfe, 300, 0, 7);
        ModelObjective check = run.problem().model().objective(run.problem().xTrain(), run.problem().yTrain());
        INDArray start = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.DOUBLE, run.parameters().length());
        INDArray g0 = start.dup();
        INDArray g1 = start.dup();

        int steps = 0;
        while (!run.isDone()) {
            run.nextEpoch();
            StepResult r = run.lastStep();
            assertEquals(StrongWolfeLineSearch.Outcome.STRONG_WOLFE, wolfe.lastOutcome(), "epoch " + run.epoch());
            int k = r.triedSteps().length - 1;
            double phi0 = r.lossBefore();
            double slope0 = r.initialSlope();
            double alpha = r.stepSize();
            // from the recorded trials: the accepted α is the last one tried
            assertEquals(alpha, r.triedSteps()[k], 0.0);
            assertTrue(r.triedLosses()[k] <= phi0 + c1 * alpha * slope0, "sufficient decrease, epoch " + run.epoch());
            assertTrue(Math.abs(r.triedSlopes()[k]) <= c2 * Math.abs(slope0), "curvature, epoch " + run.epoch());
            // the same from L and ∇L recomputed at the step's start and end, apart from the search
            start.assign(Nd4j.createFromArray(run.lastStepStartValues()));
            double lossAtStart = check.valueAndGradient(start, g0);
            double lossAtEnd = check.valueAndGradient(run.parameters(), g1);
            double slopeAtEnd = -g1.mul(g0).sumNumber().doubleValue();
            double g0Squared = g0.mul(g0).sumNumber().doubleValue();
            assertEquals(phi0, lossAtStart, 1e-12 * phi0);
            assertEquals(-g0Squared, slope0, 1e-9 * g0Squared);
            assertEquals(r.lossAfter(), lossAtEnd, 1e-12 * phi0);
            assertEquals(r.triedSlopes()[k], slopeAtEnd, 1e-9 * g0Squared);
            assertArrayEquals(start.sub(g0.mul(alpha)).toDoubleVector(), run.parameterValues(), 1e-12);
            steps++;
        }
        assertEquals(300, steps);
        assertEquals(RunStatus.FINISHED, run.status());
        assertTrue(run.last().trainLoss() < 0.5 * run.history().get(0).trainLoss(), "wolfe lowers the loss");
    }

    @Test
    void interpolationNeedsFewerTrialsThanHalvingOverATrainingRun() {
        // α₀ = 10, so that the searches have to shrink (from α₀ = 1 both accept α = 1 at once on this network)
        double alpha0 = 10;
        long interpTrials = 0;
        long halvingTrials = 0;
        long pairedInterpTrials = 0;
        long steps = 0;
        for (long seed : new long[] {1, 2, 3}) {
            TrainingRun interp = run(new InterpolatingLineSearch(alpha0, 1e-4, false), 300, 0, seed);
            TrainingRun halving = run(new BacktrackingLineSearch(alpha0, 0.5, 1e-4, false), 300, 0, seed);
            ModelObjective loss = halving.problem().model().objective(halving.problem().xTrain(),
                    halving.problem().yTrain());
            InterpolatingLineSearch paired = new InterpolatingLineSearch(alpha0, 1e-4, false);
            while (!interp.isDone()) {
                interp.nextEpoch();
                halving.nextEpoch();
                interpTrials += interp.lastStep().lossEvaluations();
                halvingTrials += halving.lastStep().lossEvaluations();
                // the same search problem as halving's: interpolation from halving's θ and ∇L
                INDArray theta = Nd4j.createFromArray(halving.lastStepStartValues());
                INDArray gradient = theta.dup();
                double lossBefore = loss.valueAndGradient(theta, gradient);
                pairedInterpTrials += paired.step(theta, gradient, lossBefore, loss).lossEvaluations();
                steps++;
            }
            assertEquals(RunStatus.FINISHED, interp.status());
            assertEquals(RunStatus.FINISHED, halving.status());
        }

        double ratio = (double) interpTrials / halvingTrials;
        double pairedRatio = (double) pairedInterpTrials / halvingTrials;
        String measured = String.format("alpha0 %.0f, %d steps, 3 seeds: armijo-interp %.3f trials per step, x0.5 "
                + "backtracking %.3f, ratio %.3f; from backtracking's own states armijo-interp %.3f, ratio %.3f",
                alpha0, steps, (double) interpTrials / steps, (double) halvingTrials / steps, ratio,
                (double) pairedInterpTrials / steps, pairedRatio);
        System.out.println(measured);
        assertTrue(ratio < 1, measured);
        assertTrue(pairedRatio < 1, measured);
    }

    @Test
    void slsOnTheWholeBatchIsArmijoBacktrackingWithTheResetBitForBit() {
        int n = (int) Problem.generate(CONFIG, Seeds.of(5)).yTrain().length();
        StochasticArmijo sls = new StochasticArmijo(2, 0.1, 2).withBatchFraction((double) n / n);
        TrainingRun stochastic = run(sls, 200, n, 5);
        TrainingRun backtracking = run(new BacktrackingLineSearch(2, 0.5, 0.1, true), 200, n, 5);

        while (!stochastic.isDone()) {
            stochastic.nextEpoch();
            backtracking.nextEpoch();
            assertArrayEquals(backtracking.lastStep().triedSteps(), stochastic.lastStep().triedSteps(), 0.0,
                    "epoch " + stochastic.epoch());
            assertArrayEquals(backtracking.parameterValues(), stochastic.parameterValues(), 0.0,
                    "epoch " + stochastic.epoch());
        }
        assertEquals(RunStatus.FINISHED, stochastic.status());
        assertEquals(backtracking.last().trainLoss(), stochastic.last().trainLoss(), 0.0);
    }

    @Test
    void slsOnMiniBatchesMeetsArmijoOnEachBatch() {
        int n = (int) Problem.generate(CONFIG, Seeds.of(6)).yTrain().length();
        StochasticArmijo sls = new StochasticArmijo().withBatchFraction(32.0 / n);
        TrainingRun run = run(sls, 20, 32, 6);

        while (!run.isDone()) {
            run.nextEpoch();
            StepResult r = run.lastStep();
            double g2 = r.gradientNorm() * r.gradientNorm();
            assertTrue(r.stepTaken());
            assertTrue(r.lossAfter() <= r.lossBefore() - StochasticArmijo.DEFAULT_C * r.stepSize() * g2);
            assertTrue(r.stepSize() <= StochasticArmijo.DEFAULT_ETA_MAX);
        }
        assertEquals(RunStatus.FINISHED, run.status());
        assertTrue(run.last().trainLoss() < run.history().get(0).trainLoss());
    }

    private static TrainingRun run(Optimizer optimizer, int epochs, int batch, long seed) {
        Seeds seeds = Seeds.of(seed);
        Problem problem = Problem.generate(CONFIG.withEpochs(epochs), seeds);
        return new TrainingRun(Method.BACKTRACKING, problem, problem.initialParameters(seeds), optimizer, epochs,
                batch, seeds.batchRandom());
    }
}
