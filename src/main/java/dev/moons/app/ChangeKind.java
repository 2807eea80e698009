package dev.moons.app;

import dev.moons.data.Seeds;
import dev.moons.training.Config;

/** What a settings change requires, from the cheapest to the most: the larger kinds include the smaller. */
public enum ChangeKind {
    /** Nothing relevant changed. */
    NONE,
    /**
     * Only the learning rate, the line-search settings or a method's own settings (μ, β1, β2, ε, c2, sls's c, γ,
     * η_max): swap the optimizers from the next epoch.
     */
    OPTIMIZER,
    /**
     * Epochs, batch size, batch order, weight decay or the lanes' methods: restart from the same data and initial
     * weights.
     */
    SCHEDULE,
    /** Hidden units, activation or initial weights: same data, new initial weights, restart. */
    MODEL,
    /** Dataset or its parameters, samples, noise, train ratio, data or split seed: new data, new weights, restart. */
    DATA;

    /** The kind of change from ({@code a}, {@code sa}) to ({@code b}, {@code sb}). */
    public static ChangeKind between(Config a, Seeds sa, Config b, Seeds sb) {
        if (a.samples() != b.samples() || a.noise() != b.noise() || a.trainRatio() != b.trainRatio()
                || sa.data() != sb.data() || sa.split() != sb.split() || a.dataset() != b.dataset()
                || a.factor() != b.factor() || a.turns() != b.turns() || a.distance() != b.distance()) {
            return DATA;
        }
        if (a.hidden() != b.hidden() || a.activation() != b.activation() || sa.init() != sb.init()) {
            return MODEL;
        }
        if (a.epochs() != b.epochs() || a.batch() != b.batch() || sa.batch() != sb.batch()
                || a.weightDecay() != b.weightDecay() || !a.methods().equals(b.methods())) {
            return SCHEDULE;
        }
        if (a.lr() != b.lr() || a.alpha0() != b.alpha0() || a.rho() != b.rho() || a.c() != b.c()
                || a.warmStart() != b.warmStart() || !a.methodSettings().equals(b.methodSettings())) {
            return OPTIMIZER;
        }
        return NONE;
    }
}
