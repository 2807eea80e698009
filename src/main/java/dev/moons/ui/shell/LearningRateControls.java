package dev.moons.ui.shell;

import dev.moons.render.Formats;
import dev.moons.training.Config;
import dev.moons.training.Method;
import java.util.List;
import dev.moons.training.Parameter;
import dev.moons.training.Range;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.util.StringConverter;

/**
 * The learning-rate section: one slider over log10(lr), the step of every fixed-step method (fixed, momentum,
 * nesterov, adam); titled after the lanes' fixed-step methods and hidden when no lane has one.
 */
final class LearningRateControls {
    private final Slider lr = new Slider();
    private final TitledPane pane;
    private final Label users = ControlRows.hint(new Label());

    /** A slider whose changes go through {@code bindings}. */
    LearningRateControls(ControlBindings bindings) {
        Label lrError = ControlRows.error("lrError");
        Label lrValue = ControlRows.value(lr, v -> Formats.num(Formats.roundLr(Math.pow(10, v))));
        lrValue.setId("lrValue");
        lr.setMajorTickUnit(1);
        lr.setMinorTickCount(0);
        lr.setShowTickMarks(true);
        lr.setShowTickLabels(true);
        lr.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return Formats.num(Math.pow(10, Math.round(v)));
            }

            @Override
            public Double fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        });
        bindings.commitSlider(lr, lrError, v -> cfg -> cfg.withLr(Formats.roundLr(Math.pow(10, v))));
        users.setId("lrUsers");
        pane = ControlRows.section("Fixed learning rate", "fixedSection", users,
                ControlRows.row("Learning rate (log scale)", lr, lrValue, lrError, "lrSlider",
                        ControlRows.tooltip(Parameter.LR, "θ ← θ − lr·∇L. During training it takes effect from the"
                                + " next epoch.")));
    }

    /** The section node. */
    TitledPane node() {
        return pane;
    }

    /** Titles the section after the fixed-step methods among {@code lanes}; hidden when there are none. */
    void showMethods(List<Method> lanes) {
        List<Method> fixedStep = lanes.stream().filter(Method::isFixedStep).toList();
        pane.setVisible(!fixedStep.isEmpty());
        pane.setManaged(!fixedStep.isEmpty());
        // a short title: a section's title sets the panel's least width
        pane.setText(fixedStep.equals(List.of(Method.FIXED)) ? "Fixed learning rate" : "Learning rate");
        users.setText("The step of " + String.join(" and ", fixedStep.stream().map(Method::shortLabel).toList())
                + ".");
    }

    /** Shows {@code c}'s learning rate as it is; the slider's log range widens to hold it. */
    void show(Config c) {
        Range control = Parameter.LR.controlRange();
        Range logControl = Range.closed(Math.log10(control.min()), Math.log10(control.max()));
        ControlBindings.show(lr, logControl, Math.log10(c.lr()));
    }
}
