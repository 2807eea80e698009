package dev.moons.render;

import javafx.scene.paint.Color;

/** The two methods' colours (Okabe–Ito, colour-blind safe). */
public final class Palette {
    /** Fixed learning rate: orange. */
    public static final Color FIXED = Color.web("#E69F00");
    /** Backtracking line search: blue. */
    public static final Color BACKTRACKING = Color.web("#0072B2");

    private Palette() {}
}
