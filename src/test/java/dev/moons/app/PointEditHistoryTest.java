package dev.moons.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The undo history of hand edits, without training: the problems are never looked at, only kept. */
class PointEditHistoryTest {
    private final PointEditHistory history = new PointEditHistory();

    @Test
    void keepsAtMostUndoDepthEditsNewestFirst() {
        // given one edit more than can be undone
        for (int i = 0; i <= PointEditHistory.UNDO_DEPTH; i++) {
            history.record(null, null, null, 1, 0, "edit " + i);
        }
        // then the oldest is forgotten, and undo takes them back newest first
        assertEquals(PointEditHistory.UNDO_DEPTH, history.undoable());
        for (int i = PointEditHistory.UNDO_DEPTH; i >= 1; i--) {
            assertEquals("edit " + i, history.undo().what());
        }
        assertNull(history.undo());
    }

    @Test
    void namesCountEditsFromTheirBaseAndUndoRestoresTheCounts() {
        assertEquals("two moons (edited, +1 / −0)", history.record(null, null, null, 1, 0, "add"));
        assertEquals("two moons (edited, +1 / −1)", history.record(null, null, null, 0, 1, "remove"));
        // when the removal is undone, the next edit counts from +1 / −0
        PointEditHistory.BeforeEdit before = history.undo();
        assertEquals(1, before.added());
        assertEquals(0, before.removed());
        assertEquals("two moons (edited, +2 / −0)", history.record(null, null, null, 1, 0, "add"));
    }

    @Test
    void aNewSplitForgetsTheUndosButANewDatasetAlsoTheCounts() {
        history.record(null, null, "points.csv", 1, 0, "add");
        history.newSplit();
        assertEquals(0, history.undoable());
        assertEquals("points.csv (edited, +2 / −0)", history.record(null, null, null, 1, 0, "add"));
        history.newDataset();
        assertEquals(0, history.undoable());
        assertEquals("two moons (edited, +1 / −0)", history.record(null, null, null, 1, 0, "add"));
    }
}
