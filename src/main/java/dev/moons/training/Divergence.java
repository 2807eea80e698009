package dev.moons.training;

/**
 * When a run has diverged, the one rule for the command line and the app: its training loss or its largest
 * |parameter| is not finite or is beyond {@link #LIMIT}. Past that the views cannot show the run faithfully (the
 * float32 heatmap overflows and freezes, the loss axis spans hundreds of decades), so the run stops there and is
 * reported as "diverged at epoch e".
 */
public final class Divergence {
    /** The largest training loss and |θ| a run may reach and still count as training: 1e30. */
    public static final double LIMIT = 1e30;

    private Divergence() {}

    /** Whether a run with training loss {@code loss} and largest |θ| {@code maxAbsTheta} has diverged. */
    public static boolean diverged(double loss, double maxAbsTheta) {
        return !(Math.abs(loss) <= LIMIT) || !(maxAbsTheta <= LIMIT);
    }
}
