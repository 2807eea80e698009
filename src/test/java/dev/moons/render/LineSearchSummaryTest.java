package dev.moons.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.optim.BacktrackingLineSearch;
import dev.moons.optim.InterpolatingLineSearch;
import dev.moons.optim.Optimizer;
import dev.moons.optim.SearchTrace;
import dev.moons.optim.StochasticArmijo;
import dev.moons.optim.StrongWolfeLineSearch;
import dev.moons.training.Config;
import dev.moons.training.LineSearchPicture;
import dev.moons.training.LineSearchReplay;
import dev.moons.training.Method;
import dev.moons.training.Problem;
import dev.moons.training.TrainingRun;
import org.junit.jupiter.api.Test;

/** The line-search summary line of real steps on two moons (300 points, H 8): the outcome and the trials by kind. */
class LineSearchSummaryTest {
    private static final Config CONFIG = Config.defaults().withSamples(300).withHidden(8).withEpochs(40);

    @Test
    void wolfeStepNamesItsOutcomeAndItsBracketingAndZoomTrials() {
        // given a wolfe run with c2 0.1 and α₀ 0.05, at its first step that brackets and then zooms
        TrainingRun run = run(new StrongWolfeLineSearch(0.05, 1e-4, 0.1), 0, Method.WOLFE);
        do {
            run.nextEpoch();
        } while (run.lastStep().trace().zoom() == 0 && run.epoch() < 40);
        // when the summary of its step is built
        LineSearchPicture p = LineSearchReplay.lastStep(run, 0.01);
        String text = LineSearchSummary.of(p);
        // then it counts each kind and says strong Wolfe was met
        SearchTrace t = p.trace();
        assertTrue(t.bracketing() > 1 && t.zoom() > 0, "bracketing " + t.bracketing() + ", zoom " + t.zoom());
        assertEquals("epoch " + run.epoch() + " · α " + Formats.num(run.lastStep().stepSize()) + " after " + p.triedSteps().length
                + " trials (" + t.bracketing() + " bracketing, " + t.zoom() + " zoom) · strong Wolfe met · model's α* "
                + Formats.num(p.model().minimiser()), text);
    }

    @Test
    void wolfeAtItsBoundSaysArmijoOnlyAndWhy() {
        TrainingRun run = run(new StrongWolfeLineSearch(1, 1e-4, 1.5e-4), 0, Method.WOLFE);
        run.nextEpoch();
        run.nextEpoch();
        String text = LineSearchSummary.of(LineSearchReplay.lastStep(run, 0.01));
        assertTrue(text.contains(" zoom) · Armijo only: zoom interval below 1.0E-10 · "), text);
    }

    @Test
    void armijoInterpCountsItsInterpolationTrials() {
        // α₀ 100 is too long a first step here, so the search interpolates down
        TrainingRun run = run(new InterpolatingLineSearch(100, 1e-4, false), 0, Method.ARMIJO_INTERP);
        do {
            run.nextEpoch();
        } while (run.lastStep().triedSteps().length < 2 && run.epoch() < 40);
        LineSearchPicture p = LineSearchReplay.lastStep(run, 0.01);
        int trials = p.triedSteps().length;
        assertTrue(trials > 1);
        assertTrue(LineSearchSummary.of(p).startsWith("epoch " + run.epoch() + " · α " + Formats.num(run.lastStep().stepSize())
                + " after " + trials + " trials (" + (trials - 1) + " interpolation) · Armijo met · model's α* "),
                LineSearchSummary.of(p));
    }

    @Test
    void slsOnMiniBatchesSaysPhiIsTheBatchsAndHasNoModel() {
        TrainingRun run = run(new StochasticArmijo().withBatchFraction(32.0 / 210), 32, Method.SLS);
        run.nextEpoch();
        LineSearchPicture p = LineSearchReplay.lastStep(run, 0.01);
        assertTrue(p.batchPhi());
        assertTrue(LineSearchSummary.of(p).endsWith(" · Armijo met · " + LineSearchSummary.BATCH_PHI),
                LineSearchSummary.of(p));
    }

    @Test
    void backtrackingFullBatchKeepsTodaysWordsAndAddsArmijoMet() {
        TrainingRun run = run(new BacktrackingLineSearch(), 0, Method.BACKTRACKING);
        run.nextEpoch();
        LineSearchPicture p = LineSearchReplay.lastStep(run, 0.01);
        assertEquals("epoch 1 · α 1 after 1 trial · Armijo met · model's α* " + Formats.num(p.model().minimiser()),
                LineSearchSummary.of(p));
        assertTrue(!p.batchPhi());
    }

    @Test
    void stalledAndStationaryStepsSayWhatHappened() {
        // a hand-made stalled picture with the search's outcome, and a g = 0 one
        double[] alphas = {0, 1};
        double[] phis = {0.5, 0.6};
        LineSearchPicture stalled = new LineSearchPicture(4, alphas, phis, 0.5, 1e-4, 1.0, new double[] {1, 0.5},
                new double[] {0.7, 0.6}, false, 0.01, 0.5, null, null,
                SearchTrace.of(-1, "stalled: trial bound 50 reached"), false, Method.BACKTRACKING);
        assertEquals("epoch 4 · stalled after 2 trials · stalled: trial bound 50 reached",
                LineSearchSummary.of(stalled));
        LineSearchPicture flat = new LineSearchPicture(5, alphas, new double[] {0.5, 0.5}, 0.5, 1e-4, 0.0,
                new double[0], new double[0], true, 0.01, 0.5, null, null, SearchTrace.of(-1, SearchTrace.STATIONARY),
                false, Method.BACKTRACKING);
        assertEquals("epoch 5 · g = 0: no step", LineSearchSummary.of(flat));
    }

    private static TrainingRun run(Optimizer optimizer, int batch, Method method) {
        Seeds seeds = Seeds.of(7);
        Problem problem = Problem.generate(CONFIG, seeds);
        return new TrainingRun(method, problem, problem.initialParameters(seeds), optimizer, 40, batch,
                seeds.batchRandom());
    }
}
