package dev.moons.training.sweep;

/**
 * How far a sweep has got.
 *
 * @param done        runs ended so far (finished, diverged, cancelled, …)
 * @param total       runs in the sweep: (learning rates + 1) × seeds
 * @param elapsedMs   wall time since the sweep started, in milliseconds
 * @param remainingMs estimated wall time to the end, elapsed × (total − done) / done; NaN before the first run ends
 */
public record SweepProgress(int done, int total, double elapsedMs, double remainingMs) {

    /** Progress after {@code done} of {@code total} runs in {@code elapsedMs}, with its linear estimate. */
    public static SweepProgress of(int done, int total, double elapsedMs) {
        double remaining = done == 0 ? Double.NaN : elapsedMs * (total - done) / done;
        return new SweepProgress(done, total, elapsedMs, remaining);
    }

    /** Fraction done, in [0, 1]. */
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
