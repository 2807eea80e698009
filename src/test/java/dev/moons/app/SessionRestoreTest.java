package dev.moons.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.export.SessionFiles;
import dev.moons.session.Session;
import dev.moons.session.SessionJson;
import dev.moons.training.Config;
import dev.moons.training.EpochRecord;
import dev.moons.training.LayerStats;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import dev.moons.training.SettingsChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's session seam: what it saves, opened in a fresh service, shows the same curves and boundaries. */
class SessionRestoreTest {
    /** lr 1000 diverges the fixed run near epoch 60; backtracking carries on. */
    private static final Config DIVERGING = Config.defaults().withSamples(200).withEpochs(100).withHidden(8)
            .withLr(1000);
    private static final int GRID = 20;

    @TempDir
    Path dir;

    private final List<TrainingService> services = new ArrayList<>();

    @AfterEach
    void close() {
        services.forEach(TrainingService::close);
    }

    private TrainingService service(List<Update> updates) {
        TrainingService s = new TrainingService(Runnable::run, updates::add, GRID);
        services.add(s);
        return s;
    }

    @Test
    void openingASavedSessionShowsTheSameHistoryBoundariesAndPastEpochs() throws Exception {
        // given a service trained 80 epochs, the fixed run diverged on the way
        List<Update> before = new CopyOnWriteArrayList<>();
        TrainingService original = service(before);
        original.load(DIVERGING, Seeds.of(5)).get(30, TimeUnit.SECONDS);
        for (int i = 0; i < 80; i++) {
            original.step().get(30, TimeUnit.SECONDS);
        }
        Snapshot shown = latest(before);
        assertEquals(RunStatus.DIVERGED, shown.left().last().status(), "the fixture must diverge");
        EpochView past = view(original, 40);

        // when its session is saved, and opened in a new service
        Path file = dir.resolve("run.json");
        SessionFiles.write(file, original.session().get(30, TimeUnit.SECONDS));
        List<Update> after = new CopyOnWriteArrayList<>();
        TrainingService opened = service(after);
        opened.restore(SessionJson.read(file), "run.json").get(30, TimeUnit.SECONDS);

        // then every record arrives once, in order, and the final state and boundaries are those shown before
        Snapshot restored = latest(after);
        for (Method method : Method.DEFAULTS) {
            assertEquals(records(before, method), records(after, method), method.id());
            // and the inspector gets every epoch's layer stats, the same as the live run sent it
            List<LayerStats> stats = layerStats(after, method);
            assertEquals(records(before, method).size(), stats.size(), method.id());
            assertEquals(layerStats(before, method), stats, method.id());
        }
        assertEquals(81, layerStats(after, Method.BACKTRACKING).size(), "epochs 0 to 80");
        assertEquals(shown.left().last(), restored.left().last());
        assertEquals(shown.right().last(), restored.right().last());
        assertEquals(shown.left().divergedAt(), restored.left().divergedAt());
        assertArrayEquals(shown.left().probabilities(), restored.left().probabilities());
        assertArrayEquals(shown.right().probabilities(), restored.right().probabilities());
        assertTrue(after.stream().flatMap(u -> u.events().stream()).filter(UiEvent.Reset.class::isInstance)
                .map(e -> ((UiEvent.Reset) e).reason()).anyMatch(r -> r.contains("opened run.json at epoch 80")));
        // and a past epoch is the same picture
        EpochView again = view(opened, 40);
        assertEquals(past.epoch(), again.epoch());
        assertArrayEquals(past.rightProbabilities(), again.rightProbabilities());
        assertEquals(past.right(), again.right());
        // and training continues from epoch 80
        opened.step().get(30, TimeUnit.SECONDS);
        assertEquals(81, latest(after).right().last().epoch());
        assertEquals(82, layerStats(after, Method.BACKTRACKING).size());
        assertFalse(opened.isPlaying());
    }

    @Test
    void pointsFromAFileStayTheFilesAndResetReturnsToTheSavedStart() throws Exception {
        // given a session of points named "points.csv", opened in a service
        List<Update> first = new CopyOnWriteArrayList<>();
        TrainingService original = service(first);
        original.load(DIVERGING.withLr(0.1), Seeds.of(2)).get(30, TimeUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            original.step().get(30, TimeUnit.SECONDS);
        }
        Session saved = original.session().get(30, TimeUnit.SECONDS);
        Session named = new Session(saved.config(), saved.seeds(), "points.csv", saved.train(), saved.test(),
                Session.byMethod(saved.config(), saved.run(Method.FIXED), saved.run(Method.BACKTRACKING)),
                saved.stride(), saved.kept());
        List<Update> after = new CopyOnWriteArrayList<>();
        TrainingService opened = service(after);
        opened.restore(named, "p.json").get(30, TimeUnit.SECONDS);
        // then the UI is told the data come from that file
        UiEvent.Reset reset = (UiEvent.Reset) after.stream().flatMap(u -> u.events().stream())
                .filter(UiEvent.Reset.class::isInstance).reduce((a, b) -> b).orElseThrow();
        assertEquals("points.csv", reset.dataFile());
        assertTrue(reset.reason().contains("Train continues from the saved weights"), reset.reason());
        // and Reset goes back to epoch 0 with the saved initial weights and data
        opened.reset().get(30, TimeUnit.SECONDS);
        Snapshot atZero = latest(after);
        assertEquals(0, atZero.right().last().epoch());
        assertEquals(withoutTime(saved.run(Method.BACKTRACKING).history().get(0)), withoutTime(atZero.right().last()));
        assertArrayEquals(saved.kept().get(0).theta(Method.BACKTRACKING), atZero.right().theta());
    }

