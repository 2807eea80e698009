package dev.moons.session;

import dev.moons.training.Method;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moons.data.Seeds;
import dev.moons.export.SessionFiles;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.EpochRecord;
import dev.moons.training.LayerStats;
import dev.moons.training.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings changed during training are saved (format 2), restored, and continued exactly; version 1 still opens. */
class SettingsChangeSessionTest {
    /** Mini-batches and a warm-started line search: both carry state across the save. */
    private static final Config CONFIG = Config.defaults().withSamples(200).withHidden(8).withEpochs(100)
            .withLr(0.05).withBatch(32).withLineSearch(4, 0.5, 1e-4, true);
    private static final Seeds SEEDS = Seeds.of(13);

    @TempDir
    Path dir;

    private record Trained(Comparison comparison, EpochArchive archive) {
    }

    /** Trains to {@code until}, changing lr to 0.5 after epoch 30 and α0 to 2 after epoch 45. */
    private static Trained trainWithChanges(int until) {
        Comparison c = Comparison.create(CONFIG, SEEDS);
        EpochArchive archive = new EpochArchive(c.problem().model().parameterCount());
        archive.keep(c);
        while (c.run(Method.FIXED).epoch() < until && !c.isDone()) {
            c.stepBoth((method, record) -> { });
            archive.keep(c);
            if (c.run(Method.FIXED).epoch() == 30) {
                c.changeSettings(c.config().withLr(0.5));
            }
            if (c.run(Method.FIXED).epoch() == 45) {
                c.changeSettings(c.config().withLineSearch(2, 0.5, 1e-4, true));
            }
        }
        return new Trained(c, archive);
    }

    @Test
    void aRunWithChangedSettingsContinuesAfterOpenExactlyAsWithoutInterruption() throws Exception {
        // given a comparison whose lr changed at epoch 30 and α0 at epoch 45 of 100, saved at epoch 60
        Trained whole = trainWithChanges(100);
        Trained saved = trainWithChanges(60);
        Path file = dir.resolve("changed.json");
        SessionFiles.write(file, Session.of(saved.comparison(), saved.archive(), Session.MOONS));

        // when it is opened and trained to the end
        Session opened = SessionJson.read(file);
        Comparison resumed = opened.comparison();
        resumed.runToEnd((method, record) -> { });

        // then every record (losses, accuracies, α, evaluations), the layer stats and θ equal the uninterrupted run
        for (int k = 0; k < 2; k++) {
            TrainingRun a = whole.comparison().runs().get(k);
            TrainingRun b = resumed.runs().get(k);
            assertEquals(101, b.history().size());
            assertSameRecords(a.history(), b.history());
            assertSameStats(a.layerStats(), b.layerStats());
            assertArrayEquals(a.parameterValues(), b.parameterValues());
        }
        // and the restored comparison has the same settings, log and start
        assertEquals(whole.comparison().config(), resumed.config());
        assertEquals(whole.comparison().settingsChanges(), resumed.settingsChanges());
        assertEquals(CONFIG, resumed.initialConfig());
        assertEquals(CONFIG, opened.initialConfig());
        // and the file holds the current settings and both changes
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(2, root.get("version").intValue());
        assertEquals(0.5, root.get("config").get("lr").doubleValue());
        assertEquals(2.0, root.get("config").get("alpha0").doubleValue());
        JsonNode changes = root.get("settings_changes");
        assertEquals(2, changes.size());
        assertEquals(30, changes.get(0).get("epoch").intValue());
        assertEquals(0.05, changes.get(0).get("from").get("lr").doubleValue());
        assertEquals(0.5, changes.get(0).get("to").get("lr").doubleValue());
        assertEquals(List.of("lr", "alpha0", "rho", "c", "warm_start"), keys(changes.get(0).get("from")));
        assertEquals(45, changes.get(1).get("epoch").intValue());
        assertEquals(4.0, changes.get(1).get("from").get("alpha0").doubleValue());
        assertEquals(2.0, changes.get(1).get("to").get("alpha0").doubleValue());
    }

    @Test
    void theRunAfterTheChangeDiffersFromOneWithoutIt() {
        // given the same comparison trained with and without the change of lr at epoch 30
        Trained changed = trainWithChanges(40);
        Comparison plain = Comparison.create(CONFIG, SEEDS);
        for (int e = 0; e < 40; e++) {
            plain.stepBoth((method, record) -> { });
        }
        // then up to epoch 30 the fixed runs agree, and after it they do not (the change is not a no-op)
        List<EpochRecord> a = changed.comparison().run(Method.FIXED).history();
        List<EpochRecord> b = plain.run(Method.FIXED).history();
        assertEquals(withoutTime(a.get(30)), withoutTime(b.get(30)));
        assertFalse(withoutTime(a.get(31)).equals(withoutTime(b.get(31))));
    }

