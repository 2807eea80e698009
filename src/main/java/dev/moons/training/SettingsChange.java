package dev.moons.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One change of the optimizer settings during a comparison. {@code epoch} is the last epoch completed with
 * {@code before} (the epoch both runs still going had reached when the change was made, at least 1); the steps to
 * epoch + 1 and later use {@code after}. The two differ only in the optimizer settings lr, α0, ρ, c and warm start.
 */
public record SettingsChange(int epoch, Config before, Config after) {

    /** Checks the epoch and that only the optimizer settings changed. */
    public SettingsChange {
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        if (epoch < 1) {
            throw new IllegalArgumentException("a settings change is recorded at epoch 1 or later, was " + epoch);
        }
        requireOptimizerOnly(before, after);
        if (before.equals(after)) {
            throw new IllegalArgumentException("a settings change at epoch " + epoch + " changes nothing");
        }
    }

    /** {@code base} with the optimizer settings (lr, α0, ρ, c, warm start) of {@code source}. */
    public static Config withOptimizerOf(Config base, Config source) {
        return base.withLr(source.lr())
                .withLineSearch(source.alpha0(), source.rho(), source.c(), source.warmStart())
                .withMethodSettings(base.methodSettings().withValuesOf(source.methodSettings()));
    }

    /** Throws, in one line naming what else changed, unless {@code a} and {@code b} differ only in the optimizer. */
    public static void requireOptimizerOnly(Config a, Config b) {
        if (!withOptimizerOf(a, b).equals(b)) {
            List<String> others = nonOptimizerDifferences(a, b);
            throw new IllegalArgumentException("only lr, alpha0, rho, c and warm_start can change during training; "
                    + (others.isEmpty() ? "another setting" : String.join(", ", others)) + " changed");
        }
    }

    /** Names of the settings other than the optimizer's that differ between {@code a} and {@code b}. */
    public static List<String> nonOptimizerDifferences(Config a, Config b) {
        List<String> names = new ArrayList<>();
        differ(names, "samples", a.samples() != b.samples());
        differ(names, "noise", Double.compare(a.noise(), b.noise()) != 0);
        differ(names, "train_ratio", Double.compare(a.trainRatio(), b.trainRatio()) != 0);
        differ(names, "hidden", a.hidden() != b.hidden());
        differ(names, "epochs", a.epochs() != b.epochs());
        differ(names, "batch", a.batch() != b.batch());
        differ(names, "seed", a.seed() != b.seed());
        differ(names, "seeds", a.seeds() != b.seeds());
        differ(names, "activation", a.activation() != b.activation());
        differ(names, "methods", !a.methods().equals(b.methods()));
        return names;
    }

    private static void differ(List<String> names, String name, boolean differs) {
        if (differs) {
            names.add(name);
        }
    }

    /** Whether the fixed run's optimizer setting, the learning rate, differs between {@code a} and {@code b}. */
    public static boolean lrDiffers(Config a, Config b) {
        return Double.compare(a.lr(), b.lr()) != 0;
    }

    /** Whether the backtracking line search's settings (α0, ρ, c, warm start) differ between {@code a} and {@code b}. */
    public static boolean lineSearchDiffers(Config a, Config b) {
        return Double.compare(a.alpha0(), b.alpha0()) != 0 || Double.compare(a.rho(), b.rho()) != 0
                || Double.compare(a.c(), b.c()) != 0 || a.warmStart() != b.warmStart();
    }
}
