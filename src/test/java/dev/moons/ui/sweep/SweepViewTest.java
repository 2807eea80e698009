package dev.moons.ui.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.training.Config;
import dev.moons.training.RunStatus;
import dev.moons.training.sweep.SweepAggregate;
import dev.moons.training.sweep.SweepResult;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The learning-rate sweep view driven by its buttons: a tiny sweep runs to the end, a long one cancels. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SweepViewTest {
    private static final Config TINY = Config.defaults().withSamples(200).withEpochs(20).withHidden(8);
    private static final long TIMEOUT_S = 60;

    private volatile Config settings = TINY;
    private SweepView view;

    @Start
    void start(Stage stage) {
        view = new SweepView(() -> settings, new double[] {0.1, 1e300}, Platform::runLater);
        stage.setScene(new Scene(view.root(), 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        fx(() -> {
            view.cancel();
            return null;
        });
    }

    @Test
    void tinySweepRunsToTheEndAndADivergingLearningRateIsReportedAsDiverged(FxRobot robot) throws Exception {
        // given one seed and learning rates 0.1 and 1e300
        robot.interact(() -> spinner(robot).getValueFactory().setValue(1));
        // when the sweep runs
        robot.clickOn("#sweepRunButton");
        await(() -> view.result() != null);
        // then every run ended, the progress bar is full and lr 1e300 is diverged, not a number
        SweepResult result = fx(view::result);
        assertFalse(result.cancelled());
        assertEquals(3, fx(() -> view.tally().size()));
        assertEquals(1.0, fx(() -> robot.lookup("#sweepProgress").queryAs(ProgressBar.class).getProgress()), 0.0);
        SweepAggregate diverging = fx(() -> view.tally().at(1e300));
        assertTrue(diverging.isDiverged(), diverging.toString());
        assertEquals(0, diverging.completed());
        assertTrue(Double.isNaN(diverging.testAcc().mean()));
        SweepAggregate fine = fx(() -> view.tally().at(0.1));
        assertFalse(fine.isDiverged());
        assertEquals(1, fine.completed());
        assertNotNull(fx(() -> view.tally().band()));
        assertEquals("", fx(view::errorText));
    }

    @Test
    void cancelStopsALongSweep(FxRobot robot) throws Exception {
        // given a sweep long enough not to end by itself for minutes
        settings = TINY.withEpochs(100_000);
        robot.interact(() -> spinner(robot).getValueFactory().setValue(1));
        robot.clickOn("#sweepRunButton");
        assertTrue(fx(view::isRunning));
        Thread.sleep(500);
        // when Cancel is pressed
        robot.clickOn("#sweepCancelButton");
        // then the sweep ends soon, as cancelled
        await(() -> view.result() != null);
        SweepResult result = fx(view::result);
        assertTrue(result.cancelled());
        assertTrue(result.runs().stream().anyMatch(r -> r.status() == RunStatus.CANCELLED));
        assertFalse(fx(view::isRunning));
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot) {
        return robot.lookup("#sweepSeedsSpinner").queryAs(Spinner.class);
    }

    private void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
