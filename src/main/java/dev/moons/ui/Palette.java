package dev.moons.ui;

import javafx.scene.paint.Color;

/** The two methods' colours (Okabe–Ito, colour-blind safe). */
final class Palette {
    /** Fixed learning rate: orange. */
    static final Color FIXED = Color.web("#E69F00");
    /** Backtracking line search: blue. */
    static final Color BACKTRACKING = Color.web("#0072B2");

    private Palette() {}
}
