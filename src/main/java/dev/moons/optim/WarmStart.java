package dev.moons.optim;

/**
 * A line search's warm start and the one α it keeps between steps: with it on, each search after an accepted step
 * starts at min(α₀, 2 × the last accepted α), else at α₀. Shared by backtracking and armijo-interp.
 */
final class WarmStart {
    private final double alpha0;
    private final boolean on;
    private double lastAccepted = Double.NaN;

    /** The warm start of searches from {@code alpha0}, {@code on} or off. */
    WarmStart(double alpha0, boolean on) {
        this.alpha0 = alpha0;
        this.on = on;
    }

    /** Whether searches start from twice the last accepted α (capped at α₀). */
    boolean isOn() {
        return on;
    }

    /** The α the next search tries first: α₀, or with warm start min(α₀, 2 × last accepted α) once one exists. */
    double initialStep() {
        return on && !Double.isNaN(lastAccepted) ? Math.min(alpha0, 2 * lastAccepted) : alpha0;
    }

    /** The last accepted α, or NaN before the first accepted step. */
    double lastAccepted() {
        return lastAccepted;
    }

    /** A search accepted {@code alpha}. */
    void accepted(double alpha) {
        lastAccepted = alpha;
    }

    /** Continues a saved run: the next warm-started search builds on {@code alpha} (NaN: none; else finite &gt; 0). */
    void resumeAfter(double alpha) {
        if (!Double.isNaN(alpha) && !(alpha > 0 && Double.isFinite(alpha))) {
            throw new IllegalArgumentException("last accepted step must be NaN or finite and > 0, was " + alpha);
        }
        lastAccepted = alpha;
    }
}