    @Test
    void aLearningRateChangedMidRunIsSavedAndTrainingAfterOpenEqualsTheUninterruptedRun() throws Exception {
        // given a service that changed lr from 0.05 to 0.5 after epoch 30 of 100 and trained on to epoch 50
        Config config = Config.defaults().withSamples(200).withHidden(8).withEpochs(100).withLr(0.05).withBatch(32)
                .withLineSearch(4, 0.5, 1e-4, true);
        Seeds seeds = Seeds.of(21);
        List<Update> before = new CopyOnWriteArrayList<>();
        TrainingService original = service(before);
        original.load(config, seeds).get(30, TimeUnit.SECONDS);
        steps(original, 30);
        original.configure(config.withLr(0.5), seeds).get(30, TimeUnit.SECONDS);
        steps(original, 20);

        // when its session is saved, opened in a new service and trained to the end
        Path file = dir.resolve("changed.json");
        SessionFiles.write(file, original.session().get(30, TimeUnit.SECONDS));
        List<Update> after = new CopyOnWriteArrayList<>();
        TrainingService opened = service(after);
        opened.restore(SessionJson.read(file), "changed.json").get(30, TimeUnit.SECONDS);
        steps(opened, 50);

        // then every record equals that of a service that made the same change and was never interrupted
        List<Update> whole = new CopyOnWriteArrayList<>();
        TrainingService uninterrupted = service(whole);
        uninterrupted.load(config, seeds).get(30, TimeUnit.SECONDS);
        steps(uninterrupted, 30);
        uninterrupted.configure(config.withLr(0.5), seeds).get(30, TimeUnit.SECONDS);
        steps(uninterrupted, 70);
        for (Method method : Method.DEFAULTS) {
            List<EpochRecord> expected = records(whole, method).stream().map(SessionRestoreTest::withoutTime).toList();
            List<EpochRecord> actual = records(after, method).stream().map(SessionRestoreTest::withoutTime).toList();
            assertEquals(101, actual.size(), method.id());
            assertEquals(expected, actual, method.id());
        }
        assertArrayEquals(latest(whole).left().theta(), latest(after).left().theta());
        assertArrayEquals(latest(whole).right().theta(), latest(after).right().theta());
        // and the snapshot, the saved file and the chart marker all name the change
        assertEquals(0.5, latest(after).config().lr());
        Session saved = SessionJson.read(file);
        assertEquals(0.5, saved.config().lr());
        assertEquals(List.of(new SettingsChange(30, config, config.withLr(0.5))), saved.settingsChanges());
        UiEvent.OptimizerChanged mark = after.stream().flatMap(u -> u.events().stream())
                .filter(UiEvent.OptimizerChanged.class::isInstance).map(UiEvent.OptimizerChanged.class::cast)
                .findFirst().orElseThrow();
        assertEquals(30, mark.epoch());
        assertEquals(config, mark.before());
        assertEquals(config.withLr(0.5), mark.after());
    }

    private static void steps(TrainingService s, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            s.step().get(30, TimeUnit.SECONDS);
        }
    }

    private static EpochRecord withoutTime(EpochRecord r) {
        return new EpochRecord(r.epoch(), r.trainLoss(), r.testLoss(), r.trainAcc(), r.testAcc(), r.step(),
                r.lossEvals(), r.gradNorm(), 0, r.status());
    }

    private static EpochView view(TrainingService s, int epoch) throws Exception {
        CompletableFuture<EpochView> v = new CompletableFuture<>();
        s.inspect(epoch, v::complete);
        return v.get(30, TimeUnit.SECONDS);
    }

    private static Snapshot latest(List<Update> updates) {
        for (int i = updates.size() - 1; i >= 0; i--) {
            if (updates.get(i).latest() != null) {
                return updates.get(i).latest();
            }
        }
        throw new AssertionError("no snapshot");
    }

    // the layer stats as the inspector keeps them: in epoch order, a repeated epoch ignored
    private static List<LayerStats> layerStats(List<Update> updates, Method method) {
        List<LayerStats> out = new ArrayList<>();
        for (Update u : updates) {
            for (UiEvent e : u.events()) {
                if (e instanceof UiEvent.Layers l && l.method().equals(method)
                        && (out.isEmpty() || out.get(out.size() - 1).epoch() < l.stats().epoch())) {
                    out.add(l.stats());
                }
            }
        }
        return out;
    }

    // the last record per epoch (a run that ends re-issues its last record with the final status)
    private static List<EpochRecord> records(List<Update> updates, Method method) {
        List<EpochRecord> out = new ArrayList<>();
        for (Update u : updates) {
            for (UiEvent e : u.events()) {
                if (e instanceof UiEvent.Epoch ep && ep.method().equals(method)) {
                    if (!out.isEmpty() && out.get(out.size() - 1).epoch() == ep.record().epoch()) {
                        out.set(out.size() - 1, ep.record());
                    } else {
                        out.add(ep.record());
                    }
                }
            }
        }
        return out;
    }
}
