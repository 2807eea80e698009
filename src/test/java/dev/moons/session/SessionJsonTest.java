package dev.moons.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moons.data.Seeds;
import dev.moons.export.SessionFiles;
import dev.moons.training.BoundaryGrid;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.EpochRecord;
import dev.moons.training.LayerStats;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import dev.moons.training.TrainingRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save → open reproduces a comparison exactly; bad files are refused with one line. */
class SessionJsonTest {
    @TempDir
    Path dir;

    /** lr 1000 makes the fixed run diverge (near epoch 60), so its history holds NaN or infinite values. */
    // lr 1e200: the first step overflows, so the diverged history holds NaN (a run stopped at 1e30 holds none)
    private static final Config DIVERGING = Config.defaults().withSamples(200).withHidden(8).withLr(1e200)
            .withEpochs(120);

    private record Trained(Comparison comparison, EpochArchive archive) {
    }

    private static Trained train(Config config, Seeds seeds, int epochs) {
        Comparison c = Comparison.create(config, seeds);
        EpochArchive archive = new EpochArchive(c.problem().model().parameterCount());
        archive.keep(c);
        for (int e = 0; e < epochs && !c.isDone(); e++) {
            c.stepBoth((method, record) -> { });
            archive.keep(c);
        }
        return new Trained(c, archive);
    }

    private Path save(Session s, String name) throws IOException {
        Path file = dir.resolve(name);
        SessionFiles.write(file, s);
        return file;
    }

    @Test
    void saveThenOpenReproducesEveryRecordBitForBitIncludingADivergedRun() throws Exception {
        // given a comparison whose fixed run diverged
        Trained t = train(DIVERGING, Seeds.of(7), 120);
        assertEquals(RunStatus.DIVERGED, t.comparison().run(Method.FIXED).status(), "the fixture must diverge");
        assertTrue(t.comparison().run(Method.FIXED).history().stream().anyMatch(r -> !Double.isFinite(r.trainLoss())),
                "the diverged history must contain a non-finite loss");
        Session before = Session.of(t.comparison(), t.archive(), Session.MOONS);

        // when it is saved and opened
        Session after = SessionJson.read(save(before, "diverged.json"));

        // then every field of every record, θ and the kept epochs are the same bits
        assertEquals(before.config(), after.config());
        assertEquals(before.seeds(), after.seeds());
        for (Method method : Method.all()) {
            TrainingRun run = method == Method.FIXED ? t.comparison().run(Method.FIXED) : t.comparison().run(Method.BACKTRACKING);
            Session.RunState restored = method == Method.FIXED ? after.run(Method.FIXED) : after.run(Method.BACKTRACKING);
            assertSameBits(run.history(), restored.history());
            assertEquals(run.history().size(), restored.layerStats().size(), method.id());
            assertTrue(Double.isNaN(restored.layerStats().get(0).updateRatio1()), "no update before epoch 0");
            assertSameStatsBits(run.layerStats(), restored.layerStats());
            assertArrayEquals(run.parameterValues(), restored.theta());
            assertEquals(run.divergedAt(), restored.divergedAt());
        }
        assertArrayEquals(before.train().x1(), after.train().x1());
        assertArrayEquals(before.test().labels(), after.test().labels());
        assertEquals(before.stride(), after.stride());
        assertEquals(before.kept().size(), after.kept().size());
        for (int i = 0; i < before.kept().size(); i++) {
            Session.KeptEpoch a = before.kept().get(i);
            Session.KeptEpoch b = after.kept().get(i);
            assertEquals(a.epoch(), b.epoch());
            assertArrayEquals(a.theta(Method.FIXED), b.theta(Method.FIXED));
            assertArrayEquals(a.theta(Method.BACKTRACKING), b.theta(Method.BACKTRACKING));
            assertArrayEquals(a.stepStart(), b.stepStart());
            if (a.step() != null) {
                assertArrayEquals(a.step().triedLosses(), b.step().triedLosses());
                assertEquals(Double.doubleToLongBits(a.step().lossAfter()), Double.doubleToLongBits(b.step().lossAfter()));
            }
        }
    }

    @Test
    void restoredComparisonDrawsTheSameBoundariesAndArchive() throws Exception {
        // given a trained comparison and its boundaries
        Trained t = train(Config.defaults().withSamples(200).withHidden(8).withLr(0.5).withEpochs(50), Seeds.of(3), 50);
        BoundaryGrid grid = BoundaryGrid.around(t.comparison().problem(), 40, 1.8);
        double[] fixedBefore = grid.probabilities(t.comparison().problem().model(), t.comparison().run(Method.FIXED).parameters());
        double[] btBefore = grid.probabilities(t.comparison().problem().model(),
                t.comparison().run(Method.BACKTRACKING).parameters());

        // when the session is saved, opened and rebuilt
        Session opened = SessionJson.read(save(Session.of(t.comparison(), t.archive(), Session.MOONS), "s.json"));
        Comparison restored = opened.comparison();
        EpochArchive archive = opened.archive();

        // then the grid and both boundaries are the same bits, and every kept epoch is there
        BoundaryGrid grid2 = BoundaryGrid.around(restored.problem(), 40, 1.8);
        assertArrayEquals(fixedBefore, grid2.probabilities(restored.problem().model(), restored.run(Method.FIXED).parameters()));
        assertArrayEquals(btBefore, grid2.probabilities(restored.problem().model(),
                restored.run(Method.BACKTRACKING).parameters()));
        assertEquals(t.archive().size(), archive.size());
        assertArrayEquals(t.archive().nearest(25).theta(Method.BACKTRACKING), archive.nearest(25).theta(Method.BACKTRACKING));
        assertEquals(t.archive().nearest(25).record(Method.BACKTRACKING), archive.nearest(25).record(Method.BACKTRACKING));
        assertArrayEquals(t.comparison().initialParameters().toDoubleVector(),
                restored.initialParameters().toDoubleVector());
    }

