package dev.moons.ui.shell;

import dev.moons.training.Parameter;
import dev.moons.training.Range;
import java.util.function.DoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The settings panel's building blocks: sections, labelled rows, tooltips written from the table, error labels. */
final class ControlRows {

    private ControlRows() {}

    /** A collapsible section {@code id} titled {@code title} holding {@code children} one under another. */
    static TitledPane section(String title, String id, Node... children) {
        VBox box = new VBox(8, children);
        box.getStyleClass().add("section-body");
        TitledPane pane = new TitledPane(title, box);
        pane.setId(id);
        pane.setCollapsible(true);
        return pane;
    }

    /**
     * A row: {@code name} (and the live {@code value}, if any) above {@code control} (given the node id {@code id}),
     * then {@code error}; {@code tooltip} shows on the name and the control.
     */
    static VBox row(String name, Node control, Label value, Label error, String id, String tooltip) {
        Label label = new Label(name);
        label.getStyleClass().add("field-label");
        HBox head = new HBox(6, label, spacer());
        head.setAlignment(Pos.CENTER_LEFT);
        if (value != null) {
            head.getChildren().add(value);
        }
        if (id != null) {
            control.setId(id);
        }
        if (tooltip != null) {
            tip(control, tooltip);
            tip(label, tooltip);
        }
        if (control instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        VBox box = new VBox(3, head, control);
        if (error != null) {
            box.getChildren().add(error);
        }
        return box;
    }

    /**
     * A setting's tooltip from its table row: meaning, valid values, the control's narrower range and why, the
     * default, then {@code extra} (how the window uses it), e.g. "Hidden units H. Valid: 1 to 256. Default 16."
     */
    static String tooltip(Parameter p, String extra) {
        StringBuilder s = new StringBuilder(capitalized(p.meaning())).append('.');
        if (p.defaultValue() instanceof Boolean on) {
            s.append(" Default ").append(on ? "on" : "off").append('.');
        } else {
            s.append(" Valid: ").append(p.valuesText());
            p.controlReason().ifPresent(why -> s.append("; this control offers ").append(p.controlRange().shortText())
                    .append(": ").append(why).append(". Values beyond it from a file are kept as they are"));
            s.append(". Default ").append(p.defaultText()).append('.');
        }
        return extra.isEmpty() ? s.toString() : s.append(' ').append(extra).toString();
    }

    /** The range a control must span: its row's control range, widened to hold {@code value}. */
    static Range holding(Range control, double value) {
        return new Range(Math.min(control.min(), value), false, Math.max(control.max(), value), false, control.whole());
    }

    /** A growing gap between a row's label and its value. */
    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** Installs a wrapping tooltip {@code text} on {@code node}. */
    static void tip(Node node, String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        Tooltip.install(node, t);
    }

    /** A hidden one-line error label {@code id}, shown by {@link #showError}. */
    static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setVisible(false);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** Shows {@code message} in {@code error}. */
    static void showError(Label error, String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /** A label that shows {@code slider}'s value through {@code format} as it moves. */
    static Label value(Slider slider, DoubleFunction<String> format) {
        Label l = new Label(format.apply(slider.getValue()));
        l.getStyleClass().add("field-value");
        l.setMinWidth(Region.USE_PREF_SIZE);
        slider.valueProperty().addListener((obs, old, v) -> l.setText(format.apply(v.doubleValue())));
        return l;
    }

    /** A hint label: small, wrapping. */
    static Label hint(Label label) {
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
