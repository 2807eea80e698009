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
    private final Supplier<Seeds> chosenSeeds;
    private final BiConsumer<Config, Seeds> loader;
    private Preset active;
    private boolean updating;

    /**
     * A picker whose choice (settings and seeds) goes to {@code loader}; {@code chosen} and {@code chosenSeeds}
     * give the settings now chosen, and a preset equal to {@code initial} with {@code initialSeeds} starts selected.
     */
    PresetPicker(Config initial, Seeds initialSeeds, Supplier<Config> chosen, Supplier<Seeds> chosenSeeds,
            BiConsumer<Config, Seeds> loader) {
        this.chosen = chosen;
        this.chosenSeeds = chosenSeeds;
        this.loader = loader;
        presets.setId("presetCombo");
        presets.getItems().addAll(Preset.values());
        presets.setPromptText("Presets…");
        // 150 px: with the other tools and "epoch 100000 / 100000" the toolbar fits a 1024-px window without
        // overflow; a long name is cut here but stands in full in the notice bar below
        presets.setPrefWidth(150);
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
            if (p.config().equals(initial) && seedsOf(p).equals(initialSeeds)) {
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

    /** Loads {@code p}'s settings with its seed's streams and restarts (also when {@code p} is already in use). */
    void apply(Preset p) {
        active = p;
        select(p);
        loader.accept(p.config(), seedsOf(p));
        refreshHint();
    }

    /**
     * Names the lesson in use and whether the settings now chosen still are its own; once they are not, its
     * "what to notice" no longer holds and is not shown, and the list lets go of it so that picking it restores it.
     */
    void refreshHint() {
        if (active == null) {
            hint.setText("Custom settings. Pick a preset for a ready-made lesson.");
            return;
        }
        boolean modified = !active.config().equals(chosen.get()) || !seedsOf(active).equals(chosenSeeds.get());
        if (modified) {
            hint.setText(active.title() + " (modified): the settings are no longer the lesson's; pick it again to"
                    + " restore them.");
            select(null);
        } else {
            hint.setText(active.title() + " — what to notice: " + active.notice());
        }
    }

    private static Seeds seedsOf(Preset p) {
        return Seeds.of(p.config().seed());
    }

    private void select(Preset p) {
        updating = true;
        try {
            if (p == null) {
                presets.getSelectionModel().clearSelection();
            } else {
                presets.getSelectionModel().select(p);
            }
        } finally {
            updating = false;
        }
    }
}
