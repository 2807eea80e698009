package dev.moons.ui.curvature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.app.EpochView;
import dev.moons.app.HessianSpectra;
import dev.moons.app.Snapshot;
import dev.moons.app.TrainingService;
import dev.moons.app.Update;
import dev.moons.curvature.Hessian;
import dev.moons.data.Seeds;
import dev.moons.render.chart.SpectrumStrip;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.training.Problem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Curvature view's spectrum strip: both runs' whole Hessian spectra at the live epoch and at a scrubbed one,
 * computed off the FX thread, equal to the exact decomposition at that epoch's θ.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CurvatureSpectrumTest {
    private static final Config SMALL = Config.defaults().withSamples(120).withHidden(4).withEpochs(30).withLr(0.5);
    private final List<Update> updates = new CopyOnWriteArrayList<>();
    private TrainingService service;
    private CurvaturePane pane;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        service = new TrainingService(Runnable::run, updates::add, 8);
        pane = new CurvaturePane(new HessianSpectra(service, Platform::runLater));
        stage.setScene(new Scene((Parent) pane.node(), 700, 420));
        stage.show();
    }

    @AfterEach
    void close() {
        pane.close();
        service.close();
    }

    @Test
    void theStripShowsTheExactSpectrumOfTheLiveAndOfAScrubbedEpoch(FxRobot robot) throws Exception {
        // given a comparison trained 6 epochs
        service.load(SMALL, Seeds.of(9)).get(30, TimeUnit.SECONDS);
        for (int i = 0; i < 6; i++) {
            service.step().get(30, TimeUnit.SECONDS);
        }
        Snapshot live = latest();
        Problem problem = problem(live.generation());
        // when the pane follows it
        robot.interact(() -> pane.showLive(live));
        SpectrumStrip strip = robot.lookup("#spectrumStrip").queryAs(SpectrumStrip.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> strip.rows().size() == 2));
        // then each row is that run's exact spectrum at epoch 6, with its 2/step threshold
        List<SpectrumStrip.Row> rows = fx(strip::rows);
        assertArrayEquals(spectrum(problem, live.left().theta()), rows.get(0).eigenvalues(), 0.0);
        assertArrayEquals(spectrum(problem, live.right().theta()), rows.get(1).eigenvalues(), 0.0);
        assertEquals(Method.FIXED, rows.get(0).method());
        assertEquals(2 / SMALL.lr(), rows.get(0).threshold(), 1e-12);
        String info = robot.lookup("#spectrumInfo").queryAs(Label.class).getText();
        assertTrue(info.contains("epoch 6, all 17 eigenvalues"), info);
        // when the scrubber shows epoch 2
        CompletableFuture<EpochView> past = new CompletableFuture<>();
        service.inspect(2, past::complete);
        EpochView two = past.get(30, TimeUnit.SECONDS);
        robot.interact(() -> pane.showPast(two));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#spectrumInfo")
                .queryAs(Label.class).getText().contains("epoch 2,")));
        // then the strip holds epoch 2's spectra, and back to live it returns to epoch 6
        assertArrayEquals(spectrum(problem, two.leftTheta()), fx(strip::rows).get(0).eigenvalues(), 0.0);
        robot.interact(() -> pane.showEpoch(-1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#spectrumInfo")
                .queryAs(Label.class).getText().contains("epoch 6,")));
        // and a reset clears it
        robot.interact(pane::clear);
        assertTrue(fx(strip::rows).isEmpty());
    }

    @Test
    void nothingIsComputedWhileTheTabIsHiddenAndItCatchesUpWhenShown(FxRobot robot) throws Exception {
        // given the pane in an unselected tab
        Tab curvature = new Tab("Curvature");
        TabPane tabs = new TabPane(new Tab("Boundaries", new Label("maps")), curvature);
        robot.interact(() -> {
            stage.getScene().setRoot(new Label("detached"));
            curvature.setContent(pane.node());
            stage.getScene().setRoot(tabs);
        });
        service.load(SMALL, Seeds.of(9)).get(30, TimeUnit.SECONDS);
        service.step().get(30, TimeUnit.SECONDS);
        Snapshot live = latest();
        SpectrumStrip strip = pane.spectrumStrip();
        // when training publishes a snapshot, nothing is computed
        robot.interact(() -> pane.showLive(live));
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(strip::rows).isEmpty(), "no spectrum for a hidden tab");
        // when the tab is selected, the spectrum of the newest epoch follows
        robot.interact(() -> tabs.getSelectionModel().select(curvature));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> strip.rows().size() == 2));
        assertTrue(robot.lookup("#spectrumInfo").queryAs(Label.class).getText().contains("epoch 1,"));
    }

    private static double[] spectrum(Problem problem, double[] theta) {
        return Hessian.at(problem.xTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble(),
                problem.yTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble(), theta,
                problem.model().activation()).spectrum().eigenvalues();
    }

    private Problem problem(long generation) throws Exception {
        CompletableFuture<Problem> p = new CompletableFuture<>();
        service.withProblem(generation, p::complete);
        return p.get(30, TimeUnit.SECONDS);
    }

    private Snapshot latest() {
        Snapshot s = null;
        for (Update u : updates) {
            if (u.latest() != null) {
                s = u.latest();
            }
        }
        return s;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
