package dev.moons.training;

import dev.moons.optim.StepResult;
import java.util.Map;
import java.util.TreeMap;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The parameters of both runs of a comparison every k epochs, so that any past epoch can be shown again
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
     * @param epoch             the epoch
     * @param fixedTheta        the fixed run's θ after it
     * @param backtrackingTheta the backtracking run's θ after it
     * @param fixedRecord       the fixed run's record (its last one, if it ended earlier)
     * @param backtrackingRecord the backtracking run's record
     * @param stepStart         the backtracking run's θ before the step of this epoch, or null at epoch 0
     * @param step              that step's result, or null at epoch 0
     */
    public record Kept(int epoch, double[] fixedTheta, double[] backtrackingTheta, EpochRecord fixedRecord,
            EpochRecord backtrackingRecord, double[] stepStart, StepResult step) {

        /** The fixed run's θ as an array. */
        public INDArray fixed() {
            return Nd4j.createFromArray(fixedTheta.clone());
        }

        /** The backtracking run's θ as an array. */
        public INDArray backtracking() {
            return Nd4j.createFromArray(backtrackingTheta.clone());
        }

        /** The θ [4H+1] of {@code method}'s run after this epoch (a copy). */
        public double[] theta(Method method) {
            return (method == Method.FIXED ? fixedTheta : backtrackingTheta).clone();
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
        TrainingRun fixed = comparison.fixed();
        TrainingRun backtracking = comparison.backtracking();
        int epoch = Math.max(fixed.epoch(), backtracking.epoch());
        if (epoch % stride != 0 || kept.containsKey(epoch)) {
            return;
        }
        double[] stepStart = backtracking.epoch() == epoch ? backtracking.lastStepStartValues() : null;
        kept.put(epoch, new Kept(epoch, fixed.parameterValues(), backtracking.parameterValues(), fixed.last(),
                backtracking.last(), stepStart, stepStart == null ? null : backtracking.lastStep()));
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
