package dev.moons.ui.shell;

import dev.moons.io.Numbers;
import dev.moons.training.Config;
import dev.moons.training.Method;
import java.util.ArrayList;
import java.util.List;

/** The optimizers' settings in words, for the boundary overlays and the charts' change marks. */
final class OptimizerLabels {
    private OptimizerLabels() {}

    /** "lr 0.01". */
    static String fixed(Config c) {
        return "lr " + Numbers.plain(c.lr(), 4);
    }

    /** "α0 1, ρ 0.5, c 0.0001" plus ", warm start" when on. */
    static String lineSearch(Config c) {
        return "α0 " + Numbers.plain(c.alpha0(), 4) + ", ρ " + Numbers.plain(c.rho(), 4)
                + ", c " + Numbers.plain(c.c(), 4)
                + (c.warmStart() ? ", warm start" : "");
    }

    /** The optimizer settings of {@code method} in {@code c}. */
    static String of(Method method, Config c) {
        return switch (method) {
            case FIXED -> fixed(c);
            case BACKTRACKING -> lineSearch(c);
            default -> method.settingsText(c);
        };
    }

    /** What changed from {@code before} to {@code after}, e.g. "lr 0.1, warm start on". */
    static String change(Config before, Config after) {
        List<String> parts = new ArrayList<>();
        if (before.lr() != after.lr()) {
            parts.add("lr " + Numbers.plain(after.lr(), 4));
        }
        if (before.alpha0() != after.alpha0()) {
            parts.add("α0 " + Numbers.plain(after.alpha0(), 4));
        }
        if (before.rho() != after.rho()) {
            parts.add("ρ " + Numbers.plain(after.rho(), 4));
        }
        if (before.c() != after.c()) {
            parts.add("c " + Numbers.plain(after.c(), 4));
        }
        if (before.warmStart() != after.warmStart()) {
            parts.add(after.warmStart() ? "warm start on" : "warm start off");
        }
        // the lanes' own method settings (MethodSettings), each named as on the Methods section
        changed(parts, "μ", before.momentum(), after.momentum());
        changed(parts, "β1", before.beta1(), after.beta1());
        changed(parts, "β2", before.beta2(), after.beta2());
        changed(parts, "ε", before.eps(), after.eps());
        changed(parts, "c2", before.c2(), after.c2());
        changed(parts, "sls c", before.slsC(), after.slsC());
        changed(parts, "γ", before.gamma(), after.gamma());
        changed(parts, "η_max", before.etaMax(), after.etaMax());
        return String.join(", ", parts);
    }

    private static void changed(List<String> parts, String name, double before, double after) {
        if (Double.compare(before, after) != 0) {
            parts.add(name + " " + Numbers.plain(after, 4));
        }
    }
}
