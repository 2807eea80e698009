package dev.moons.training;

/** Where a training run stands. */
public enum RunStatus {
    /** Not finished: more epochs to go. */
    RUNNING,
    /** All scheduled epochs done. */
    FINISHED,
    /** A non-finite loss or gradient appeared; the epoch where it did is recorded. */
    DIVERGED,
    /** The line search found no decrease down to its smallest step: no step is possible in floating point. */
    STALLED,
    /** Stopped on request between steps. */
    CANCELLED,
    /** An unexpected error ended the run. */
    FAILED;

    /** Whether the run can take no more epochs. */
    public boolean isTerminal() {
        return this != RUNNING;
    }

    /** Lower-case name used in files and tables. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
