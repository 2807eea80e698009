package dev.moons.ui.shell;

import dev.moons.model.Activation;
import dev.moons.render.Formats;
import dev.moons.training.Config;
import dev.moons.training.Parameter;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The "Model 2 → H → 1" section: hidden units, activation and weight decay. */
final class ModelControls {
    private static final String ACTIVATION_TIP = "f is applied to x·w1 + b1."
            + " relu: max(0, v), units switch off below 0."
            + " leaky-relu: v above 0, 0.01·v below, so a switched-off unit still gets a gradient."
            + " tanh: smooth, from −1 to 1, centred at 0."
            + " sigmoid: smooth, from 0 to 1, centred at 0.5; its small slope learns slowest."
            + " Changing it draws new initial weights and restarts both runs.";

    private final Spinner<Integer> hidden = new Spinner<>();
    private final ComboBox<Activation> activation = new ComboBox<>();
    private final TextField weightDecay = new TextField();
    private final TitledPane pane;

    /** Controls whose changes go through {@code bindings} and {@code edits}. */
    ModelControls(ControlBindings bindings, ConfigEdits edits) {
        Label hiddenError = ControlRows.error("hiddenError");
        bindings.intSpinner(hidden, Parameter.HIDDEN.controlRange(), 1, hiddenError, v -> cfg -> cfg.withHidden(v));
        Label activationError = ControlRows.error("activationError");
        activation.getItems().setAll(Activation.values());
        activation.valueProperty().addListener((obs, old, f) -> {
            if (f != null) {
                edits.attempt(activationError, cfg -> cfg.withActivation(f));
            }
        });
        HBox hiddenRow = new HBox(8,
                ControlRows.row("Hidden units H", hidden, null, hiddenError, "hiddenSpinner",
                        ControlRows.tooltip(Parameter.HIDDEN, "Changing it draws new initial weights.")),
                ControlRows.row("Activation", activation, null, activationError, "activationCombo",
                        ControlRows.tooltip(Parameter.ACTIVATION, ACTIVATION_TIP)));
        hiddenRow.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        Label decayError = ControlRows.error("weightDecayError");
        bindings.numberField(weightDecay, decayError, v -> cfg -> cfg.withWeightDecay(v));
        VBox decayRow = ControlRows.row("Weight decay λ", weightDecay, null, decayError, "weightDecayField",
                ControlRows.tooltip(Parameter.WEIGHT_DECAY, "Both methods then minimise the penalised loss (the"
                        + " charts show it dashed beside the data loss). Changing it restarts both runs from the"
                        + " same initial weights."));
        pane = ControlRows.section("Model  2 → H → 1", "modelSection", hiddenRow, decayRow);
    }

    /** The section node. */
    TitledPane node() {
        return pane;
    }

    /** Shows {@code c}'s hidden units, activation and weight decay. */
    void show(Config c) {
        ControlBindings.show(hidden, Parameter.HIDDEN.controlRange(), c.hidden());
        activation.setValue(c.activation());
        weightDecay.setText(Formats.num(c.weightDecay()));
    }
}
