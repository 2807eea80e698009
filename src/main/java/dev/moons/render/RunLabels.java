package dev.moons.render;

import dev.moons.io.Numbers;
import dev.moons.training.EpochRecord;
import dev.moons.training.RunStatus;
import java.util.Locale;

/** Text for a run's overlay and status banner, shared by the live app and the offscreen charts; no JavaFX. */
public final class RunLabels {
    /** Top of every loss axis: a diverging run leaves the chart instead of flattening the others' curves. */
    public static final double LOSS_AXIS_CAP = 20;

    private RunLabels() {}

    /** Overlay lines for {@code record} of a run scheduled for {@code epochs} epochs: epoch, α, accuracy, loss. */
    public static String[] infoLines(EpochRecord record, int epochs) {
        return new String[] {
            "epoch " + record.epoch() + " / " + epochs,
            "α = " + Numbers.compact(record.step()),
            String.format(Locale.ROOT, "accuracy  train %s · test %s", percent(record.trainAcc()),
                    percent(record.testAcc())),
            String.format(Locale.ROOT, "loss  train %s · test %s", Numbers.compact(record.trainLoss()),
                    Numbers.compact(record.testLoss())),
        };
    }

    /** The banner text for {@code record}'s status: "" while running or finished, else e.g. "diverged at epoch 12". */
    public static String statusText(EpochRecord record) {
        RunStatus s = record.status();
        return switch (s) {
            case RUNNING, FINISHED -> "";
            case DIVERGED -> "diverged at epoch " + record.epoch() + " (loss or |θ| beyond 1e30)";
            case STALLED -> "stalled at epoch " + record.epoch() + ": no step decreases the loss";
            case CANCELLED -> "stopped at epoch " + record.epoch();
            case FAILED -> "failed at epoch " + record.epoch();
        };
    }

    /** Whether the status should be shown as an alarm (diverged or failed). */
    public static boolean isAlarm(RunStatus status) {
        return status == RunStatus.DIVERGED || status == RunStatus.FAILED;
    }

    /** A percentage with one decimal, "—" when not finite. */
    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f%%", 100 * fraction) : "—";
    }
}
