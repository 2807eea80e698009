package dev.moons.training;

import dev.moons.optim.StepResult;
import java.util.Map;
import java.util.TreeMap;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The parameters of every run of a comparison every k epochs, so that any past epoch can be shown again
 * (boundaries and line search re-evaluated on demand). k starts at 1 and doubles, dropping every other kept
 * epoch, whenever more than {@link #maxKept} epochs would be kept: at most {@value #BUDGET_DOUBLES} numbers
 * (32 MB) and {@value #MAX_KEPT} epochs, so every epoch up to 2000 at the default width. Not thread-safe.
 */
public final class EpochArchive {
    /** The most epochs kept at once. */
    public static final int MAX_KEPT = 2001;
    /** The most parameter values kept at once (three vectors per kept epoch). */
    public static final long BUDGET_DOUBLES = 4L << 20;

    /**
     * One kept epoch.
     *
     * @param epoch     the epoch
     * @param thetas    each run's θ [4H+1] after it, by method in lane order
     * @param records   each run's record (its last one, if it ended earlier), by method in lane order
     * @param stepStart the line-search run's θ before the step of this epoch ({@link Comparison#lineSearchRun()}),
     *                  or null at epoch 0 or when no run is a line search
     * @param step      that step's result, or null with it
     */
    public record Kept(int epoch, Map<Method, double[]> thetas, Map<Method, EpochRecord> records, double[] stepStart,
            StepResult step) {

        /** Keeps the maps' order (lane order) and refuses records of other methods than the θs. */
        public Kept {
            thetas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(thetas));
            records = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(records));
            if (!records.isEmpty() && !records.keySet().equals(thetas.keySet())) {
                throw new IllegalArgumentException("kept epoch " + epoch + " has records of " + records.keySet()
                        + " but θ of " + thetas.keySet());
            }
        }

        /** The methods kept, lane order. */
        public java.util.List<Method> methods() {
            return java.util.List.copyOf(thetas.keySet());
        }

        /** The θ [4H+1] of {@code method}'s run after this epoch (a copy). */
        public double[] theta(Method method) {
            double[] t = thetas.get(method);
            if (t == null) {
                throw new IllegalArgumentException("no run of " + method.id() + " at epoch " + epoch);
            }
            return t.clone();
        }

        /** The θ of {@code method}'s run as an array [4H+1]. */
        public INDArray parameters(Method method) {
            return Nd4j.createFromArray(theta(method));
        }

        /** The record of {@code method}'s run at this epoch. */
        public EpochRecord record(Method method) {
            return records.get(method);
        }
    }

    private final TreeMap<Integer, Kept> kept = new TreeMap<>();
    private final int maxKept;
    private int stride = 1;

    /** An empty archive for models of {@code parameters} parameters. */
    public EpochArchive(int parameters) {
        long byBudget = BUDGET_DOUBLES / (3L * parameters);
        this.maxKept = (int) Math.max(101, Math.min(MAX_KEPT, byBudget));
    }

    /** The current spacing k of kept epochs. */
    public int stride() {
        return stride;
    }

    /** The most epochs this archive keeps before coarsening. */
    public int maxKept() {
        return maxKept;
    }

    /** How many epochs are kept now. */
    public int size() {
        return kept.size();
    }

    /** Every kept epoch, in increasing order (an unmodifiable copy; the entries' arrays are shared). */
    public java.util.List<Kept> kept() {
        return java.util.List.copyOf(kept.values());
    }

    /**
     * An archive as saved: spacing {@code stride} (a power of 2) and {@code entries} in increasing epoch order, each
     * a multiple of the stride, at most {@link #maxKept()} of them; throws {@link IllegalArgumentException} otherwise.
     */
    public static EpochArchive restored(int parameters, int stride, java.util.List<Kept> entries) {
        EpochArchive archive = new EpochArchive(parameters);
        if (stride < 1 || Integer.bitCount(stride) != 1) {
            throw new IllegalArgumentException("stride must be a power of 2, was " + stride);
        }
        if (entries.size() > archive.maxKept) {
            throw new IllegalArgumentException("at most " + archive.maxKept + " kept epochs, were " + entries.size());
        }
        archive.stride = stride;
        int previous = -1;
        for (Kept k : entries) {
            if (k.epoch() <= previous || k.epoch() % stride != 0) {
                throw new IllegalArgumentException("kept epoch " + k.epoch() + " is not increasing or not a multiple"
                        + " of the stride " + stride);
            }
            previous = k.epoch();
            archive.kept.put(k.epoch(), k);
        }
        return archive;
    }

    /** Keeps the state of {@code comparison} at its current epoch when that epoch is a multiple of k. */
    public void keep(Comparison comparison) {
        int epoch = comparison.epoch();
        if (epoch % stride != 0 || kept.containsKey(epoch)) {
            return;
        }
        Map<Method, double[]> thetas = new java.util.LinkedHashMap<>();
        Map<Method, EpochRecord> records = new java.util.LinkedHashMap<>();
        for (TrainingRun run : comparison.runs()) {
            thetas.put(run.method(), run.parameterValues());
            records.put(run.method(), run.last());
        }
        TrainingRun search = comparison.lineSearchRun().orElse(null);
        double[] stepStart = search != null && search.epoch() == epoch ? search.lastStepStartValues() : null;
        kept.put(epoch, new Kept(epoch, thetas, records, stepStart, stepStart == null ? null : search.lastStep()));
        while (kept.size() > maxKept) {
            coarsen();
        }
    }

    /** The kept epoch nearest to {@code epoch} (the earlier one on a tie), or null when nothing is kept. */
    public Kept nearest(int epoch) {
        Map.Entry<Integer, Kept> below = kept.floorEntry(epoch);
        Map.Entry<Integer, Kept> above = kept.ceilingEntry(epoch);
        if (below == null) {
            return above == null ? null : above.getValue();
        }
        if (above == null || epoch - below.getKey() <= above.getKey() - epoch) {
            return below.getValue();
        }
        return above.getValue();
    }

    private void coarsen() {
        stride *= 2;
        kept.keySet().removeIf(e -> e % stride != 0);
    }
}
