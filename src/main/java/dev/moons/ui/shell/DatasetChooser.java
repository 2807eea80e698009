package dev.moons.ui.shell;

import dev.moons.data.DataShape;
import dev.moons.render.DatasetThumbnail;
import dev.moons.training.Config;
import dev.moons.training.Parameter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The dataset chooser of the Data section: one toggle per generated shape with a thumbnail drawn once from its
 * generator, then the sliders of the parameters that shape reads (factor for circles, turns for spiral, distance
 * for blobs), each shown only while its shape is chosen. Choosing a shape also sets its own noise; like any data
 * change it draws new data and restarts both runs.
 */
final class DatasetChooser {
    private static final int THUMBNAIL = 36;

    private final ToggleGroup group = new ToggleGroup();
    private final Map<DataShape, ToggleButton> buttons = new EnumMap<>(DataShape.class);
    private final Slider factor = new Slider();
    private final Slider turns = new Slider();
    private final Slider distance = new Slider();
    private final VBox factorRow;
    private final VBox turnsRow;
    private final VBox distanceRow;
    private final VBox node;
    private boolean showing;

    /** Toggles and sliders whose changes go through {@code bindings} and {@code edits}. */
    DatasetChooser(ControlBindings bindings, ConfigEdits edits) {
        Label error = ControlRows.error("datasetError");
        // wraps to a second line when the controls panel is narrow
        FlowPane row = new FlowPane(3, 3);
        row.setAlignment(Pos.CENTER_LEFT);
        for (DataShape shape : DataShape.values()) {
            ToggleButton b = new ToggleButton(shape.label(), new ImageView(DatasetThumbnail.of(shape, THUMBNAIL)));
            b.setId("dataset-" + shape.cliName());
            b.setContentDisplay(ContentDisplay.TOP);
            b.setToggleGroup(group);
            b.setStyle("-fx-font-size: 9px; -fx-padding: 2 2 1 2;");
            b.setOnAction(e -> {
                if (showing) {
                    return;
                }
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                edits.attempt(error, cfg -> cfg.dataset() == shape ? cfg
                        : cfg.withDataset(shape, cfg.factor(), cfg.turns(), cfg.distance())
                                .withNoise(shape.suggestedNoise()));
            });
            ControlRows.tip(b, shape.label() + ": " + description(shape) + " Choosing it sets noise "
                    + shape.suggestedNoise() + ", draws new data and restarts both runs.");
            buttons.put(shape, b);
            row.getChildren().add(b);
        }
        Label factorValue = ControlRows.value(factor, v -> String.format(Locale.ROOT, "%.2f", v));
        bindings.commitSlider(factor, ControlRows.error("factorError"),
                v -> cfg -> cfg.withDataset(cfg.dataset(), clampOpen(round(v)), cfg.turns(), cfg.distance()));
        Label turnsValue = ControlRows.value(turns, v -> String.format(Locale.ROOT, "%.2f", v));
        bindings.commitSlider(turns, ControlRows.error("turnsError"),
                v -> cfg -> cfg.withDataset(cfg.dataset(), cfg.factor(), round(v), cfg.distance()));
        Label distanceValue = ControlRows.value(distance, v -> String.format(Locale.ROOT, "%.1f", v));
        bindings.commitSlider(distance, ControlRows.error("distanceError"),
                v -> cfg -> cfg.withDataset(cfg.dataset(), cfg.factor(), cfg.turns(), Math.round(v * 10) / 10.0));
        factorRow = ControlRows.row("Inner radius (factor)", factor, factorValue, null, "factorSlider",
                ControlRows.tooltip(Parameter.FACTOR, ""));
        turnsRow = ControlRows.row("Turns", turns, turnsValue, null, "turnsSlider",
                ControlRows.tooltip(Parameter.TURNS, ""));
        distanceRow = ControlRows.row("Distance", distance, distanceValue, null, "distanceSlider",
                ControlRows.tooltip(Parameter.DISTANCE, ""));
        for (VBox r : new VBox[] {factorRow, turnsRow, distanceRow}) {
            r.managedProperty().bind(r.visibleProperty());
        }
        node = new VBox(6, row, error, factorRow, turnsRow, distanceRow);
        node.setId("datasetChooser");
    }

    /** The chooser and its parameter rows. */
    Node node() {
        return node;
    }

    /** Selects {@code c}'s shape and shows the rows of the parameters it reads, at their values. */
    void show(Config c) {
        showing = true;
        try {
            buttons.get(c.dataset()).setSelected(true);
            ControlBindings.show(factor, Parameter.FACTOR.controlRange(), c.factor());
            ControlBindings.show(turns, Parameter.TURNS.controlRange(), c.turns());
            ControlBindings.show(distance, Parameter.DISTANCE.controlRange(), c.distance());
        } finally {
            showing = false;
        }
        factorRow.setVisible(c.dataset().usesFactor());
        turnsRow.setVisible(c.dataset().usesTurns());
        distanceRow.setVisible(c.dataset().usesDistance());
    }

    /** Disables the chooser while the points come from a file. */
    void setDisable(boolean disable) {
        node.setDisable(disable);
    }

    private static String description(DataShape shape) {
        return switch (shape) {
            case MOONS -> "two interleaved half circles.";
            case CIRCLES -> "a ring around a smaller ring (inner radius = factor).";
            case XOR -> "the four quadrants, labelled by the sign of x1·x2.";
            case SPIRAL -> "two spiral arms winding around each other.";
            case BLOBS -> "two round Gaussian clouds a distance apart.";
        };
    }

    // sliders move in steps of 0.01
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    // the factor slider's ends are inside the open range (0, 1)
    private static double clampOpen(double v) {
        return Math.min(0.99, Math.max(0.01, v));
    }
}
