package dev.moons.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.data.Standardizer;
import dev.moons.training.Config;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Point edits through the training service: a new reset at epoch 0 on the edited data, refusals, undo. */
class PointEditServiceTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);
    private static final int GRID = 20;

    private final List<Update> updates = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private TrainingService service;

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void anAddedPointJoinsTheTrainingSetAndBothRunsRestartFromTheSameWeights() throws Exception {
        // given a comparison trained for 5 epochs
        service = new TrainingService(Runnable::run, updates::add, GRID);
        service.load(SMALL, Seeds.of(1)).get(30, TimeUnit.SECONDS);
        UiEvent.Reset before = lastReset();
        double[] theta0 = firstSnapshot().left().theta();
        for (int i = 0; i < 5; i++) {
            service.step().get(30, TimeUnit.SECONDS);
        }
        // when a class-1 point is added
        service.addPoint(0.25, 1.5, 1, refusals::add).get(30, TimeUnit.SECONDS);
        // then a new reset shows one more training point (that one), the same test set, a refitted grid
        UiEvent.Reset after = lastReset();
        assertNotEquals(before.generation(), after.generation());
        assertEquals(before.train().size() + 1, after.train().size());
        Dataset train = after.train();
        assertEquals(0.25, train.x1(train.size() - 1));
        assertEquals(1.5, train.x2(train.size() - 1));
        assertEquals(1, train.label(train.size() - 1));
        assertArrayEquals(before.test().x1(), after.test().x1());
        assertArrayEquals(before.test().labels(), after.test().labels());
        assertEquals(before.all().size() + 1, after.all().size());
        assertEquals(before.grid().minX1(), after.grid().minX1());
        assertEquals(before.grid().maxX2(), after.grid().maxX2());
        assertEquals("two moons (edited, +1 / −0)", after.dataFile());
        assertTrue(after.reason().startsWith("added class 1 point"), after.reason());
        // and both runs are back at epoch 0 with the same initial weights, paused
        Snapshot now = updates.get(updates.size() - 1).latest();
        assertEquals(0, now.left().last().epoch());
        assertEquals(0, now.right().last().epoch());
        assertArrayEquals(theta0, now.left().theta());
        assertArrayEquals(theta0, now.right().theta());
        // and the boundary grid is fed to the network through the standardization of the new training set
        Standardizer refitted = Standardizer.fit(train);
        assertEquals(refitted.x1(after.grid().x1At(0)), after.grid().points().getDouble(0, 0), 1e-12);
        assertEquals(refitted.x2(after.grid().x2At(0)), after.grid().points().getDouble(0, 1), 1e-12);
        assertNotEquals(before.grid().points().getDouble(0, 0), after.grid().points().getDouble(0, 0));
        assertTrue(refusals.isEmpty(), refusals.toString());
    }

    @Test
    void removalsCountUndoRestoresAndRefusalsChangeNothing() throws Exception {
        service = new TrainingService(Runnable::run, updates::add, GRID);
        service.load(SMALL, Seeds.of(2)).get(30, TimeUnit.SECONDS);
        UiEvent.Reset start = lastReset();
        Dataset train = start.train();
        // when the training point 3 is removed by a click beside it
        service.removeNearestPoint(train.x1(3) + 1e-3, train.x2(3), 0.01, refusals::add).get(30, TimeUnit.SECONDS);
        UiEvent.Reset removed = lastReset();
        assertEquals(train.size() - 1, removed.train().size());
        assertEquals("two moons (edited, +0 / −1)", removed.dataFile());
        // when a click is far from every training point, nothing changes and one line says why
        service.removeNearestPoint(100, 100, 0.01, refusals::add).get(30, TimeUnit.SECONDS);
        assertEquals(removed.generation(), lastReset().generation());
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).startsWith("Nothing removed"), refusals.get(0));
        // when the edit is undone, the original training set is back and the data are generated moons again
        service.undoPointEdit(refusals::add).get(30, TimeUnit.SECONDS);
        UiEvent.Reset undone = lastReset();
        assertArrayEquals(train.x1(), undone.train().x1());
        assertArrayEquals(train.labels(), undone.train().labels());
        assertNull(undone.dataFile());
        // and with nothing left to undo, it says so
        service.undoPointEdit(refusals::add).get(30, TimeUnit.SECONDS);
        assertEquals(2, refusals.size());
        assertTrue(refusals.get(1).startsWith("Nothing to undo"), refusals.get(1));
    }

    @Test
    void theLastTrainingPointsOfAClassAreNotRemoved() throws Exception {
        // given loaded data whose class 1 has 6 points: 4 train, 2 test
        double[] x1 = new double[46];
        double[] x2 = new double[46];
        int[] labels = new int[46];
        for (int i = 0; i < 46; i++) {
            x1[i] = i;
            x2[i] = i % 5;
            labels[i] = i < 40 ? 0 : 1;
        }
        service = new TrainingService(Runnable::run, updates::add, GRID);
        service.load(SMALL, Seeds.of(3), new Dataset(x1, x2, labels), "few.csv").get(30, TimeUnit.SECONDS);
        assertEquals(4, lastReset().train().count(1));
        // when class-1 training points are removed one by one
        for (int k = 0; k < 3; k++) {
            Dataset train = lastReset().train();
            int row = firstOfClass(train, 1);
            service.removeNearestPoint(train.x1(row), train.x2(row), 0.1, refusals::add).get(30, TimeUnit.SECONDS);
        }
        // then two go, the third is refused, and 2 stay
        assertEquals(2, lastReset().train().count(1));
        assertEquals(List.of("Not removed: class 1 must keep at least 2 training points"), refusals);
        assertEquals("few.csv (edited, +0 / −2)", lastReset().dataFile());
        assertEquals(2, lastReset().test().count(1));
    }

    private UiEvent.Reset lastReset() {
        UiEvent.Reset last = null;
        for (Update u : updates) {
            for (UiEvent e : u.events()) {
                if (e instanceof UiEvent.Reset r) {
                    last = r;
                }
            }
        }
        return last;
    }

    private Snapshot firstSnapshot() {
        return updates.stream().map(Update::latest).filter(s -> s != null).findFirst().orElseThrow();
    }

    private static int firstOfClass(Dataset d, int label) {
        for (int i = 0; i < d.size(); i++) {
            if (d.label(i) == label) {
                return i;
            }
        }
        throw new AssertionError("no point of class " + label);
    }
}
