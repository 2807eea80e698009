package dev.moons.ui.shell;

import dev.moons.training.Method;
import dev.moons.ui.FxWait;
import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fireMenuItem;
import static dev.moons.ui.FxWait.fx;
import static dev.moons.ui.FxWait.statusText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.export.SessionFiles;
import dev.moons.session.Session;
import dev.moons.session.SessionJson;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.EpochRecord;
import dev.moons.app.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Session menu: opening a file replays its curves and settings; a bad file changes nothing; saving writes one. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SessionWindowTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);
    /** The saved session's settings differ from the window's in hidden units, samples, epochs and lr. */
    private static final Config SAVED = Config.defaults().withSamples(160).withEpochs(60).withHidden(4).withLr(0.5);

    private Dashboard dashboard;
    private Path toOpen;
    private Path toSave;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        dashboard = FxWait.showDashboard(stage, FxWait.files(() -> toSave, () -> toOpen), SMALL, 40, 1280, 760);
    }

    @AfterEach
    void close() {
        dashboard.close();
    }

    private Session trainedSession(int epochs) {
        Comparison c = Comparison.create(SAVED, Seeds.of(9));
        EpochArchive archive = new EpochArchive(c.problem().model().parameterCount());
        archive.keep(c);
        for (int e = 0; e < epochs; e++) {
            c.stepBoth((m, r) -> { });
            archive.keep(c);
        }
        return Session.of(c, archive, Session.MOONS);
    }

    @Test
    void openingASessionShowsItsEpochsCurvesAndSettings(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        // given a session file of a finished 60-epoch comparison
        Session saved = trainedSession(60);
        toOpen = dir.resolve("lesson.json");
        SessionFiles.write(toOpen, saved);
        // when it is opened from the Session menu
        fireMenuItem(robot, "#sessionMenu", "openSessionItem");
        // then the window shows epoch 60 of 60, both curves with all 61 records, and the saved settings
        await(() -> epoch(dashboard.lastSnapshot()) == 60 && dashboard.lastSnapshot().config().equals(SAVED));
        Snapshot s = fx(dashboard::lastSnapshot);
        assertEquals(saved.run(Method.BACKTRACKING).history().get(60), s.right().last());
        assertEquals("epoch 60 / 60", fx(() -> robot.lookup("#epochLabel").queryAs(Label.class).getText()));
        for (Method method : Method.DEFAULTS) {
            List<EpochRecord> curve = fx(() -> List.copyOf(dashboard.charts().histories().get(method)));
            List<EpochRecord> history = method == Method.FIXED ? saved.run(Method.FIXED).history()
                    : saved.run(Method.BACKTRACKING).history();
            assertEquals(history, curve, method.id());
        }
        assertEquals(4, (int) fx(() -> robot.lookup("#hiddenSpinner").queryAs(Spinner.class).getValue()));
        assertTrue(statusText(robot).contains("opened lesson.json at epoch 60"), statusText(robot));
        assertEquals(112, fx(() -> dashboard.trainData().size()));
        assertArrayEquals(saved.train().x1(), fx(() -> dashboard.trainData().x1()));
    }

    @Test
    void aBadFileChangesNothingButTheStatusLine(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) == 1);
        Snapshot before = fx(dashboard::lastSnapshot);
        // given a truncated session file
        Path good = dir.resolve("good.json");
        SessionFiles.write(good, trainedSession(5));
        String json = Files.readString(good);
        toOpen = Files.writeString(dir.resolve("cut.json"), json.substring(0, json.length() / 3));
        // when it is opened
        fireMenuItem(robot, "#sessionMenu", "openSessionItem");
        // then the status line says why in one line, and the comparison shown is the same one
        await(() -> statusText(robot).startsWith("Not opened:"));
        String status = statusText(robot);
        assertTrue(status.contains("cut.json") && status.contains("not valid JSON") && !status.contains("\n"), status);
        assertSame(before, fx(dashboard::lastSnapshot));
        assertEquals(SMALL, fx(() -> dashboard.lastSnapshot().config()));
    }

    @Test
    void savingWritesTheShownComparison(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        robot.clickOn("#stepButton");
        robot.clickOn("#stepButton");
        await(() -> epoch(dashboard.lastSnapshot()) == 2);
        // when the session is saved
        toSave = dir.resolve("mine.json");
        fireMenuItem(robot, "#sessionMenu", "saveSessionItem");
        // then the file holds the shown comparison at epoch 2
        await(() -> statusText(robot).startsWith("Saved session (epoch 2)"));
        Session read = SessionJson.read(toSave);
        assertEquals(SMALL, read.config());
        assertEquals(fx(() -> dashboard.lastSnapshot().right().last()), read.run(Method.BACKTRACKING).history().get(2));
    }
}
