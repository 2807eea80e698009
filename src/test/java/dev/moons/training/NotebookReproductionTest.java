package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The lab notebook's table: with hidden 8, noise 0.2, lr 0.01 and 1000 epochs, fixed-LR gradient descent ends
 * near 0.86 test accuracy and backtracking near 0.98. Ten seeds, as {@code compare --seeds 10}.
 */
class NotebookReproductionTest {

    @Test
    void fixedLearningRateLagsBacktrackingAsInTheNotebook() {
        Config notebook = Config.defaults().withHidden(8).withNoise(0.2).withLr(0.01).withEpochs(1000).withSeeds(10);
        CompareResult result = CompareResult.run(notebook, (method, record) -> { });

        double fixed = result.summary(Method.FIXED, EpochRecord::testAcc).mean();
        double backtracking = result.summary(Method.BACKTRACKING, EpochRecord::testAcc).mean();
        assertTrue(fixed >= 0.80 && fixed <= 0.92, "fixed-LR test accuracy mean " + fixed);
        assertTrue(backtracking >= 0.95, "backtracking test accuracy mean " + backtracking);
        assertEquals(10, result.statusCounts(Method.FIXED).get(RunStatus.FINISHED));
        assertEquals(10, result.statusCounts(Method.BACKTRACKING).get(RunStatus.FINISHED));
        assertTrue(result.gradcheckMaxDiff() < 1e-9, "gradient check " + result.gradcheckMaxDiff());
    }
}
