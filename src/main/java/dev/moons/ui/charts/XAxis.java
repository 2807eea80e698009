package dev.moons.ui.charts;

import dev.moons.training.EpochRecord;

/** What the loss chart's x axis counts: epochs, cumulative loss evaluations or the method's own training time. */
public enum XAxis {
    EPOCH("epoch", "epoch"),
    LOSS_EVALS("evals", "loss evaluations"),
    TIME_MS("time", "training time (ms)");

    private final String shortLabel;
    private final String axisLabel;

    XAxis(String shortLabel, String axisLabel) {
        this.shortLabel = shortLabel;
        this.axisLabel = axisLabel;
    }

    /** The x value of {@code r} on this axis. */
    double x(EpochRecord r) {
        return switch (this) {
            case EPOCH -> r.epoch();
            case LOSS_EVALS -> r.lossEvals();
            case TIME_MS -> r.timeMs();
        };
    }

    /** Text of the axis switch button. */
    String shortLabel() {
        return shortLabel;
    }

    /** Text under the axis. */
    String axisLabel() {
        return axisLabel;
    }
}
