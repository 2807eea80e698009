package dev.moons.app;

import dev.moons.data.Seeds;
import dev.moons.training.Config;

/** What a settings change requires, from the cheapest to the most: the larger kinds include the smaller. */
public enum ChangeKind {
    /** Nothing relevant changed. */
    NONE,
    /** Only the learning rate or line-search settings: swap the optimizers from the next epoch. */
    OPTIMIZER,
    /** Epochs, batch size or batch order: restart from the same data and initial weights. */
    SCHEDULE,
    /** Hidden units, activation or initial weights: same data, new initial weights, restart. */
    MODEL,
    /** Samples, noise, train ratio, data or split seed: new data, new weights, restart. */
    DATA;

    /** The kind of change from ({@code a}, {@code sa}) to ({@code b}, {@code sb}). */
    public static ChangeKind between(Config a, Seeds sa, Config b, Seeds sb) {
        if (a.samples() != b.samples() || a.noise() != b.noise() || a.trainRatio() != b.trainRatio()
                || sa.data() != sb.data() || sa.split() != sb.split()) {
            return DATA;
        }
        if (a.hidden() != b.hidden() || a.activation() != b.activation() || sa.init() != sb.init()) {
            return MODEL;
        }
        if (a.epochs() != b.epochs() || a.batch() != b.batch() || sa.batch() != sb.batch()) {
            return SCHEDULE;
        }
        if (a.lr() != b.lr() || a.alpha0() != b.alpha0() || a.rho() != b.rho() || a.c() != b.c()
                || a.warmStart() != b.warmStart()) {
            return OPTIMIZER;
        }
        return NONE;
    }
}
