package dev.moons.ui.shell;

import dev.moons.io.NumberText;
import dev.moons.training.Config;
import dev.moons.training.Range;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Ties sliders, spinners and number fields to the settings: a value the user commits goes through
 * {@link ConfigEdits#attempt}; a value the panel shows widens the control's range to hold it, so a value from a
 * settings or session file outside the control's usual range is shown as it is, never clamped.
 */
final class ControlBindings {
    private final ConfigEdits edits;

    ControlBindings(ConfigEdits edits) {
        this.edits = edits;
    }

    /** Tries {@code change} of the slider's value whenever the user lets go of it (or it is set directly). */
    void commitSlider(Slider slider, Label error, DoubleFunction<UnaryOperator<Config>> change) {
        slider.valueProperty().addListener((obs, old, v) -> {
            if (!slider.isValueChanging()) {
                edits.attempt(error, change.apply(v.doubleValue()));
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                edits.attempt(error, change.apply(slider.getValue()));
            }
        });
    }

    /**
     * An editable whole-number spinner over {@code range} stepping by {@code step}; each value tries {@code change}.
     * A typed number outside the range widens it, so Config, not the spinner, says whether it is valid.
     */
    void intSpinner(Spinner<Integer> spinner, Range range, int step, Label error,
            IntFunction<UnaryOperator<Config>> change) {
        IntegerSpinnerValueFactory factory =
                new IntegerSpinnerValueFactory((int) range.min(), (int) range.max(), (int) range.min(), step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int v = NumberText.parseInt(text);
                    factory.setMin(Math.min(factory.getMin(), v));
                    factory.setMax(Math.max(factory.getMax(), v));
                    return v;
                } catch (NumberFormatException e) {
                    ControlRows.showError(error, "not a whole number: \"" + text.trim() + "\"");
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.valueProperty().addListener((obs, old, v) -> edits.attempt(error, change.apply(v)));
    }

    /** A text field for a decimal: Enter or leaving it tries {@code change}; text that is no number is an error. */
    void numberField(TextField field, Label error, DoubleFunction<UnaryOperator<Config>> change) {
        field.setPrefColumnCount(8);
        Runnable commit = () -> {
            if (edits.updating()) {
                return;
            }
            try {
                Double nonFinite = NumberText.nonFinite(field.getText());
                double v = nonFinite != null ? nonFinite : NumberText.parseDouble(field.getText());
                edits.attempt(error, change.apply(v));
            } catch (NumberFormatException e) {
                ControlRows.showError(error, "not a number: \"" + field.getText().trim() + "\"");
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }

    /** Shows {@code value} on {@code slider}, whose range becomes {@code control} widened to hold the value. */
    static void show(Slider slider, Range control, double value) {
        Range r = ControlRows.holding(control, value);
        slider.setMin(Math.min(r.min(), slider.getMin()));
        slider.setMax(Math.max(r.max(), slider.getMax()));
        slider.setValue(value);
        slider.setMin(r.min());
        slider.setMax(r.max());
    }

    /** Shows {@code value} on {@code spinner}, whose range becomes {@code control} widened to hold the value. */
    static void show(Spinner<Integer> spinner, Range control, int value) {
        IntegerSpinnerValueFactory factory = (IntegerSpinnerValueFactory) spinner.getValueFactory();
        Range r = ControlRows.holding(control, value);
        factory.setMin(Math.min((int) r.min(), factory.getMin()));
        factory.setMax(Math.max((int) r.max(), factory.getMax()));
        factory.setValue(value);
        factory.setMin((int) r.min());
        factory.setMax((int) r.max());
    }
}
