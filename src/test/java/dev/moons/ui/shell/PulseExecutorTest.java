package dev.moons.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PulseExecutorTest {
    private final List<String> log = new CopyOnWriteArrayList<>();
    private Scene scene;
    private PulseExecutor executor;

    @Start
    void start(Stage stage) {
        scene = new Scene(new Pane(), 200, 100);
        scene.addPreLayoutPulseListener(() -> log.add("pulse"));
        executor = new PulseExecutor(scene);
        scene.addPostLayoutPulseListener(() -> log.add("laid out"));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void tasksFromAnotherThreadRunInsideTheNextPulseInOrder(FxRobot robot) throws Exception {
        // given a showing scene with nothing to animate, and a marker posted between pulses
        WaitForAsyncUtils.waitForFxEvents();
        log.clear();
        Platform.runLater(() -> log.add("runLater"));
        // when two tasks are posted from this (non-FX) thread
        executor.execute(() -> log.add("first " + Platform.isFxApplicationThread()));
        executor.execute(() -> log.add("second"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> log.contains("second") && log.indexOf("second")
                < log.size() - 1);
        // then they ran on the FX thread, in order, between a pulse's start and its layout (a runLater does not)
        int first = log.indexOf("first true");
        assertTrue(first > 0, "tasks ran on the FX thread: " + log);
        assertEquals("pulse", log.get(first - 1), log.toString());
        assertEquals(List.of("first true", "second", "laid out"), log.subList(first, first + 3));
        int marker = log.indexOf("runLater");
        assertTrue(marker == 0 || !log.get(marker - 1).equals("pulse"), "runLater ran outside a pulse: " + log);
    }

    @Test
    void aTaskThatThrowsReachesTheHandlerAndTheNextStillRuns(FxRobot robot) throws Exception {
        // given the FX thread's uncaught-exception handler replaced by one that records
        List<Throwable> caught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> caught.add(e));
        });
        try {
            // when a task throws and another follows it
            executor.execute(() -> {
                throw new IllegalStateException("boom");
            });
            executor.execute(() -> log.add("after"));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> log.contains("after"));
            // then the handler got the exception and the second task ran
            assertEquals(1, caught.size());
            assertEquals("boom", caught.get(0).getMessage());
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        }
    }
}
