package dev.moons.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.training.BoundaryContour;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The training service without JavaFX: updates run on the calling thread or are held back by hand. */
class TrainingServiceTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);
    private static final int GRID = 20;

    private final List<Update> updates = new CopyOnWriteArrayList<>();
    private final List<Runnable> pending = Collections.synchronizedList(new ArrayList<>());
    private TrainingService service;

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void recordsAreDrainedInOrderWithNoHoles() throws Exception {
        // given a service whose updates run at once on the training thread
        service = new TrainingService(Runnable::run, updates::add, GRID);
        service.load(SMALL, Seeds.of(1)).get(30, TimeUnit.SECONDS);
        // when it trains 30 single steps
        for (int i = 0; i < 30; i++) {
            service.step().get(30, TimeUnit.SECONDS);
        }
        // then each method got epochs 0..30 exactly once, in order
        for (Method method : Method.DEFAULTS) {
            List<Integer> epochs = epochsOf(allEvents(), method);
            assertEquals(31, epochs.size(), method.id());
            for (int k = 0; k < epochs.size(); k++) {
                assertEquals(k, epochs.get(k), method + " epoch at position " + k);
            }
        }
        Snapshot last = updates.get(updates.size() - 1).latest();
        assertEquals(30, last.left().last().epoch());
        assertEquals(GRID * GRID, last.left().probabilities().length);
        // and each run's contour, traced on the training thread, is the one of the probabilities it came with
        for (RunSnapshot run : List.of(last.left(), last.right())) {
            BoundaryContour again = BoundaryContour.of(run.probabilities(), GRID, GRID, new BoundaryContour.Tracer());
            assertTrue(run.contour().segments() > 0, run.method().id());
            assertEquals(again.segments(), run.contour().segments());
            assertArrayEquals(again.points(), run.contour().points());
            assertArrayEquals(again.starts(), run.contour().starts());
        }
    }

    @Test
    void manyRecordsCoalesceIntoOneUpdate() throws Exception {
        // given a UI that has not run any update yet
        service = new TrainingService(pending::add, updates::add, GRID);
        service.load(SMALL, Seeds.of(1)).get(30, TimeUnit.SECONDS);
        // when 50 epochs are trained before the UI gets to run
        for (int i = 0; i < 50; i++) {
            service.step().get(30, TimeUnit.SECONDS);
        }
        // then one update was scheduled, and it carries every record and the newest snapshot
        assertEquals(1, pending.size());
        pending.get(0).run();
        assertEquals(1, updates.size());
        Update update = updates.get(0);
        assertInstanceOf(UiEvent.Reset.class, update.events().get(0));
        assertEquals(1 + 2 * 51, update.events().stream()
                .filter(e -> !(e instanceof UiEvent.LineSearch) && !(e instanceof UiEvent.Layers)).count());
        assertEquals(2 * 51, update.events().stream().filter(UiEvent.Layers.class::isInstance).count());
        List<UiEvent.LineSearch> pictures = update.events().stream().filter(UiEvent.LineSearch.class::isInstance)
                .map(UiEvent.LineSearch.class::cast).toList();
        assertEquals(50, pictures.get(pictures.size() - 1).picture().epoch());
        assertEquals(50, update.latest().left().last().epoch());
        assertEquals(50, update.latest().right().last().epoch());
    }

    @Test
    void liveLineSearchIsDrawnOnTheTrainingThreadAtMostFourTimesASecondAndAtTheEnd() throws Exception {
        // given a long run played flat out, every update recorded with the thread it ran on
        List<String> threads = new CopyOnWriteArrayList<>();
        service = new TrainingService(r -> {
            threads.add(Thread.currentThread().getName());
            r.run();
        }, updates::add, GRID);
        service.load(SMALL.withEpochs(3000), Seeds.of(2)).get(30, TimeUnit.SECONDS);
        service.setPace(Pace.MAX);
        long start = System.nanoTime();
        service.play();
        awaitTrue(Duration.ofSeconds(120), () -> !service.isPlaying());
        double seconds = (System.nanoTime() - start) / 1e9;
        // then pictures came from the training thread, at most one per 250 ms, the last one for the run's last epoch
        List<UiEvent.LineSearch> pictures = updates.stream().flatMap(u -> u.events().stream())
                .filter(UiEvent.LineSearch.class::isInstance).map(UiEvent.LineSearch.class::cast).toList();
        assertTrue(threads.stream().allMatch("moons-training"::equals), threads.toString());
        assertTrue(pictures.size() <= 2 + seconds * 4, pictures.size() + " pictures in " + seconds + " s");
        int lastEpoch = updates.get(updates.size() - 1).latest().right().last().epoch();
        assertEquals(lastEpoch, pictures.get(pictures.size() - 1).picture().epoch());
    }

    @Test
    void playTrainsToTheEndAndStops() throws Exception {
        // given a loaded comparison at the fastest pace
        service = new TrainingService(Runnable::run, updates::add, GRID);
        service.load(SMALL, Seeds.of(2)).get(30, TimeUnit.SECONDS);
        service.setPace(Pace.MAX);
        // when it plays
        service.play();
        // then both runs end and the service stops by itself
        awaitTrue(Duration.ofSeconds(60), () -> !service.isPlaying());
        Snapshot last = updates.get(updates.size() - 1).latest();
        assertEquals(RunStatus.FINISHED, last.left().last().status());
        assertEquals(100, last.left().last().epoch());
        assertEquals(101, epochsOf(allEvents(), Method.BACKTRACKING).size());
    }

    @Test
    void learningRateChangeTakesEffectNextEpochAndIsMarked() throws Exception {
        // given 5 epochs at lr 0.01
        service = new TrainingService(Runnable::run, updates::add, GRID);
        service.load(SMALL, Seeds.of(3)).get(30, TimeUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            service.step().get(30, TimeUnit.SECONDS);
        }
        // when the learning rate becomes 0.1 and one more epoch runs
        service.configure(SMALL.withLr(0.1), Seeds.of(3)).get(30, TimeUnit.SECONDS);
        service.step().get(30, TimeUnit.SECONDS);
        // then the change is marked after epoch 5 (from lr 0.01 to 0.1), epoch 6 used α 0.1, and nothing restarted
        UiEvent.OptimizerChanged mark = allEvents().stream().filter(UiEvent.OptimizerChanged.class::isInstance)
                .map(UiEvent.OptimizerChanged.class::cast).findFirst().orElseThrow();
        assertEquals(5, mark.epoch());
        assertEquals(SMALL, mark.before());
        assertEquals(SMALL.withLr(0.1), mark.after());
        Snapshot last = updates.get(updates.size() - 1).latest();
        assertEquals(6, last.left().last().epoch());
        assertEquals(0.1, last.left().last().step(), 1e-12);
        assertEquals(1, allEvents().stream().filter(UiEvent.Reset.class::isInstance).count());
    }

    @Test
    void resetReturnsToEpochZeroWithTheSameInitialLoss() throws Exception {
        // given a few trained epochs
        service = new TrainingService(Runnable::run, updates::add, GRID);
        service.load(SMALL, Seeds.of(4)).get(30, TimeUnit.SECONDS);
        double initialLoss = updates.get(0).latest().left().last().trainLoss();
        for (int i = 0; i < 3; i++) {
            service.step().get(30, TimeUnit.SECONDS);
        }
        // when reset
        service.reset().get(30, TimeUnit.SECONDS);
        // then a new generation starts at epoch 0 with the same loss
        Snapshot last = updates.get(updates.size() - 1).latest();
        assertEquals(2, last.generation());
        assertEquals(0, last.left().last().epoch());
        assertEquals(initialLoss, last.left().last().trainLoss(), 0.0);
        assertEquals(initialLoss, last.right().last().trainLoss(), 0.0);
    }

    @Test
    void newDataSeedRegeneratesButNewInitSeedKeepsTheData() throws Exception {
        service = new TrainingService(Runnable::run, updates::add, GRID);
        service.load(SMALL, Seeds.of(5)).get(30, TimeUnit.SECONDS);
        double[] x1 = lastReset().train().x1();
        // when only the init seed changes, the data stays
        service.configure(SMALL, Seeds.of(5).withInit(6)).get(30, TimeUnit.SECONDS);
        assertEquals(x1[0], lastReset().train().x1()[0], 0.0);
        // when the data seed changes, the data changes
        service.configure(SMALL, Seeds.of(5).withInit(6).withData(6)).get(30, TimeUnit.SECONDS);
        assertTrue(x1[0] != lastReset().train().x1()[0]);
    }

    @Test
    void failureOnTheTrainingThreadIsReportedAndStopsTraining() throws Exception {
        // given a boundary grid size the core rejects
        service = new TrainingService(Runnable::run, updates::add, 1);
        // when loading
        service.load(SMALL, Seeds.of(1)).get(30, TimeUnit.SECONDS);
        // then a one-line failure reaches the UI and nothing is playing
        UiEvent.Failure failure = allEvents().stream().filter(UiEvent.Failure.class::isInstance)
                .map(UiEvent.Failure.class::cast).findFirst().orElseThrow();
        assertTrue(failure.message().startsWith("loading failed: grid size"), failure.message());
        assertFalse(failure.message().contains("\n"));
        assertFalse(service.isPlaying());
    }

    @Test
    void changeKindsOrderFromOptimizerToData() {
        Seeds s = Seeds.of(1);
        assertEquals(ChangeKind.NONE, ChangeKind.between(SMALL, s, SMALL, s));
        assertEquals(ChangeKind.OPTIMIZER, ChangeKind.between(SMALL, s, SMALL.withLr(1), s));
        assertEquals(ChangeKind.OPTIMIZER, ChangeKind.between(SMALL, s, SMALL.withLineSearch(1, 0.3, 1e-4, true), s));
        assertEquals(ChangeKind.SCHEDULE, ChangeKind.between(SMALL, s, SMALL.withEpochs(7), s));
        assertEquals(ChangeKind.SCHEDULE, ChangeKind.between(SMALL, s, SMALL.withBatch(10), s));
        // the lanes' methods restart from the same data and weights; a method's own settings swap its optimizer
        assertEquals(ChangeKind.SCHEDULE, ChangeKind.between(SMALL, s,
                SMALL.withMethods(java.util.List.of(dev.moons.training.Method.MOMENTUM,
                        dev.moons.training.Method.BACKTRACKING)), s));
        assertEquals(ChangeKind.OPTIMIZER, ChangeKind.between(SMALL, s,
                SMALL.withMethodSettings(SMALL.methodSettings().withMomentum(0.5)), s));
        assertEquals(ChangeKind.OPTIMIZER, ChangeKind.between(SMALL, s,
                SMALL.withMethodSettings(SMALL.methodSettings().withAdam(0.8, 0.99, 1e-6)), s));
        assertEquals(ChangeKind.MODEL, ChangeKind.between(SMALL, s, SMALL.withHidden(3), s));
        assertEquals(ChangeKind.MODEL, ChangeKind.between(SMALL, s,
                SMALL.withActivation(dev.moons.model.Activation.TANH), s));
        assertEquals(ChangeKind.MODEL, ChangeKind.between(SMALL, s, SMALL, s.withInit(9)));
        assertEquals(ChangeKind.DATA, ChangeKind.between(SMALL, s, SMALL.withNoise(0.3), s));
        assertEquals(ChangeKind.DATA, ChangeKind.between(SMALL, s, SMALL, s.withData(9)));
    }

    private List<UiEvent> allEvents() {
        List<UiEvent> all = new ArrayList<>();
        updates.forEach(u -> all.addAll(u.events()));
        return all;
    }

    private UiEvent.Reset lastReset() {
        List<UiEvent> all = allEvents();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i) instanceof UiEvent.Reset r) {
                return r;
            }
        }
        throw new AssertionError("no reset event");
    }

    private static List<Integer> epochsOf(List<UiEvent> events, Method method) {
        List<Integer> epochs = new ArrayList<>();
        for (UiEvent e : events) {
            if (e instanceof UiEvent.Epoch ep && ep.method().equals(method)) {
                epochs.add(ep.record().epoch());
            }
        }
        return epochs;
    }

    private static void awaitTrue(Duration timeout, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(20);
        }
        assertNotNull(condition);
    }
}
