package dev.moons.training;

import dev.moons.data.CsvDataset;
import dev.moons.data.Dataset;
import java.util.Locale;

/**
 * Points added to or removed from a problem's training set by hand. The test set and the rest of the split stay
 * exactly as they are; the standardization is fitted again on the new training set ({@link Problem#withTraining}).
 * An edit the model or the settings cannot take is refused with a one-line {@link Refused} and changes nothing.
 */
public final class PointEdits {
    /** Fewest training points each class keeps: the same bound as a loaded file's split (at least 2 per class). */
    public static final int MIN_TRAIN_PER_CLASS = 2;
    /** Most points (train + test) an edited dataset may have: the CSV import's limit, so an export reloads. */
    public static final int MAX_POINTS = CsvDataset.MAX_ROWS;

    private PointEdits() {}

    /** Why an edit was not made, in one line. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** {@code problem} with (x1, x2) of class {@code label} (0 or 1) appended to its training set; raw coordinates. */
    public static Problem add(Problem problem, double x1, double x2, int label) throws Refused {
        if (!Double.isFinite(x1) || !Double.isFinite(x2)) {
            throw new Refused("Not added: a point needs finite coordinates, was (" + x1 + ", " + x2 + ")");
        }
        if (label != 0 && label != 1) {
            throw new Refused("Not added: label must be 0 or 1, was " + label);
        }
        if (problem.all().size() >= MAX_POINTS) {
            throw new Refused("Not added: the dataset already has the most points allowed, " + MAX_POINTS);
        }
        return problem.withTraining(problem.trainRaw().with(x1, x2, label));
    }

    /**
     * Row of the training point nearest to (x1, x2) if it lies within {@code radius} (data units, Euclidean),
     * else -1. Test points are never candidates: the test set is not edited.
     */
    public static int nearestTraining(Problem problem, double x1, double x2, double radius) {
        Dataset train = problem.trainRaw();
        int row = train.nearest(x1, x2);
        if (row < 0 || Math.hypot(train.x1(row) - x1, train.x2(row) - x2) > radius) {
            return -1;
        }
        return row;
    }

    /**
     * {@code problem} without training row {@code row}. Refused when its class would keep fewer than
     * {@link #MIN_TRAIN_PER_CLASS} training points, or fewer training points would remain than the mini-batch
     * size {@code batch} (0 = full batch, no bound).
     */
    public static Problem remove(Problem problem, int row, int batch) throws Refused {
        Dataset train = problem.trainRaw();
        if (row < 0 || row >= train.size()) {
            throw new Refused("no training point " + row + " (there are " + train.size() + ")");
        }
        int label = train.label(row);
        if (train.count(label) <= MIN_TRAIN_PER_CLASS) {
            throw new Refused("Not removed: class " + label + " must keep at least " + MIN_TRAIN_PER_CLASS
                    + " training points");
        }
        if (batch > 0 && train.size() - 1 < batch) {
            throw new Refused("Not removed: the batch size " + batch + " needs at least " + batch
                    + " training points");
        }
        return problem.withTraining(train.without(row));
    }

    /** The name of a dataset {@code base} after hand edits, e.g. "two moons (edited, +3 / −1)". */
    public static String name(String base, int added, int removed) {
        return base + " (edited, +" + added + " / −" + removed + ")";
    }

    /** "class 1 point at (0.52, −0.31)". */
    public static String describe(int label, double x1, double x2) {
        return String.format(Locale.ROOT, "class %d point at (%.3f, %.3f)", label, x1, x2).replace("-", "−");
    }
}
