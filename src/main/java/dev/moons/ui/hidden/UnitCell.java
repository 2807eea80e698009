package dev.moons.ui.hidden;

import dev.moons.io.Numbers;
import dev.moons.render.Formats;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** One hidden unit's cell in the strip: its map image, and its outgoing weight w2[j] under it. FX thread only. */
final class UnitCell {
    /** Height of the weight label under a map, in pixels. */
    static final double LABEL_H = 15;
    private static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");
    private static final Color POSITIVE = Color.web("#b2182b");
    private static final Color NEGATIVE = Color.web("#4d4d4d");

    final int unit;
    final WritableImage image;
    final ImageView view;
    final Label weight = new Label();
    final VBox box;

    /** Cell {@code unit} showing {@code image}; {@code hover} gets (unit, entered?), {@code click} the unit. */
    UnitCell(int unit, WritableImage image, HoverListener hover, IntConsumer click) {
        this.unit = unit;
        this.image = image;
        this.view = new ImageView(image);
        view.setSmooth(true);
        view.setPreserveRatio(false);
        weight.getStyleClass().add("unit-weight");
        weight.setMinHeight(LABEL_H);
        weight.setPrefHeight(LABEL_H);
        weight.setMaxHeight(LABEL_H);
        box = new VBox(1, view, weight);
        box.setId("hiddenUnit-" + unit);

        box.getStyleClass().add("unit-cell");
        box.setAlignment(Pos.TOP_CENTER);
        box.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> hover.hovered(unit, true));
        box.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.hovered(unit, false));
        box.setOnMouseClicked(e -> click.accept(unit));
    }

    /** w2[j]: sign by colour and text, magnitude as the number (three significant digits). */
    void showWeight(double w2) {
        weight.setText("w2 " + (w2 >= 0 ? "+" : "−") + Formats.num(Numbers.round(Math.abs(w2), 3)));
        weight.setTextFill(w2 >= 0 ? POSITIVE : NEGATIVE);
    }

    /** Marks the cell as pinned (its map stays over the boundary) or not. */
    void setPinned(boolean pinned) {
        box.pseudoClassStateChanged(PINNED, pinned);
    }

    /** Sizes the map to {@code width} × {@code height} pixels. */
    void fit(double width, double height) {
        view.setFitWidth(width);
        view.setFitHeight(height);
        weight.setMaxWidth(width);
    }

    /** Told when the pointer enters or leaves a cell. */
    interface HoverListener {
        /** The pointer entered ({@code on}) or left unit {@code unit}'s cell. */
        void hovered(int unit, boolean on);
    }
}
