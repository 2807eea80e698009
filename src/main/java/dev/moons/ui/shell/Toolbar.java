package dev.moons.ui.shell;

import dev.moons.render.SteadyLabel;
import dev.moons.data.CsvDataset;
import dev.moons.data.Dataset;
import java.util.List;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * The window's toolbar: Train/Pause, Step, Reset, the presets, the Data, Session and Export menus, the sweep
 * button and the epoch shown. The buttons only call the actions given; what they do lives elsewhere.
 */
final class Toolbar {
    private static final PseudoClass PLAYING = PseudoClass.getPseudoClass("playing");

    private final Button trainButton = new Button();
    private final Button stepButton = new Button("Step");
    private final Button resetButton = new Button("Reset");
    private final MenuButton exportMenu = new MenuButton("Export");
    private final MenuButton dataMenu = new MenuButton("Data");
    private final MenuButton sessionMenu = new MenuButton("Session");
    private final Button sweepButton = new Button("LR sweep…");
    private final Label epochLabel = new SteadyLabel("loading…"); // every epoch: re-lays only itself
    private final ToolBar bar;

    /** What the toolbar's buttons do. */
    record Actions(Runnable togglePlay, Runnable step, Runnable reset, Runnable openSweep) {
    }

    /** A toolbar calling {@code actions}, with the {@code presets} combo and the three menus' items. */
    Toolbar(Actions actions, Node presets, List<MenuItem> dataItems, List<MenuItem> sessionItems,
            List<MenuItem> exportItems) {
        trainButton.setId("trainButton");
        trainButton.getStyleClass().add("primary");
        trainButton.setOnAction(e -> actions.togglePlay().run());
        trainButton.setTooltip(new Tooltip("Train both methods in lockstep, or pause (Space)."));
        trainButton.setMinWidth(110);
        stepButton.setId("stepButton");
        stepButton.setOnAction(e -> actions.step().run());
        stepButton.setTooltip(new Tooltip("Train exactly one epoch of each method (S)."));
        resetButton.setId("resetButton");
        resetButton.setOnAction(e -> actions.reset().run());
        resetButton.setTooltip(new Tooltip("Back to epoch 0 with the same data and the same initial weights (R)."));
        exportMenu.setId("exportMenu");
        exportMenu.setTooltip(new Tooltip("Save charts and boundaries as PNG (with a caption of the settings),"
                + " or the full per-epoch history as CSV."));
        exportMenu.getItems().addAll(exportItems);
        dataMenu.setId("dataMenu");
        dataMenu.setTooltip(new Tooltip("Train on your own points: a CSV file of x1,x2,label (label 0 or 1, header"
                + " optional, at most " + CsvDataset.MAX_ROWS + " rows), or save the points shown."));
        dataMenu.getItems().addAll(dataItems);
        sessionMenu.setId("sessionMenu");
        sessionMenu.setTooltip(new Tooltip("Save everything shown (settings, seeds, points, both histories, weights"
                + " every k epochs) as JSON, or open a saved session to replay it without retraining."));
        sessionMenu.getItems().addAll(sessionItems);
        epochLabel.setId("epochLabel");
        epochLabel.getStyleClass().add("epoch-label");
        sweepButton.setId("sweepButton");
        sweepButton.setOnAction(e -> actions.openSweep().run());
        sweepButton.setTooltip(new Tooltip("Sweep the fixed learning rate over 1e-3 … 10 and compare every one"
                + " with backtracking, in a separate window."));
        // a toolbar squeezes its buttons to "…" when short of room (e.g. while loading): they keep their width
        for (Region r : List.of(stepButton, resetButton, exportMenu, dataMenu, sessionMenu, sweepButton,
                epochLabel)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new ToolBar(trainButton, stepButton, resetButton, new Separator(Orientation.VERTICAL), presets,
                dataMenu, sessionMenu, exportMenu, sweepButton, spacer, epochLabel);
    }

    /** The toolbar node. */
    Node node() {
        return bar;
    }

    /** Enables the training buttons and the menus once there is a comparison to act on. */
    void setReady(boolean ready) {
        for (Node n : List.of(trainButton, stepButton, resetButton, exportMenu, dataMenu, sessionMenu)) {
            n.setDisable(!ready);
        }
    }

    /** Shows the Train button as "Pause" while training plays. */
    void showPlaying(boolean playing) {
        if (trainButton.getGraphic() != null && playing == trainButton.getPseudoClassStates().contains(PLAYING)) {
            return; // called every epoch: a new icon node each time cost a CSS pass and a layout of the toolbar
        }
        trainButton.setText(playing ? "Pause" : "Train");
        trainButton.setGraphic(playing ? pauseIcon() : playIcon());
        trainButton.pseudoClassStateChanged(PLAYING, playing);
    }

    /** The epoch shown, e.g. "epoch 12 / 300". */
    void showEpoch(String text) {
        epochLabel.setText(text);
    }

    /** The items of a Data menu: load a CSV, back to generated moons, export the points shown. */
    static List<MenuItem> dataItems(DataFileActions dataFiles, Supplier<Dataset> shownPoints) {
        return List.of(item("loadData", "Load data (CSV)…", dataFiles::load),
                item("useGenerated", "Use generated moons", dataFiles::useGenerated),
                new SeparatorMenuItem(),
                item("exportData", "Export data (CSV)…", () -> dataFiles.export(shownPoints.get())));
    }

    /** The items of a Session menu: save, open. */
    static List<MenuItem> sessionItems(SessionActions sessions) {
        return List.of(item("saveSessionItem", "Save session…", sessions::save),
                item("openSessionItem", "Open session…", sessions::open));
    }

    /** A menu item {@code id} reading {@code text} that runs {@code action}. */
    static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Node playIcon() {
        Polygon p = new Polygon(0, 0, 10, 6, 0, 12);
        p.getStyleClass().add("button-icon");
        return p;
    }

    private static Node pauseIcon() {
        Rectangle a = new Rectangle(3.5, 12);
        Rectangle b = new Rectangle(3.5, 12);
        a.getStyleClass().add("button-icon");
        b.getStyleClass().add("button-icon");
        HBox box = new HBox(3, a, b);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
