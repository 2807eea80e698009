package dev.moons.app;

import dev.moons.data.Dataset;
import dev.moons.training.PointEdits;
import dev.moons.training.Problem;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hand edits of the training set: the data they started from, how many points were added and removed, and the
 * states before each edit, newest first, for undo (at most {@link #UNDO_DEPTH}). Confined to the training thread.
 */
final class PointEditHistory {
    /** Most edits that can be undone; older ones are forgotten. */
    static final int UNDO_DEPTH = 100;

    /** The state an edit replaced: its problem, data file and counts, and the edit in words. */
    record BeforeEdit(Problem problem, Dataset fileData, String fileName, int added, int removed, String what) {
    }

    private final Deque<BeforeEdit> undo = new ArrayDeque<>();
    private String editBase;
    private int added;
    private int removed;

    /**
     * Records an edit of {@code shown} (from {@code fileData} named {@code fileName}, null for generated moons) that
     * adds {@code plus} and removes {@code minus} points; returns the edited data's name, e.g.
     * "two moons (edited, +2 / −1)".
     */
    String record(Problem shown, Dataset fileData, String fileName, int plus, int minus, String what) {
        undo.addFirst(new BeforeEdit(shown, fileData, fileName, added, removed, what));
        if (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
        if (editBase == null) {
            editBase = fileName == null ? "two moons" : fileName;
        }
        added += plus;
        removed += minus;
        return PointEdits.name(editBase, added, removed);
    }

    /** Takes back the newest edit: the state before it, with the counts as they were then; null when none is left. */
    BeforeEdit undo() {
        BeforeEdit before = undo.pollFirst();
        if (before != null) {
            added = before.added();
            removed = before.removed();
        }
        return before;
    }

    /** A new split of the same data: earlier edits can no longer be undone, the counts go on. */
    void newSplit() {
        undo.clear();
    }

    /** A new dataset: nothing to undo, and edits count from here. */
    void newDataset() {
        undo.clear();
        editBase = null;
        added = 0;
        removed = 0;
    }

    /** How many edits can be undone now. */
    int undoable() {
        return undo.size();
    }
}