    @Test
    void aVersionOneFileStillOpensAndContinuesAsTheUninterruptedRun() throws Exception {
        // given a session written by version 1 (40 moons, H 2, saved at epoch 6 of 12, seeds 7)
        Path file = dir.resolve("v1.json");
        Files.copy(SettingsChangeSessionTest.class.getResourceAsStream("v1-session.json"), file);
        assertEquals(1, new ObjectMapper().readTree(file.toFile()).get("version").intValue());

        // when it is opened and trained to the end
        Session opened = SessionJson.read(file);
        Comparison resumed = opened.comparison();
        resumed.runToEnd((method, record) -> { });

        // then it has no settings changes and equals the uninterrupted run of its settings and seeds
        assertTrue(opened.settingsChanges().isEmpty());
        assertEquals(6, opened.lastEpoch());
        Comparison whole = Comparison.create(opened.config(), opened.seeds());
        whole.runToEnd((method, record) -> { });
        for (int k = 0; k < 2; k++) {
            assertSameRecords(whole.runs().get(k).history(), resumed.runs().get(k).history());
            assertArrayEquals(whole.runs().get(k).parameterValues(), resumed.runs().get(k).parameterValues());
        }
    }

    @Test
    void versionTwoWritesEveryKeyOfVersionOneExactlyAsVersionOneDid() throws Exception {
        // given the bytes of a version-1 file
        String v1 = new String(SettingsChangeSessionTest.class.getResourceAsStream("v1-session.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("v1.json");
        Files.writeString(file, v1);
        // when it is opened and saved again
        Path again = dir.resolve("v2.json");
        SessionFiles.write(again, SessionJson.read(file));
        // then only the version and the (empty) settings log differ
        String v2 = Files.readString(again);
        assertEquals(v1.replace("\"version\":1,", "\"version\":2,").replace("},\"seeds\":{",
                "},\"settings_changes\":[],\"seeds\":{"), v2);
    }

    @Test
    void aSettingsLogThatDoesNotAddUpIsRefusedWithOneLine() throws Exception {
        Trained t = trainWithChanges(50);
        Path file = dir.resolve("good.json");
        SessionFiles.write(file, Session.of(t.comparison(), t.archive(), Session.MOONS));
        ObjectMapper json = new ObjectMapper();

        assertRefused(json, file, root -> ((ObjectNode) root.get("settings_changes").get(1).get("from"))
                .put("lr", 0.7), "settings_changes[1].from: must be the settings the change before led to");
        assertRefused(json, file, root -> ((ObjectNode) root.get("settings_changes").get(1)).put("epoch", 20),
                "settings_changes[1].epoch: must be in [30, 50]");
        assertRefused(json, file, root -> ((ObjectNode) root.get("config")).put("lr", 0.9),
                "settings_changes[1].to: must be the optimizer settings of config");
        assertRefused(json, file, root -> ((ObjectNode) root.get("settings_changes").get(0).get("to"))
                .put("rho", 2.0), "settings_changes[0].to: rho must be in (0, 1)");
        assertRefused(json, file, root -> ((ObjectNode) root).remove("settings_changes"), "settings_changes: missing");
    }

    private interface Edit {
        void apply(JsonNode root);
    }

    private void assertRefused(ObjectMapper json, Path good, Edit edit, String expected) throws Exception {
        JsonNode root = json.readTree(good.toFile());
        edit.apply(root);
        Path bad = dir.resolve("bad.json");
        json.writeValue(bad.toFile(), root);
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionJson.read(bad));
        assertNotNull(e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage() + " should contain " + expected);
    }

    private static List<String> keys(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // every field but the clock, bit for bit
    private static void assertSameRecords(List<EpochRecord> a, List<EpochRecord> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            EpochRecord x = a.get(i);
            EpochRecord y = b.get(i);
            double[] xs = {x.trainLoss(), x.testLoss(), x.trainAcc(), x.testAcc(), x.step(), x.gradNorm()};
            double[] ys = {y.trainLoss(), y.testLoss(), y.trainAcc(), y.testAcc(), y.step(), y.gradNorm()};
            for (int k = 0; k < xs.length; k++) {
                assertEquals(Double.doubleToLongBits(xs[k]), Double.doubleToLongBits(ys[k]),
                        "record " + i + " field " + k);
            }
            assertEquals(x.lossEvals(), y.lossEvals(), "record " + i);
            assertEquals(x.status(), y.status(), "record " + i);
            assertEquals(x.epoch(), y.epoch(), "record " + i);
        }
    }

    private static void assertSameStats(List<LayerStats> a, List<LayerStats> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            LayerStats x = a.get(i);
            LayerStats y = b.get(i);
            assertEquals(Double.doubleToLongBits(x.gradLayer1()), Double.doubleToLongBits(y.gradLayer1()),
                    "stats " + i);
            assertEquals(Double.doubleToLongBits(x.updateRatio2()), Double.doubleToLongBits(y.updateRatio2()),
                    "stats " + i);
        }
    }

    private static EpochRecord withoutTime(EpochRecord r) {
        return new EpochRecord(r.epoch(), r.trainLoss(), r.testLoss(), r.trainAcc(), r.testAcc(), r.step(),
                r.lossEvals(), r.gradNorm(), 0, r.status());
    }
}
