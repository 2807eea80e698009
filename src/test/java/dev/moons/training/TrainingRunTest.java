package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.optim.FixedStep;
import dev.moons.optim.Optimizer;
import dev.moons.optim.StepResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training runs with a recording listener on the calling thread: deterministic, no FX. */
class TrainingRunTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(30).withHidden(8);

    @Test
    void sameSeedGivesIdenticalRecordsTimeAside() {
        List<EpochRecord> a = train(SMALL, Seeds.of(7));
        List<EpochRecord> b = train(SMALL, Seeds.of(7));
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(withoutTime(a.get(i)), withoutTime(b.get(i)), "record " + i);
        }
    }

    @Test
    void epochZeroIsRecordedAndEveryEpochFollows() {
        Comparison comparison = Comparison.create(SMALL, Seeds.of(1));
        List<String> seen = new ArrayList<>();
        comparison.runToEnd((method, record) -> seen.add(method.id() + record.epoch()));
        for (TrainingRun run : comparison.runs()) {
            List<EpochRecord> history = run.history();
            assertEquals(SMALL.epochs() + 1, history.size());
            for (int i = 0; i < history.size(); i++) {
                assertEquals(i, history.get(i).epoch());
            }
            assertEquals(RunStatus.FINISHED, run.status());
            assertEquals(0, history.get(0).lossEvals());
        }
        assertEquals(List.of("fixed1", "backtracking1", "fixed2"), seen.subList(0, 3));
    }

    @Test
    void bothMethodsStartFromTheSameWeightsAndData() {
        Comparison comparison = Comparison.create(SMALL, Seeds.of(3));
        EpochRecord f = comparison.run(Method.FIXED).last();
        EpochRecord b = comparison.run(Method.BACKTRACKING).last();
        assertEquals(f.trainLoss(), b.trainLoss(), 0.0);
        assertEquals(f.testAcc(), b.testAcc(), 0.0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(comparison.run(Method.FIXED).parameters().toDoubleVector(),
                comparison.run(Method.BACKTRACKING).parameters().toDoubleVector(), 0.0);
    }

    @Test
    void lossEvaluationsCountGradientForwardAndTrials() {
        Comparison comparison = Comparison.create(SMALL, Seeds.of(5));
        comparison.runToEnd((m, r) -> { });
        assertEquals(SMALL.epochs(), comparison.run(Method.FIXED).last().lossEvals());
        long backtracking = comparison.run(Method.BACKTRACKING).last().lossEvals();
        assertTrue(backtracking >= 2L * SMALL.epochs(), "at least one trial per epoch: " + backtracking);
        assertTrue(backtracking <= 51L * SMALL.epochs(), "at most 50 trials per epoch: " + backtracking);
    }

    @Test
    void fixedStepRecordsItsLearningRateAndTrainingLowersTheLoss() {
        Comparison comparison = Comparison.create(SMALL.withLr(0.5), Seeds.of(2));
        comparison.runToEnd((m, r) -> { });
        TrainingRun fixed = comparison.run(Method.FIXED);
        assertEquals(0.5, fixed.history().get(1).step(), 0.0);
        assertTrue(fixed.last().trainLoss() < fixed.history().get(0).trainLoss());
    }

    @Test
    void miniBatchEpochTakesCeilNOverBSteps() {
        Config config = SMALL.withBatch(32);
        Comparison comparison = Comparison.create(config, Seeds.of(4));
        comparison.runToEnd((m, r) -> { });
        int steps = (config.trainSize() + 31) / 32;
        assertEquals((long) steps * config.epochs(), comparison.run(Method.FIXED).last().lossEvals());
    }

    @Test
    void hugeLearningRateDivergesAndRecordsTheEpoch() {
        Comparison comparison = Comparison.create(SMALL.withLr(1e300), Seeds.of(1));
        comparison.runToEnd((m, r) -> { });
        TrainingRun fixed = comparison.run(Method.FIXED);
        assertEquals(RunStatus.DIVERGED, fixed.status());
        assertTrue(fixed.divergedAt() >= 1 && fixed.divergedAt() < SMALL.epochs());
        assertEquals(fixed.divergedAt(), fixed.last().epoch());
        assertEquals(RunStatus.FINISHED, comparison.run(Method.BACKTRACKING).status(), "the other method continues");
    }

    @Test
    void anOptimizerThatTakesNoStepStallsTheRun() {
        Problem problem = Problem.generate(SMALL, Seeds.of(1));
        Optimizer never = new Optimizer() {
            @Override
            public StepResult step(org.nd4j.linalg.api.ndarray.INDArray theta,
                    org.nd4j.linalg.api.ndarray.INDArray gradient, double loss, dev.moons.optim.Objective o) {
                return new StepResult(1e-11, 34, 1, loss, Double.NaN, false, new double[0], new double[0]);
            }

            @Override
            public String name() {
                return "never";
            }
        };
        TrainingRun run = new TrainingRun(Method.FIXED, problem, problem.initialParameters(Seeds.of(1)), never, 10, 0,
                Seeds.of(1).batchRandom());
        EpochRecord record = run.nextEpoch();
        assertEquals(RunStatus.STALLED, record.status());
        assertTrue(run.isDone());
        assertThrows(IllegalStateException.class, run::nextEpoch);
    }

    @Test
    void anExceptionInsideAStepEndsTheRunAsFailedWithItsReason() {
        Problem problem = Problem.generate(SMALL, Seeds.of(1));
        Optimizer broken = new Optimizer() {
            @Override
            public StepResult step(org.nd4j.linalg.api.ndarray.INDArray theta,
                    org.nd4j.linalg.api.ndarray.INDArray gradient, double loss, dev.moons.optim.Objective o) {
                throw new IllegalStateException("injected fault");
            }

            @Override
            public String name() {
                return "broken";
            }
        };
        TrainingRun run = new TrainingRun(Method.FIXED, problem, problem.initialParameters(Seeds.of(1)), broken, 10, 0,
                Seeds.of(1).batchRandom());
        EpochRecord record = run.nextEpoch();
        assertEquals(RunStatus.FAILED, record.status());
        assertEquals(0, record.epoch());
        assertEquals("IllegalStateException: injected fault", run.failure());
        assertTrue(run.isDone());
    }

    @Test
    void cancelEndsTheRunBeforeTheNextStep() {
        Problem problem = Problem.generate(SMALL, Seeds.of(1));
        TrainingRun run = new TrainingRun(Method.FIXED, problem, problem.initialParameters(Seeds.of(1)),
                new FixedStep(0.1), 10, 0, Seeds.of(1).batchRandom());
        run.nextEpoch();
        run.cancel();
        EpochRecord record = run.nextEpoch();
        assertEquals(RunStatus.CANCELLED, record.status());
        assertEquals(1, run.epoch());
    }

    @Test
    void newDataChangesTheDataButNotTheWeightsAndReinitializeTheOpposite() {
        Comparison base = Comparison.create(SMALL, Seeds.of(9));
        Comparison newData = Comparison.create(SMALL, Seeds.of(9).withData(10));
        Comparison newWeights = Comparison.create(SMALL, Seeds.of(9).withInit(10));
        org.junit.jupiter.api.Assertions.assertArrayEquals(base.initialParameters().toDoubleVector(),
                newData.initialParameters().toDoubleVector(), 0.0);
        assertNotEquals(base.problem().all().x1()[0], newData.problem().all().x1()[0]);
        assertNotEquals(base.initialParameters().getDouble(0), newWeights.initialParameters().getDouble(0));
        assertEquals(base.problem().all().x1()[0], newWeights.problem().all().x1()[0], 0.0);
    }

    @Test
    void setOptimizerTakesEffectFromTheNextEpoch() {
        Problem problem = Problem.generate(SMALL, Seeds.of(1));
        TrainingRun run = new TrainingRun(Method.FIXED, problem, problem.initialParameters(Seeds.of(1)),
                new FixedStep(0.1), 10, 0, Seeds.of(1).batchRandom());
        run.nextEpoch();
        run.setOptimizer(new FixedStep(0.2));
        assertEquals(0.2, run.nextEpoch().step(), 0.0);
        assertEquals(0.1, run.history().get(1).step(), 0.0);
    }

    private static List<EpochRecord> train(Config config, Seeds seeds) {
        List<EpochRecord> records = new ArrayList<>();
        Comparison comparison = Comparison.create(config, seeds);
        comparison.runToEnd((m, r) -> records.add(r));
        return records;
    }

    private static EpochRecord withoutTime(EpochRecord r) {
        return new EpochRecord(r.epoch(), r.trainLoss(), r.testLoss(), r.trainAcc(), r.testAcc(), r.step(),
                r.lossEvals(), r.gradNorm(), 0, r.status());
    }
}
