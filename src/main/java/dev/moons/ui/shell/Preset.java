package dev.moons.ui.shell;

import dev.moons.data.DataShape;
import dev.moons.training.Config;
import dev.moons.training.Method;
import java.util.List;

/** One-click settings for a lesson, each with the one thing to notice. */
public enum Preset {
    LAB_NOTEBOOK("Lab notebook",
            "Same data, same start: after 1000 epochs the fixed lr 0.01 run is still near 86 % test accuracy,"
                    + " backtracking is near 98 %.",
            lab()),
    LR_TOO_SMALL("Learning rate too small",
            "lr 1e-4: after 1000 epochs the orange loss has barely moved (test accuracy ~34 %);"
                    + " backtracking picks its own α and reaches ~98 %.",
            lab().withLr(1e-4)),
    LR_TOO_LARGE("Learning rate too large (diverges)",
            "lr 1000: fixed steps overshoot, the loss explodes to ∞ within ~60 epochs and that run stops;"
                    + " backtracking is unaffected.",
            lab().withLr(1000)),
    LINE_SEARCH_AT_WORK("Line search at work (α0 16)",
            "α0 16: the Line search tab shows each step trying 16, 8, 4, … (red) until φ is under the"
                    + " Armijo line (green).",
            lab().withLineSearch(16, 0.5, 1e-4, false)),
    VERY_NOISY("Very noisy moons",
            "noise 0.45: the moons overlap, so both methods end near 83 % test accuracy: no optimizer beats noise.",
            lab().withNoise(0.45)),
    CIRCLES("Circles",
            "Rings (factor 0.5, noise 0.1), H 16: after 1000 epochs fixed lr 0.01 is near 87 % test accuracy,"
                    + " backtracking passes 90 % by epoch 10 and ends near 99.7 %.",
            lab().withHidden(16).withDataset(DataShape.CIRCLES, 0.5, Config.DEFAULT_TURNS, Config.DEFAULT_DISTANCE)
                    .withNoise(0.1)),
    SPIRAL("Spiral: where fixed lr stalls",
            "Two arms, one turn, H 16: after 2000 epochs fixed lr 0.01 is still near 73 % test accuracy;"
                    + " backtracking passes 90 % by epoch ~50 and ends near 99.7 %.",
            lab().withHidden(16).withEpochs(2000)
                    .withDataset(DataShape.SPIRAL, Config.DEFAULT_FACTOR, 1.0, Config.DEFAULT_DISTANCE)
                    .withNoise(0.05)),
    WEIGHT_DECAY("Weight decay",
            "λ 0.01 on the moons, H 16: the lighter loss line (data + λ/2‖w‖²) lies above the data loss; the"
                    + " Inspector shows backtracking's ‖w1‖, ‖w2‖ near 3.2 (9.3 and 7.8 without),"
                    + " test ~93 % vs ~97 %.",
            lab().withHidden(16).withWeightDecay(0.01)),
    EDGE_OF_STABILITY("Edge of stability (lr 4)",
            "lr 4, so 2/lr = 0.5: in the Curvature tab the fixed run's sharpness λ_max drops from 1.85 and then"
                    + " sits at ~0.77 (lr · λ_max ≈ 3, past 2) for 900 epochs while its loss still falls to 0.06;"
                    + " backtracking takes α = 1 and stays stable at α · λ_max ≈ 0.7.",
            lab().withLr(4)),
    MOMENTUM_VS_GD("Momentum vs GD",
            "Same lr 0.01: plain GD stalls near 86 % test accuracy; momentum (μ 0.9, a step of about lr/(1 − μ))"
                    + " passes 90 % at epoch ~680 and ends near 93 %.",
            lab().withMethods(List.of(Method.FIXED, Method.MOMENTUM))),
    ADAM_VS_BACKTRACKING("Adam vs backtracking",
            "Both reach ~97.7 % test accuracy: Adam stepping lr 0.01, backtracking α = 1; backtracking is at 95 % by"
                    + " epoch ~120, Adam by ~460, on half the loss evaluations (1000 vs 2002).",
            lab().withMethods(List.of(Method.ADAM, Method.BACKTRACKING))),
    WOLFE_VS_ARMIJO("Strong Wolfe vs Armijo (α0 0.1)",
            "α0 0.1: Armijo accepts 0.1 every epoch and ends near 93 %; strong Wolfe's curvature test rejects 0.1 in"
                    + " 92 of the first 100 epochs, doubles it, and passes 95 % by epoch ~55 (3 vs 2 evaluations per epoch).",
            lab().withLineSearch(0.1, 0.5, 1e-4, false).withMethods(List.of(Method.WOLFE, Method.BACKTRACKING)));

    private final String title;
    private final String notice;
    private final Config config;

    Preset(String title, String notice, Config config) {
        this.title = title;
        this.notice = notice;
        this.config = config;
    }

    /** The name shown in the presets list. */
    public String title() {
        return title;
    }

    /** One line: what to notice when this preset runs. */
    public String notice() {
        return notice;
    }

    /** The full settings of this preset. */
    public Config config() {
        return config;
    }

    @Override
    public String toString() {
        return title;
    }

    private static Config lab() {
        return Config.defaults().withHidden(8).withNoise(0.2).withLr(0.01).withEpochs(1000);
    }
}
