package dev.moons.ui.shell;

import dev.moons.data.Seeds;
import dev.moons.training.Config;
import dev.moons.training.Parameter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The "Data" section: the dataset chooser and its parameters, noise, samples, train ratio, new data, new initial
 * weights, the seeds and the data file.
 */
final class DataControls {
    private final Slider noise = new Slider();
    private final Spinner<Integer> samples = new Spinner<>();
    private final Slider trainRatio = new Slider();
    private final Label seedsLabel = new Label();
    private final Label dataFileNote = new Label();
    private final DatasetChooser chooser;
    private final TitledPane pane;

    /**
     * Controls whose changes go through {@code bindings} (the chooser's through {@code edits}); the two buttons
     * hand a seed change to {@code seedChange}.
     */
    DataControls(ControlBindings bindings, ConfigEdits edits, Consumer<UnaryOperator<Seeds>> seedChange) {
        chooser = new DatasetChooser(bindings, edits);
        Label noiseError = ControlRows.error("noiseError");
        Label noiseValue = ControlRows.value(noise, v -> String.format(Locale.ROOT, "%.2f", v));
        bindings.commitSlider(noise, noiseError, v -> cfg -> cfg.withNoise(round(v)));
        noise.setMajorTickUnit(0.1);
        Label samplesError = ControlRows.error("samplesError");
        bindings.intSpinner(samples, Parameter.SAMPLES.controlRange(), 50, samplesError,
                v -> cfg -> cfg.withSamples(v));
        Label ratioError = ControlRows.error("trainRatioError");
        Label ratioValue = ControlRows.value(trainRatio, v -> String.format(Locale.ROOT, "%.2f", v));
        bindings.commitSlider(trainRatio, ratioError, v -> cfg -> cfg.withTrainRatio(round(v)));
        Button newData = new Button("New data");
        newData.setId("newDataButton");
        newData.setOnAction(e -> seedChange.accept(s -> s.withData(s.data() + 1)));
        ControlRows.tip(newData, "Draws new points: increments the data seed only. The split, initial weights and batch"
                + " order keep their seeds.");
        Button reinit = new Button("Re-initialize weights");
        reinit.setId("reinitButton");
        reinit.setOnAction(e -> seedChange.accept(s -> s.withInit(s.init() + 1)));
        ControlRows.tip(reinit, "New initial weights (the same for both methods): increments the init seed only.");
        seedsLabel.setId("seedsLabel");
        ControlRows.hint(seedsLabel);
        for (Button b : new Button[] {newData, reinit}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        HBox buttons = new HBox(8, newData, reinit);
        dataFileNote.setId("dataFileNote");
        ControlRows.hint(dataFileNote);
        dataFileNote.setVisible(false);
        dataFileNote.managedProperty().bind(dataFileNote.visibleProperty());
        pane = ControlRows.section("Data", "dataSection", dataFileNote, chooser.node(),
                ControlRows.row("Noise", noise, noiseValue, noiseError, "noiseSlider",
                        ControlRows.tooltip(Parameter.NOISE, "")),
                ControlRows.row("Samples", samples, null, samplesError, "samplesSpinner",
                        ControlRows.tooltip(Parameter.SAMPLES, "")),
                ControlRows.row("Train ratio", trainRatio, ratioValue, ratioError, "trainRatioSlider",
                        ControlRows.tooltip(Parameter.TRAIN_RATIO, "The rest of each class is the test set.")),
                buttons, seedsLabel);
    }

    /** The section node. */
    TitledPane node() {
        return pane;
    }

    /** Shows {@code c}'s data settings as they are (a range widens to hold a value beyond it) and seeds {@code s}. */
    void show(Config c, Seeds s) {
        chooser.show(c);
        ControlBindings.show(noise, Parameter.NOISE.controlRange(), c.noise());
        ControlBindings.show(samples, Parameter.SAMPLES.controlRange(), c.samples());
        ControlBindings.show(trainRatio, Parameter.TRAIN_RATIO.controlRange(), c.trainRatio());
        showSeeds(s);
    }

    /** Shows the four seeds. */
    void showSeeds(Seeds s) {
        seedsLabel.setText("seeds  data " + s.data() + " · split " + s.split() + " · init " + s.init() + " · batch "
                + s.batch());
    }

    /** Disables noise and samples and says so while the points come from {@code fileName}; null: moons again. */
    void showDataFile(String fileName, int points) {
        boolean file = fileName != null;
        noise.setDisable(file);
        samples.setDisable(file);
        chooser.setDisable(file);
        dataFileNote.setVisible(file);
        dataFileNote.setText(file ? "Data from " + fileName + " (" + points + " points): noise and samples do not"
                + " apply. \"New data\" returns to generated moons." : "");
    }

    // sliders move in steps of 0.01
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
