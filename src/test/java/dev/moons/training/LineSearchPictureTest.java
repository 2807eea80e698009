package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.optim.StepResult;
import org.junit.jupiter.api.Test;

/** The line-search picture of real backtracking steps on two moons: φ, the trials and the Armijo line agree. */
class LineSearchPictureTest {
    // α0 = 8 forces several trials per step
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(40).withHidden(8)
            .withLineSearch(8, 0.5, 1e-4, false).withLr(0.3);

    @Test
    void phiAtTheAcceptedStepEqualsTheRecordedLossAfterTheStep() {
        // given a backtracking run after each of its first 20 epochs
        TrainingRun run = Comparison.create(SMALL, Seeds.of(42)).run(Method.BACKTRACKING);
        for (int epoch = 1; epoch <= 20; epoch++) {
            run.nextEpoch();
            StepResult step = run.lastStep();
            // when φ is evaluated at the accepted α
            double phi = new LineSearchSlice(run.lastStepOrigin()).phi(step.stepSize());
            // then it is the loss the search recorded after the step
            assertEquals(step.lossAfter(), phi, 1e-12, "epoch " + epoch);
        }
    }

    @Test
    void triedStepsAreAlpha0TimesRhoToTheKInOrder() {
        TrainingRun run = Comparison.create(SMALL, Seeds.of(42)).run(Method.BACKTRACKING);
        int multiTrial = 0;
        for (int epoch = 1; epoch <= 20; epoch++) {
            run.nextEpoch();
            LineSearchPicture picture = LineSearchReplay.lastStep(run, SMALL.lr());
            double expected = SMALL.alpha0();
            for (double alpha : picture.triedSteps()) {
                assertEquals(expected, alpha, 1e-15 * expected);
                expected *= SMALL.rho();
            }
            assertEquals(picture.triedSteps().length - 1, picture.acceptedIndex());
            multiTrial += picture.triedSteps().length > 1 ? 1 : 0;
        }
        assertTrue(multiTrial > 0, "some step needed more than one trial");
    }

    @Test
    void pictureSamplesPhiFromZeroPastAlpha0AndMarksTheFixedStep() {
        TrainingRun run = Comparison.create(SMALL, Seeds.of(42)).run(Method.BACKTRACKING);
        assertNull(LineSearchReplay.lastStep(run, SMALL.lr()));
        run.nextEpoch();
        LineSearchPicture picture = LineSearchReplay.lastStep(run, SMALL.lr());
        assertEquals(LineSearchReplay.POINTS, picture.alphas().length);
        assertEquals(0, picture.alphas()[0], 0.0);
        assertEquals(picture.lossBefore(), picture.phis()[0], 0.0);
        assertEquals(1.1 * SMALL.alpha0(), picture.alphaMax(), 1e-12);
        assertEquals(new LineSearchSlice(run.lastStepOrigin()).phi(SMALL.lr()), picture.phiAtLr(), 1e-12);
        double last = picture.triedSteps()[picture.acceptedIndex()];
        assertTrue(picture.triedLosses()[picture.acceptedIndex()] <= picture.armijo(last));
        for (int i = 0; i < picture.acceptedIndex(); i++) {
            double a = picture.triedSteps()[i];
            assertTrue(!(picture.triedLosses()[i] <= picture.armijo(a)), "rejected trial " + i + " fails Armijo");
        }
    }

    @Test
    void archiveReplaysAKeptStepOnTheSameCurve() {
        // given a comparison whose every epoch is kept
        Comparison comparison = Comparison.create(SMALL, Seeds.of(42));
        EpochArchive archive = new EpochArchive(comparison.problem().model().parameterCount());
        archive.keep(comparison);
        for (int epoch = 1; epoch <= 10; epoch++) {
            comparison.stepBoth((m, r) -> { });
            archive.keep(comparison);
        }
        // when epoch 6 is replayed
        EpochArchive.Kept kept = archive.nearest(6);
        LineSearchPicture picture = LineSearchReplay.kept(kept, comparison.problem(),
                comparison.run(Method.BACKTRACKING).optimizer(), SMALL.lr());
        // then its trials and accepted loss are the recorded ones, on φ
        assertEquals(6, picture.epoch());
        assertEquals(kept.step().lossAfter(), picture.triedLosses()[picture.acceptedIndex()], 0.0);
        assertEquals(6, kept.record(Method.BACKTRACKING).epoch());
        assertNull(LineSearchReplay.kept(archive.nearest(0), comparison.problem(),
                comparison.run(Method.BACKTRACKING).optimizer(), SMALL.lr()));
    }

    @Test
    void archiveCoarsensToBoundMemoryAndSnapsToTheNearestKeptEpoch() {
        Config long1 = Config.defaults().withSamples(100).withEpochs(3000).withHidden(2);
        Comparison comparison = Comparison.create(long1, Seeds.of(1));
        EpochArchive archive = new EpochArchive(comparison.problem().model().parameterCount());
        archive.keep(comparison);
        for (int epoch = 1; epoch <= 2000; epoch++) {
            comparison.stepBoth((m, r) -> { });
            archive.keep(comparison);
        }
        assertEquals(1, archive.stride());
        assertEquals(2001, archive.size());
        for (int epoch = 2001; epoch <= 2100; epoch++) {
            comparison.stepBoth((m, r) -> { });
            archive.keep(comparison);
        }
        assertEquals(2, archive.stride());
        assertTrue(archive.size() <= EpochArchive.MAX_KEPT);
        assertEquals(1234, archive.nearest(1234).epoch());
        assertEquals(1234, archive.nearest(1235).epoch());
        assertNotNull(archive.nearest(99_999));
        assertEquals(2100, archive.nearest(99_999).epoch());
    }
}
