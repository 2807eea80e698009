package dev.moons.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moons.cli.Cli;
import dev.moons.data.Seeds;
import dev.moons.export.SessionFiles;
import dev.moons.optim.Adam;
import dev.moons.optim.Momentum;
import dev.moons.optim.Optimizer;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.TrainingRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions of methods that keep optimizer state (issue 18): version 3, runs and kept epochs keyed by the methods'
 * names, each run's {@code optimizer_state} saved, and a resumed comparison continuing bit for bit.
 */
class MethodStateSessionTest {
    @TempDir
    Path dir;

    private static Trained train(Config config, int epochs) {
        Comparison c = Comparison.create(config, Seeds.of(config.seed()));
        EpochArchive archive = new EpochArchive(c.problem().model().parameterCount());
        archive.keep(c);
        for (int e = 0; e < epochs && !c.isDone(); e++) {
            c.stepBoth((method, record) -> { });
            archive.keep(c);
        }
        return new Trained(c, archive);
    }

    private record Trained(Comparison comparison, EpochArchive archive) {
    }

    @Test
    void compareMomentumAdamSavesASessionThatReopensWithItsOptimizerState() throws Exception {
        // when compare runs momentum against adam for 300 epochs and saves the session
        Path out = dir.resolve("out");
        Path file = dir.resolve("s.json");
        StringWriter err = new StringWriter();
        int status = Cli.execute(new String[] {"compare", "--methods", "momentum,adam", "--lr", "0.01", "--epochs",
            "300", "--samples", "200", "--hidden", "4", "--out", out.toString(), "--save-session", file.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        // then the files name the methods
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(3, root.path("version").asInt());
        assertEquals("[\"momentum\",\"adam\"]", root.path("config").path("methods").toString());
        assertEquals(List.of("momentum", "adam"), fieldNames(root.path("runs")));
        assertEquals(List.of("epoch", "momentum", "adam", "step_start", "step"),
                fieldNames(root.path("archive").path("kept").get(0)));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(List.of("momentum", "adam"), fieldNames(summary.path("methods")));
        List<String> csv = Files.readAllLines(out.resolve("history.csv"));
        assertTrue(csv.get(1).startsWith("momentum,0,"), csv.get(1));
        assertTrue(csv.get(csv.size() - 1).startsWith("adam,300,"), csv.get(csv.size() - 1));
        // and the reopened comparison has each run's optimizer state as saved: b [p]; m [p], v [p], t
        Session s = SessionJson.read(file);
        int p = 4 * 4 + 1;
        assertEquals(p, s.run(Method.MOMENTUM).optimizerState().length);
        assertEquals(2 * p + 1, s.run(Method.ADAM).optimizerState().length);
        Comparison reopened = s.comparison();
        assertEquals(List.of(Method.MOMENTUM, Method.ADAM), reopened.methods());
        for (TrainingRun run : reopened.runs()) {
            assertArrayEquals(s.run(run.method()).optimizerState(), run.optimizer().state(), run.method().id());
            assertArrayEquals(s.run(run.method()).theta(), run.parameterValues(), run.method().id());
        }
        assertEquals(300, ((Adam) reopened.run(Method.ADAM).optimizer()).steps());
    }

    @Test
    void threeHundredEpochsSavedAndResumedToSixHundredEqualSixHundredStraight() throws Exception {
        for (int batch : new int[] {0, 32}) {
            Config config = Config.defaults().withSamples(200).withHidden(4).withEpochs(600).withBatch(batch)
                    .withMethods(List.of(Method.MOMENTUM, Method.ADAM, Method.NESTEROV, Method.SLS));
            Trained straight = train(config, 600);
            Trained half = train(config, 300);

            // when the state at epoch 300 is saved, opened and trained on to 600
            Path file = dir.resolve("half-" + batch + ".json");
            SessionFiles.write(file, Session.of(half.comparison(), half.archive(), Session.MOONS));
            Comparison resumed = SessionJson.read(file).comparison();
            resumed.runToEnd((method, record) -> { });

            // then every record but the clock, every θ and every optimizer state equal the straight run's
            for (Method m : config.methods()) {
                TrainingRun a = straight.comparison().run(m);
                TrainingRun b = resumed.run(m);
                assertEquals(601, b.history().size(), m.id());
                for (int i = 0; i < a.history().size(); i++) {
                    assertEquals(withoutTime(a.history().get(i)), withoutTime(b.history().get(i)),
                            m.id() + " batch " + batch + " record " + i);
                }
                assertArrayEquals(a.parameterValues(), b.parameterValues(), m.id() + " batch " + batch);
                assertArrayEquals(a.optimizer().state(), b.optimizer().state(), m.id() + " batch " + batch);
            }
        }
    }

    @Test
    void aChangeOfMomentumDuringTrainingIsLoggedSavedAndReadBack() throws Exception {
        // given momentum against adam, μ changed from 0.9 to 0.5 after epoch 3
        Config config = Config.defaults().withSamples(100).withHidden(2).withEpochs(10)
                .withMethods(List.of(Method.MOMENTUM, Method.ADAM));
        Trained t = train(config, 3);
        Config next = config.withMethodSettings(config.methodSettings().withValuesOf(
                new dev.moons.training.MethodSettings(config.methods(), 0.5, 0.9, 0.999, 1e-8, 0.9, 0.1, 2, 10)));
        Optimizer adamBefore = t.comparison().run(Method.ADAM).optimizer();
        t.comparison().changeSettings(next);
        // then only momentum got a new optimizer, and the change is logged at epoch 3
        assertSame(adamBefore, t.comparison().run(Method.ADAM).optimizer());
        assertEquals(0.5, ((Momentum) t.comparison().run(Method.MOMENTUM).optimizer()).mu());
        assertEquals(3, t.comparison().settingsChanges().get(0).epoch());
        // and the saved file reads back with the same change
        Path file = dir.resolve("changed.json");
        SessionFiles.write(file, Session.of(t.comparison(), t.archive(), Session.MOONS));
        JsonNode change = new ObjectMapper().readTree(file.toFile()).path("settings_changes").get(0);
        assertEquals(0.5, change.path("to").path("momentum").asDouble());
        assertTrue(change.path("from").path("momentum").isMissingNode(), "0.9 is the default");
        Session back = SessionJson.read(file);
        assertEquals(t.comparison().settingsChanges(), back.settingsChanges());
        assertEquals(0.5, back.config().momentum());
    }

    @Test
    void aSessionOfTheDefaultMethodsIsStillVersionTwo() throws Exception {
        Trained t = train(Config.defaults().withSamples(100).withHidden(2).withEpochs(5), 5);
        Path file = dir.resolve("default.json");
        SessionFiles.write(file, Session.of(t.comparison(), t.archive(), Session.MOONS));
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(2, root.path("version").asInt());
        assertTrue(root.path("config").path("methods").isMissingNode());
        assertTrue(root.path("runs").path("fixed").path("optimizer_state").isMissingNode());
    }

    @Test
    void aSessionWrittenByTheBuildBeforeOpensAndContinues() throws Exception {
        // given the session file the build before issue 18 wrote (40 epochs of fixed vs backtracking)
        Path file = dir.resolve("old.json");
        try (var in = MethodStateSessionTest.class.getResourceAsStream("/dev/moons/cli/baseline/f1-session.json")) {
            Files.write(file, in.readAllBytes());
        }
        Session s = SessionJson.read(file);
        assertEquals(Method.DEFAULTS, s.config().methods());
        Comparison c = s.comparison();
        assertEquals(40, c.epoch());
        assertArrayEquals(s.run(Method.BACKTRACKING).theta(), c.run(Method.BACKTRACKING).parameterValues());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static EpochRecord withoutTime(EpochRecord r) {
        return new EpochRecord(r.epoch(), r.trainLoss(), r.testLoss(), r.trainAcc(), r.testAcc(), r.step(),
                r.lossEvals(), r.gradNorm(), 0, r.status());
    }
}
