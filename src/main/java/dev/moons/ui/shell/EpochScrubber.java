package dev.moons.ui.shell;

import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The epoch scrubber shared by the boundaries, the charts and the line search: a slider over epochs
 * 0 … current and a "Live" button. Moving the slider leaves live mode and asks for that epoch; "Live" returns
 * to following training.
 */
public final class EpochScrubber {
    private final Slider slider = new Slider(0, 1, 0);
    private final Button liveButton = new Button("Live");
    private final Label label = new Label("live");
    private final HBox box;
    private final IntConsumer onScrub;
    private final Runnable onLive;
    private boolean live = true;
    private boolean updating;

    /** A scrubber calling {@code onScrub} with the epoch asked for and {@code onLive} on returning to live. */
    EpochScrubber(IntConsumer onScrub, Runnable onLive) {
        this.onScrub = onScrub;
        this.onLive = onLive;
        slider.setId("epochScrubber");
        slider.setDisable(true);
        slider.setMinWidth(120);
        slider.setPrefWidth(260);
        slider.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setTooltip(new Tooltip("Go back to any past epoch: the boundaries, the charts' cursor and the"
                + " line search show it. Parameters are kept every k epochs (k = 1 for the first 2000), so the"
                + " slider snaps to the nearest kept epoch."));
        slider.valueProperty().addListener((obs, old, v) -> {
            if (!updating) {
                live = false;
                refresh();
                onScrub.accept((int) Math.round(v.doubleValue()));
            }
        });
        liveButton.setId("liveButton");
        liveButton.setTooltip(new Tooltip("Follow training again."));
        liveButton.setOnAction(e -> goLive());
        label.setId("scrubLabel");
        label.getStyleClass().add("hint");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label("Epoch");
        title.setMinWidth(Region.USE_PREF_SIZE);
        box = new HBox(6, title, slider, liveButton, label);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        HBox.setHgrow(box, Priority.ALWAYS);
        refresh();
    }

    /** The scrubber's controls in one row. */
    Node node() {
        return box;
    }

    /** Whether the views follow training. */
    boolean isLive() {
        return live;
    }

    /** The slider (for tests). */
    public Slider slider() {
        return slider;
    }

    /** Training has reached {@code epoch}: the slider's range grows, and in live mode its knob follows. */
    void setLatest(int epoch) {
        updating = true;
        try {
            slider.setMax(Math.max(1, epoch));
            slider.setDisable(epoch < 1);
            if (live) {
                slider.setValue(epoch);
            }
        } finally {
            updating = false;
        }
    }

    /** A new comparison: back to live at epoch 0. */
    void reset() {
        live = true;
        setLatest(0);
        refresh();
    }

    /** Says which kept epoch is shown for the one asked for, with the spacing k. */
    void showing(int requested, int shown, int stride) {
        if (live) {
            return;
        }
        String snap = shown == requested ? "" : " (nearest kept)";
        label.setText("showing epoch " + shown + snap + (stride > 1 ? " · kept every " + stride : ""));
    }

    /** Returns to following training. */
    void goLive() {
        if (live) {
            return;
        }
        live = true;
        updating = true;
        try {
            slider.setValue(slider.getMax());
        } finally {
            updating = false;
        }
        refresh();
        onLive.run();
    }

    private void refresh() {
        liveButton.setDisable(live);
        if (live) {
            label.setText("live");
        }
    }
}
