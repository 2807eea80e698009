package dev.moons.ui.shell;

import dev.moons.data.Seeds;
import dev.moons.training.Config;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The preset lessons: a combo box that loads one into the settings, and a hint bar that names the lesson in use,
 * whether its settings were changed since, and what to notice.
 */
final class PresetPicker {
    private final ComboBox<Preset> presets = new ComboBox<>();
    private final Label hint = new Label();
    private final HBox hintBar;
    private final Supplier<Config> chosen;
    private final BiConsumer<Config, Seeds> loader;
    private Preset active;
    private boolean updating;

    /**
     * A picker whose choice (settings and seeds) goes to {@code loader}; {@code chosen} gives the settings now
     * chosen, and a preset equal to {@code initial} starts selected.
     */
    PresetPicker(Config initial, Supplier<Config> chosen, BiConsumer<Config, Seeds> loader) {
        this.chosen = chosen;
        this.loader = loader;
        presets.setId("presetCombo");
        presets.getItems().addAll(Preset.values());
        presets.setPromptText("Presets…");
        presets.setTooltip(new Tooltip("Ready-made lessons: one click loads every setting and restarts."));
        presets.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null && !updating) {
                apply(p);
            }
        });
        hint.setId("presetHint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        hintBar = new HBox(hint);
        hintBar.getStyleClass().add("hint-bar");
        for (Preset p : Preset.values()) {
            if (p.config().equals(initial)) {
                active = p;
            }
        }
        if (active != null) {
            select(active);
        }
        refreshHint();
    }

    /** The combo box, for the toolbar. */
    Node combo() {
        return presets;
    }

    /** The hint bar under the toolbar. */
    Node hintBar() {
        return hintBar;
    }

    /** Loads {@code p}'s settings with seed 42's streams and restarts. */
    void apply(Preset p) {
        active = p;
        select(p);
        loader.accept(p.config(), Seeds.of(p.config().seed()));
        refreshHint();
    }

    /** Names the lesson in use and whether the settings now chosen still are its own. */
    void refreshHint() {
        if (active == null) {
            hint.setText("Custom settings. Pick a preset for a ready-made lesson.");
            return;
        }
        boolean modified = !active.config().equals(chosen.get());
        hint.setText(active.title() + (modified ? " (modified)" : "") + " — what to notice: " + active.notice());
    }

    private void select(Preset p) {
        updating = true;
        try {
            presets.getSelectionModel().select(p);
        } finally {
            updating = false;
        }
    }
}
