package dev.moons.ui.shell;

import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fireMenuItem;
import static dev.moons.ui.FxWait.fx;
import static dev.moons.ui.FxWait.statusText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moons.app.Snapshot;
import dev.moons.data.Seeds;
import dev.moons.export.SessionFiles;
import dev.moons.session.Session;
import dev.moons.session.SessionJson;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.Method;
import dev.moons.ui.FxWait;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Sessions of any two methods through the window's Save and Open: the lanes are saved, set and continued exactly. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LaneSessionTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8)
            .withLr(0.05);

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

    @SuppressWarnings("unchecked")
    private static ChoiceBox<Method> chooser(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChoiceBox.class);
    }

    private static void steps(FxRobot robot, Dashboard d, int to) throws Exception {
        while (epoch(d.lastSnapshot()) < to) {
            int at = epoch(d.lastSnapshot());
            robot.clickOn("#stepButton");
            await(() -> epoch(d.lastSnapshot()) == at + 1);
        }
    }

    @Test
    void aMomentumAdamSessionSavedFromTheLanesReopensAndContinuesExactly(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        // given the lanes momentum and adam, trained 4 epochs
        robot.interact(() -> chooser(robot, "#leftMethod").setValue(Method.MOMENTUM));
        robot.interact(() -> chooser(robot, "#rightMethod").setValue(Method.ADAM));
        await(() -> dashboard.lastSnapshot().config().methods().equals(List.of(Method.MOMENTUM, Method.ADAM)));
        steps(robot, dashboard, 4);
        // when the session is saved
        toSave = dir.resolve("lanes.json");
        fireMenuItem(robot, "#sessionMenu", "saveSessionItem");
        await(() -> statusText(robot).startsWith("Saved session (epoch 4)"));
        // then it is a version-3 file naming the lanes' methods, with their optimizer state
        JsonNode json = new ObjectMapper().readTree(toSave.toFile());
        assertEquals(3, json.get("version").asInt());
        assertEquals("[\"momentum\",\"adam\"]", json.get("config").get("methods").toString());
        assertTrue(json.get("runs").get("adam").has("optimizer_state"));
        Session saved = SessionJson.read(toSave);
        assertEquals(List.of(Method.MOMENTUM, Method.ADAM), saved.config().methods());

        // when the lanes go back to the defaults, and the file is opened
        robot.interact(() -> chooser(robot, "#leftMethod").setValue(Method.FIXED));
        robot.interact(() -> chooser(robot, "#rightMethod").setValue(Method.BACKTRACKING));
        await(() -> dashboard.lastSnapshot().config().methods().equals(Method.DEFAULTS));
        toOpen = toSave;
        fireMenuItem(robot, "#sessionMenu", "openSessionItem");
        // then the choosers show the saved lanes at epoch 4
        await(() -> epoch(dashboard.lastSnapshot()) == 4
                && dashboard.lastSnapshot().config().methods().equals(List.of(Method.MOMENTUM, Method.ADAM)));
        assertEquals(Method.MOMENTUM, fx(() -> chooser(robot, "#leftMethod").getValue()));
        assertEquals(Method.ADAM, fx(() -> chooser(robot, "#rightMethod").getValue()));
        assertEquals(Method.MOMENTUM.label(), fx(() -> dashboard.views().lane(0).title()));
        // and training on to epoch 9 equals 9 epochs straight from the saved settings and seeds, bit for bit
        steps(robot, dashboard, 9);
        Comparison straight = Comparison.create(saved.config(), saved.seeds());
        for (int e = 0; e < 9; e++) {
            straight.stepBoth((m, r) -> { });
        }
        Snapshot s = fx(dashboard::lastSnapshot);
        assertArrayEquals(straight.run(Method.MOMENTUM).parameterValues(), s.left().theta());
        assertArrayEquals(straight.run(Method.ADAM).parameterValues(), s.right().theta());
        assertEquals(straight.run(Method.ADAM).last().trainLoss(), s.right().last().trainLoss());
    }

    @Test
    void aSessionOfThreeMethodsIsRefusedInOneLine(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        Snapshot before = fx(dashboard::lastSnapshot);
        // given a session of three methods, as compare --methods fixed,momentum,adam writes it
        Config three = SMALL.withEpochs(10).withMethods(List.of(Method.FIXED, Method.MOMENTUM, Method.ADAM));
        Comparison c = Comparison.create(three, Seeds.of(3));
        EpochArchive archive = new EpochArchive(c.problem().model().parameterCount());
        archive.keep(c);
        toOpen = dir.resolve("three.json");
        SessionFiles.write(toOpen, Session.of(c, archive, Session.MOONS));
        // when it is opened
        fireMenuItem(robot, "#sessionMenu", "openSessionItem");
        // then one line says why, and the comparison shown is the same one
        await(() -> statusText(robot).startsWith("Not opened:"));
        String status = statusText(robot);
        assertTrue(status.startsWith("Not opened: this window compares two methods; three.json compares 3"
                + " (fixed,momentum,adam)") && !status.contains("\n"), status);
        assertSame(before, fx(dashboard::lastSnapshot));
        assertEquals(Method.FIXED, fx(() -> chooser(robot, "#leftMethod").getValue()));
    }
}