    @Test
    void continuingAfterOpenEqualsTrainingWithoutInterruption() throws Exception {
        // given mini-batches and a warm-started line search: both carry state between epochs
        Config config = Config.defaults().withSamples(200).withHidden(8).withLr(0.3).withEpochs(40).withBatch(32)
                .withLineSearch(4, 0.5, 1e-4, true);
        Trained whole = train(config, Seeds.of(11), 40);
        Trained half = train(config, Seeds.of(11), 20);

        // when the half-way state is saved, opened and trained on
        Comparison resumed = SessionJson.read(save(Session.of(half.comparison(), half.archive(), Session.MOONS),
                "half.json")).comparison();
        resumed.runToEnd((method, record) -> { });

        // then every record but the clock equals the uninterrupted run's
        for (int k = 0; k < 2; k++) {
            List<EpochRecord> a = whole.comparison().runs().get(k).history();
            List<EpochRecord> b = resumed.runs().get(k).history();
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(withoutTime(a.get(i)), withoutTime(b.get(i)), "record " + i);
            }
            assertSameStatsBits(whole.comparison().runs().get(k).layerStats(), resumed.runs().get(k).layerStats());
            assertArrayEquals(whole.comparison().runs().get(k).parameterValues(), resumed.runs().get(k).parameterValues());
        }
    }

    @Test
    void aFileWithoutLayerStatsStillOpensAndItsStatsStartAtTheResumedEpoch() throws Exception {
        // given a saved session with the layer stats taken out, as an older version wrote it
        Trained t = train(Config.defaults().withSamples(100).withHidden(2).withEpochs(8), Seeds.of(4), 5);
        Path file = save(Session.of(t.comparison(), t.archive(), Session.MOONS), "old.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        for (String method : List.of("fixed", "backtracking")) {
            assertNotNull(((ObjectNode) root.get("runs").get(method)).remove("layer_stats"), method);
        }
        json.writeValue(file.toFile(), root);

        // when it is opened and continued
        Session opened = SessionJson.read(file);
        Comparison resumed = opened.comparison();

        // then the runs have no saved stats: they start at epoch 5 with no update ratio known
        assertTrue(opened.run(Method.FIXED).layerStats().isEmpty());
        List<LayerStats> stats = resumed.run(Method.FIXED).layerStats();
        assertEquals(1, stats.size());
        assertEquals(5, stats.get(0).epoch());
        assertTrue(Double.isNaN(stats.get(0).updateRatio1()));
        resumed.stepBoth((method, record) -> { });
        assertEquals(6, resumed.run(Method.FIXED).lastLayerStats().epoch());
    }

    @Test
    void specialDoublesRoundTrip() throws Exception {
        // given records holding -0.0, the smallest subnormal, ±Infinity, NaN and a value with 17 significant digits
        Trained t = train(Config.defaults().withSamples(100).withHidden(2).withEpochs(5), Seeds.of(1), 3);
        Session s = Session.of(t.comparison(), t.archive(), "points.csv");
        List<EpochRecord> h = new ArrayList<>(s.run(Method.FIXED).history());
        double[] specials = {-0.0, Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < specials.length && i < h.size(); i++) {
            EpochRecord r = h.get(i);
            h.set(i, new EpochRecord(r.epoch(), r.trainLoss(), 0.1 + 0.2, r.trainAcc(), r.testAcc(), specials[i],
                    r.lossEvals(), Double.NaN, r.timeMs(), r.status()));
        }
        Session edited = new Session(s.config(), s.seeds(), s.dataSource(), s.train(), s.test(),
                Session.byMethod(s.config(), new Session.RunState(h, s.run(Method.FIXED).theta(), Double.NaN,
                        List.of()), s.run(Method.BACKTRACKING)), s.stride(), s.kept());

        // when saved and opened
        Session back = SessionJson.read(save(edited, "special.json"));

        // then the same bits come back, and the data source too
        assertSameBits(h, back.run(Method.FIXED).history());
        assertEquals("points.csv", back.dataSource());
        assertFalse(back.isMoons());
    }

    @Test
    void readSettingsTakesConfigAndSeedsOnly() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"config\": {\"samples\": 300, \"noise\": 0.1, \"train_ratio\": 0.8, \"hidden\": 4,"
                + " \"epochs\": 50, \"lr\": 0.5, \"alpha0\": 2, \"rho\": 0.25, \"c\": 0.001, \"batch\": 0,"
                + " \"seed\": 9, \"seeds\": 2, \"warm_start\": true, \"activation\": \"tanh\"}}");
        SessionJson.Settings s = SessionJson.readSettings(file);
        assertEquals(0.5, s.config().lr());
        assertEquals(dev.moons.model.Activation.TANH, s.config().activation());
        assertEquals(Seeds.of(9), s.seeds());
    }

    @Test
    void badFilesAreRefusedWithOneLineNamingTheFault() throws Exception {
        Trained t = train(Config.defaults().withSamples(100).withHidden(2).withEpochs(5), Seeds.of(1), 5);
        Path good = save(Session.of(t.comparison(), t.archive(), Session.MOONS), "good.json");
        String json = Files.readString(good);

        assertRefused(json.substring(0, json.length() / 2), "not valid JSON");
        assertRefused("", "empty");
        assertRefused("[1, 2]", "not a session");
        assertRefused(json.replace("\"version\":2", "\"version\":4"), "version: unsupported version 4");
        assertRefused(json.replace("\"format\":\"moons-session\"", "\"format\":\"other\""), "format");
        assertRefused(json.replace("\"lr\":0.01", "\"lr\":-1.0"), "config: lr must be finite and > 0");
        assertRefused(json.replace("\"activation\":\"relu\"", "\"activation\":\"swish\""), "activation must be one of");
        assertRefused(json.replace("\"hidden\":2", "\"hidden\":3"), "runs.fixed.theta: must have 4H+1 = 13");
        assertRefused(json.replace("\"epoch\":[0,1,2,3,4,5]", "\"epoch\":[0,1,3,2,4,5]"),
                "runs.fixed.history.epoch[2]: epochs must be 0, 1, 2");
        assertRefused(json.replace("\"seeds\":{\"data\":1,", "\"seeds\":{"), "seeds.data: missing");
        assertRefused(json.replace("\"label\":[", "\"label\":[7,"), "data.train");
        assertRefused(json.replace("\"stride\":1", "\"stride\":3"), "archive.stride: must be a power of 2");
        assertRefused(json.replaceFirst("\"grad_w2\":\\[[^,]*,", "\"grad_w2\":["),
                "runs.fixed.layer_stats.grad_w2: must have 6 entries");
        assertRefused(json.replaceFirst("\"grad_b1\":\\[[^,]*", "\"grad_b1\":[-1.0"),
                "runs.fixed.layer_stats.grad_b1[0]: a norm must not be negative");
        assertRefused(json.replaceFirst("\"update_ratio1\":\\[\"NaN\"", "\"update_ratio1\":[\"nan\""),
                "runs.fixed.layer_stats.update_ratio1[0]: must be a number");
        assertThrowsOneLine(dir.resolve("absent.json"), "no such file");
    }

    private void assertRefused(String content, String expected) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThrowsOneLine(file, expected);
    }

    private static void assertThrowsOneLine(Path file, String expected) {
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionJson.read(file));
        assertNotNull(e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage() + " should contain " + expected);
    }

    private static void assertSameBits(List<EpochRecord> a, List<EpochRecord> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            EpochRecord x = a.get(i);
            EpochRecord y = b.get(i);
            assertEquals(x, y, "record " + i);
            double[] xs = {x.trainLoss(), x.testLoss(), x.trainAcc(), x.testAcc(), x.step(), x.gradNorm(), x.timeMs()};
            double[] ys = {y.trainLoss(), y.testLoss(), y.trainAcc(), y.testAcc(), y.step(), y.gradNorm(), y.timeMs()};
            for (int k = 0; k < xs.length; k++) {
                assertEquals(Double.doubleToLongBits(xs[k]), Double.doubleToLongBits(ys[k]), "record " + i + " field " + k);
            }
        }
    }

    private static void assertSameStatsBits(List<LayerStats> a, List<LayerStats> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            LayerStats x = a.get(i);
            LayerStats y = b.get(i);
            assertEquals(x.epoch(), y.epoch(), "stats " + i);
            double[] xs = {x.gradW1(), x.gradB1(), x.gradW2(), x.gradB2(), x.gradLayer1(), x.gradLayer2(),
                x.updateRatio1(), x.updateRatio2()};
            double[] ys = {y.gradW1(), y.gradB1(), y.gradW2(), y.gradB2(), y.gradLayer1(), y.gradLayer2(),
                y.updateRatio1(), y.updateRatio2()};
            for (int k = 0; k < xs.length; k++) {
                assertEquals(Double.doubleToLongBits(xs[k]), Double.doubleToLongBits(ys[k]), "stats " + i + " field " + k);
            }
        }
    }

    private static EpochRecord withoutTime(EpochRecord r) {
        return new EpochRecord(r.epoch(), r.trainLoss(), r.testLoss(), r.trainAcc(), r.testAcc(), r.step(),
                r.lossEvals(), r.gradNorm(), 0, r.status());
    }
}
