package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.optim.BacktrackingLineSearch;
import dev.moons.optim.SearchTrace;
import dev.moons.optim.StepResult;
import dev.moons.optim.StrongWolfeLineSearch;
import org.junit.jupiter.api.Test;

/**
 * The picture's accepted trial is the one the search took, not its last: wolfe at a bound (ARMIJO_ONLY) takes its
 * lowest-loss Armijo trial, which on this real network (300 moons, H 8, seed 7, c2 = 1.5e-4 so tight that zoom runs
 * until its interval is below 1e-10) is an earlier one.
 */
class LineSearchAcceptedTrialTest {
    private static final double C2 = 1.5e-4;

    @Test
    void wolfeArmijoOnlyStepMarksTheTrialItTookNotTheLast() {
        // given a wolfe run whose second step ends ARMIJO_ONLY
        StrongWolfeLineSearch wolfe = new StrongWolfeLineSearch(1, BacktrackingLineSearch.DEFAULT_C, C2);
        TrainingRun run = run(wolfe);
        run.nextEpoch();
        run.nextEpoch();
        assertEquals(StrongWolfeLineSearch.Outcome.ARMIJO_ONLY, wolfe.lastOutcome());
        StepResult step = run.lastStep();
        int last = step.triedSteps().length - 1;

        // when its picture is drawn
        LineSearchPicture picture = LineSearchReplay.lastStep(run, 0.01);

        // then it is wolfe's picture, and the accepted trial is the α the step took, with the loss θ now has, and not the last trial
        assertEquals(Method.WOLFE, picture.method());
        int accepted = picture.acceptedIndex();
        assertNotEquals(last, accepted, "this case's accepted trial is not the last one tried");
        assertEquals(step.stepSize(), picture.triedSteps()[accepted], 0.0);
        assertEquals(step.lossAfter(), picture.triedLosses()[accepted], 0.0);
        assertEquals(run.last().trainLoss(), picture.triedLosses()[accepted], 1e-12);
        // the lowest loss among the trials meeting sufficient decrease
        for (int k = 0; k <= last; k++) {
            if (picture.triedLosses()[k] <= picture.armijo(picture.triedSteps()[k])) {
                assertTrue(picture.triedLosses()[accepted] <= picture.triedLosses()[k], "trial " + k);
            }
        }
        // and the search says why it stopped short of strong Wolfe, with its trials by kind
        SearchTrace trace = step.trace();
        assertEquals("Armijo only: zoom interval below 1.0E-10", trace.outcome());
        assertEquals(step.triedSteps().length, trace.bracketing() + trace.zoom());
        assertTrue(trace.zoom() > 0);
    }

    @Test
    void aStepReadBackFromItsRecordFindsTheAcceptedTrialByItsStepSize() {
        // given the same ARMIJO_ONLY step, as a session file keeps it (no trace)
        StrongWolfeLineSearch wolfe = new StrongWolfeLineSearch(1, BacktrackingLineSearch.DEFAULT_C, C2);
        TrainingRun run = run(wolfe);
        run.nextEpoch();
        run.nextEpoch();
        StepResult s = run.lastStep();
        StepResult read = new StepResult(s.stepSize(), s.lossEvaluations(), s.gradientNorm(), s.lossBefore(),
                s.lossAfter(), s.stepTaken(), s.triedSteps(), s.triedLosses());
        // then its accepted trial is the same one, its outcome unknown
        assertEquals(s.trace().acceptedTrial(), read.trace().acceptedTrial());
        assertEquals("", read.trace().outcome());
        // and a step not taken has none
        StepResult stalled = new StepResult(s.stepSize(), s.lossEvaluations(), s.gradientNorm(), s.lossBefore(),
                s.lossBefore(), false, s.triedSteps(), s.triedLosses());
        assertEquals(-1, stalled.trace().acceptedTrial());
    }

    private static TrainingRun run(StrongWolfeLineSearch wolfe) {
        Seeds seeds = Seeds.of(7);
        Config config = Config.defaults().withSamples(300).withHidden(8).withEpochs(40);
        Problem problem = Problem.generate(config, seeds);
        return new TrainingRun(Method.WOLFE, problem, problem.initialParameters(seeds), wolfe, 40, 0,
                seeds.batchRandom());
    }
}
