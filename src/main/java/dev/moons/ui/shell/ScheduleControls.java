package dev.moons.ui.shell;

import dev.moons.app.Pace;
import dev.moons.training.Config;
import dev.moons.training.Parameter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.SegmentedButton;

/** The "Schedule" section: epochs, batch size and the pace of the animation. */
final class ScheduleControls {
    private final Spinner<Integer> epochs = new Spinner<>();
    private final Spinner<Integer> batch = new Spinner<>();
    private final SegmentedButton paceButtons = new SegmentedButton();
    private final ObjectProperty<Pace> pace = new SimpleObjectProperty<>(Pace.ONE);
    private final TitledPane pane;

    /** Spinners whose changes go through {@code bindings}; the pace buttons set {@link #pace()}. */
    ScheduleControls(ControlBindings bindings) {
        Label epochsError = ControlRows.error("epochsError");
        bindings.intSpinner(epochs, Parameter.EPOCHS.controlRange(), 100, epochsError, v -> cfg -> cfg.withEpochs(v));
        Label batchError = ControlRows.error("batchError");
        bindings.intSpinner(batch, Parameter.BATCH.controlRange(), 10, batchError, v -> cfg -> cfg.withBatch(v));
        paceButtons.setId("paceButtons");
        for (Pace p : Pace.values()) {
            ToggleButton b = new ToggleButton(p.label());
            b.setId("pace-" + p.label());
            b.setUserData(p);
            b.setSelected(p == pace.get());
            paceButtons.getButtons().add(b);
        }
        paceButtons.getToggleGroup().selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                pace.set((Pace) t.getUserData());
            }
        });
        ControlRows.tip(paceButtons, "Epochs per animation frame (about 60 frames a second). \"max\" trains as fast as"
                + " possible and redraws when the screen can.");
        pane = ControlRows.section("Schedule", "scheduleSection",
                ControlRows.row("Epochs", epochs, null, epochsError, "epochsSpinner",
                        ControlRows.tooltip(Parameter.EPOCHS, "")),
                ControlRows.row("Batch size (0 = full batch)", batch, null, batchError, "batchSpinner",
                        ControlRows.tooltip(Parameter.BATCH, "0 uses the whole training set (plain gradient"
                                + " descent).")),
                ControlRows.row("Pace (epochs per frame)", paceButtons, null, null, null, null));
    }

    /** The section node. */
    TitledPane node() {
        return pane;
    }

    /** The pace chosen, in epochs per frame. */
    ReadOnlyObjectProperty<Pace> pace() {
        return pace;
    }

    /** Selects the pace button for {@code p}. */
    void setPace(Pace p) {
        for (ToggleButton b : paceButtons.getButtons()) {
            if (b.getUserData() == p) {
                b.setSelected(true);
            }
        }
    }

    /** Shows {@code c}'s epochs and batch size as they are. */
    void show(Config c) {
        ControlBindings.show(epochs, Parameter.EPOCHS.controlRange(), c.epochs());
        ControlBindings.show(batch, Parameter.BATCH.controlRange(), c.batch());
    }
}
