package dev.moons.ui.shell;

import dev.moons.app.Pace;
import dev.moons.data.Seeds;
import dev.moons.training.Config;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The settings panel, one section per class (data, model, the lanes' methods, learning rate, line search, schedule). Ranges,
 * defaults and tooltips come from {@link dev.moons.training.Parameter}. Every value goes through {@link Config}
 * validation: a valid one replaces {@link #config()}, an invalid one shows its one-line reason under the control
 * and the last good value stays. Settings the panel is given are shown and kept as they are, even outside a
 * control's usual range.
 */
public final class ControlsPanel {
    private final BiConsumer<Config, Seeds> onChange;
    private Config config;
    private Seeds seeds;
    private final ScrollPane root;
    private boolean updating;
    private final DataControls data;
    private final ModelControls model;
    private final LearningRateControls learningRate;
    private final LineSearchControls lineSearch;
    private final MethodControls methods;
    private final ScheduleControls schedule;

    /** A panel showing {@code initial} with {@code initialSeeds}; every accepted change goes to {@code onChange}. */
    ControlsPanel(Config initial, Seeds initialSeeds, BiConsumer<Config, Seeds> onChange) {
        this.config = initial;
        this.seeds = initialSeeds;
        this.onChange = onChange;
        ConfigEdits edits = new ConfigEdits() {
            @Override
            public void attempt(Label error, UnaryOperator<Config> change) {
                ControlsPanel.this.attempt(error, change);
            }

            @Override
            public boolean updating() {
                return updating;
            }
        };
        ControlBindings bindings = new ControlBindings(edits);
        data = new DataControls(bindings, edits, this::seedChange);
        model = new ModelControls(bindings, edits);
        learningRate = new LearningRateControls(bindings);
        lineSearch = new LineSearchControls(bindings, edits);
        schedule = new ScheduleControls(bindings);
        methods = new MethodControls(bindings, edits);
        methods.onLanes(lanes -> {
            learningRate.showMethods(lanes);
            lineSearch.showMethods(lanes);
        });
        // the lanes' methods first: the comparison's main choice, visible without scrolling
        VBox sections = new VBox(methods.node(), data.node(), model.node(), learningRate.node(), lineSearch.node(),
                schedule.node());
        sections.getStyleClass().add("controls");
        root = new ScrollPane(sections);
        root.setId("controlsPanel");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("controls-scroll");
        root.setPrefWidth(300);
        root.setMinWidth(290);
        show(initial, initialSeeds);
    }

    /** The panel node. */
    Node node() {
        return root;
    }

    /** The last valid settings. */
    Config config() {
        return config;
    }

    /** The current random streams. */
    Seeds seeds() {
        return seeds;
    }

    /** The pace chosen, in epochs per frame. */
    ReadOnlyObjectProperty<Pace> pace() {
        return schedule.pace();
    }

    /** Sets every control to {@code next} and {@code nextSeeds} and makes them the current settings, as one change. */
    void load(Config next, Seeds nextSeeds) {
        show(next, nextSeeds);
        config = next;
        seeds = nextSeeds;
        onChange.accept(config, seeds);
    }

    /**
     * Sets every control to {@code next} and {@code nextSeeds} and makes them the current settings without
     * reporting a change: the training service already has them (e.g. from an opened session).
     */
    void adopt(Config next, Seeds nextSeeds) {
        show(next, nextSeeds);
        config = next;
        seeds = nextSeeds;
    }

    /**
     * Shows that the points come from {@code fileName} ({@code points} of them): noise and samples do not apply
     * and are disabled; null means generated moons again.
     */
    void showDataFile(String fileName, int points) {
        data.showDataFile(fileName, points);
    }

    /** Selects the pace button for {@code p}. */
    void setPace(Pace p) {
        schedule.setPace(p);
    }

    // every control shows c0 as it is; their listeners stay quiet meanwhile
    private void show(Config c0, Seeds s) {
        updating = true;
        try {
            data.show(c0, s);
            model.show(c0);
            learningRate.show(c0);
            lineSearch.show(c0);
            methods.show(c0);
            schedule.show(c0);
            hideErrors();
        } finally {
            updating = false;
        }
    }

    private void attempt(Label error, UnaryOperator<Config> change) {
        if (updating) {
            return;
        }
        try {
            Config next = change.apply(config);
            hideErrors();
            if (!next.equals(config)) {
                boolean newShape = next.dataset() != config.dataset();
                config = next;
                if (newShape) {
                    show(config, seeds); // the shape's own noise and parameter rows
                }
                onChange.accept(config, seeds);
            }
        } catch (IllegalArgumentException e) {
            ControlRows.showError(error, e.getMessage());
        }
    }

    private void hideErrors() {
        root.lookupAll(".field-error").forEach(n -> n.setVisible(false));
    }

    private void seedChange(UnaryOperator<Seeds> change) {
        seeds = change.apply(seeds);
        data.showSeeds(seeds);
        onChange.accept(config, seeds);
    }
}
