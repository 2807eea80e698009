package dev.moons.ui.shell;

import dev.moons.render.Formats;
import dev.moons.data.Seeds;
import dev.moons.model.Activation;
import dev.moons.training.Config;
import dev.moons.app.Pace;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;

/**
 * The settings panel. Every value goes through {@link Config} validation: a valid one replaces
 * {@link #config()}, an invalid one shows its one-line reason under the control and the last good value stays.
 */
public final class ControlsPanel {
    private final BiConsumer<Config, Seeds> onChange;
    private Config config;
    private Seeds seeds;
    private final ObjectProperty<Pace> pace = new SimpleObjectProperty<>(Pace.ONE);
    private final ScrollPane root;
    private boolean updating;

    private static final String ACTIVATION_TIP = "The hidden units' activation f, applied to x·w1 + b1."
            + " relu: max(0, v), units switch off below 0 (default)."
            + " leaky-relu: v above 0, 0.01·v below, so a switched-off unit still gets a gradient."
            + " tanh: smooth, from −1 to 1, centred at 0."
            + " sigmoid: smooth, from 0 to 1, centred at 0.5; its small slope learns slowest."
            + " The ReLU family starts from He weights, tanh and sigmoid from Glorot; changing it draws new initial"
            + " weights and restarts both runs.";

    private final Slider noise = new Slider(0, 0.5, 0.2);
    private final Spinner<Integer> samples = new Spinner<>();
    private final Slider trainRatio = new Slider(0.5, 0.9, 0.7);
    private final Spinner<Integer> hidden = new Spinner<>();
    private final ComboBox<Activation> activation = new ComboBox<>();
    private final Slider lr = new Slider(-4, 3, -2);
    private final TextField alpha0 = new TextField();
    private final TextField rho = new TextField();
    private final TextField c = new TextField();
    private final ToggleSwitch warmStart = new ToggleSwitch();
    private final Spinner<Integer> epochs = new Spinner<>();
    private final Spinner<Integer> batch = new Spinner<>();
    private final SegmentedButton paceButtons = new SegmentedButton();
    private final Label seedsLabel = new Label();
    private final Label dataFileNote = new Label();

    /** A panel showing {@code initial} with {@code initialSeeds}; every accepted change goes to {@code onChange}. */
    ControlsPanel(Config initial, Seeds initialSeeds, BiConsumer<Config, Seeds> onChange) {
        this.config = initial;
        this.seeds = initialSeeds;
        this.onChange = onChange;
        VBox sections = new VBox(dataSection(), modelSection(), fixedSection(), lineSearchSection(),
                scheduleSection());
        sections.getStyleClass().add("controls");
        root = new ScrollPane(sections);
        root.setId("controlsPanel");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("controls-scroll");
        root.setPrefWidth(320);
        root.setMinWidth(300);
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
        return pace;
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
        boolean file = fileName != null;
        noise.setDisable(file);
        samples.setDisable(file);
        dataFileNote.setVisible(file);
        dataFileNote.setText(file ? "Data from " + fileName + " (" + points + " points): noise and samples do not"
                + " apply. \"New data\" returns to generated moons." : "");
    }

    /** Selects the pace button for {@code p}. */
    void setPace(Pace p) {
        for (javafx.scene.control.ToggleButton b : paceButtons.getButtons()) {
            if (b.getUserData() == p) {
                b.setSelected(true);
            }
        }
    }

    private void show(Config c0, Seeds s) {
        updating = true;
        try {
            noise.setValue(c0.noise());
            samples.getValueFactory().setValue(c0.samples());
            trainRatio.setValue(c0.trainRatio());
            hidden.getValueFactory().setValue(c0.hidden());
            activation.setValue(c0.activation());
            lr.setValue(Math.log10(c0.lr()));
            alpha0.setText(Formats.num(c0.alpha0()));
            rho.setText(Formats.num(c0.rho()));
            c.setText(Formats.num(c0.c()));
            warmStart.setSelected(c0.warmStart());
            epochs.getValueFactory().setValue(c0.epochs());
            batch.getValueFactory().setValue(c0.batch());
            seedsLabel.setText(seedsText(s));
            root.lookupAll(".field-error").forEach(n -> n.setVisible(false));
        } finally {
            updating = false;
        }
    }

    // ---- sections ----

    private TitledPane dataSection() {
        Label noiseError = error("noiseError");
        Label noiseValue = value(noise, v -> String.format(Locale.ROOT, "%.2f", v));
        commitSlider(noise, noiseError, v -> cfg -> cfg.withNoise(round(v, 100)));
        noise.setMajorTickUnit(0.1);
        Label samplesError = error("samplesError");
        intSpinner(samples, 50, 5000, 50, samplesError, v -> cfg -> cfg.withSamples(v));
        Label ratioError = error("trainRatioError");
        Label ratioValue = value(trainRatio, v -> String.format(Locale.ROOT, "%.2f", v));
        commitSlider(trainRatio, ratioError, v -> cfg -> cfg.withTrainRatio(round(v, 100)));
        Button newData = new Button("New data");
        newData.setId("newDataButton");
        newData.setOnAction(e -> seedChange(s -> s.withData(s.data() + 1)));
        tip(newData, "Draws new moons: increments the data seed only. The split, initial weights and batch order keep"
                + " their seeds.");
        Button reinit = new Button("Re-initialize weights");
        reinit.setId("reinitButton");
        reinit.setOnAction(e -> seedChange(s -> s.withInit(s.init() + 1)));
        tip(reinit, "New initial weights (the same for both methods): increments the init seed only.");
        seedsLabel.setId("seedsLabel");
        seedsLabel.getStyleClass().add("hint");
        seedsLabel.setWrapText(true);
        for (Button b : new Button[] {newData, reinit}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        HBox buttons = new HBox(8, newData, reinit);
        dataFileNote.setId("dataFileNote");
        dataFileNote.getStyleClass().add("hint");
        dataFileNote.setWrapText(true);
        dataFileNote.setVisible(false);
        dataFileNote.managedProperty().bind(dataFileNote.visibleProperty());
        return section("Data", "dataSection", dataFileNote,
                row("Noise", noise, noiseValue, noiseError, "noiseSlider",
                        "Standard deviation of the Gaussian noise added to each point. Range 0 – 0.5."),
                row("Samples", samples, null, samplesError, "samplesSpinner",
                        "Number of points, half on each moon. Range 50 – 5000."),
                row("Train ratio", trainRatio, ratioValue, ratioError, "trainRatioSlider",
                        "Fraction of each class used for training; the rest is the test set. Range 0.5 – 0.9."),
                buttons, seedsLabel);
    }

    private TitledPane modelSection() {
        Label hiddenError = error("hiddenError");
        intSpinner(hidden, 1, 256, 1, hiddenError, v -> cfg -> cfg.withHidden(v));
        Label activationError = error("activationError");
        activation.getItems().setAll(Activation.values());
        activation.valueProperty().addListener((obs, old, f) -> {
            if (f != null) {
                attempt(activationError, cfg -> cfg.withActivation(f));
            }
        });
        HBox hiddenRow = new HBox(8,
                row("Hidden units H", hidden, null, hiddenError, "hiddenSpinner",
                        "Units in the hidden layer. Range 1 – 256. Changing it draws new initial weights."),
                row("Activation", activation, null, activationError, "activationCombo", ACTIVATION_TIP));
        hiddenRow.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        return section("Model  2 → H → 1", "modelSection", hiddenRow);
    }

    private TitledPane fixedSection() {
        Label lrError = error("lrError");
        Label lrValue = value(lr, v -> Formats.num(Formats.roundLr(Math.pow(10, v))));
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
        commitSlider(lr, lrError, v -> cfg -> cfg.withLr(Formats.roundLr(Math.pow(10, v))));
        return section("Fixed learning rate", "fixedSection",
                row("Learning rate (log scale)", lr, lrValue, lrError, "lrSlider",
                        "The step size of plain gradient descent, θ ← θ − lr·∇L. Log scale, 1e-4 – 1000."
                                + " During training it takes effect from the next epoch."));
    }

    private TitledPane lineSearchSection() {
        Label a0Error = error("alpha0Error");
        Label rhoError = error("rhoError");
        Label cError = error("cError");
        numberField(alpha0, a0Error, v -> cfg -> cfg.withLineSearch(v, cfg.rho(), cfg.c(), cfg.warmStart()));
        numberField(rho, rhoError, v -> cfg -> cfg.withLineSearch(cfg.alpha0(), v, cfg.c(), cfg.warmStart()));
        numberField(c, cError, v -> cfg -> cfg.withLineSearch(cfg.alpha0(), cfg.rho(), v, cfg.warmStart()));
        warmStart.setId("warmStartSwitch");
        Label warmError = error("warmStartError");
        warmStart.selectedProperty().addListener((obs, old, on) -> attempt(warmError,
                cfg -> cfg.withLineSearch(cfg.alpha0(), cfg.rho(), cfg.c(), on)));
        tip(warmStart, "Start each search at min(α0, 2 × the last accepted α) instead of α0: fewer trials per epoch.");
        Label warmLabel = new Label("Warm start");
        HBox warmRow = new HBox(8, warmLabel, spacer(), warmStart);
        warmRow.setAlignment(Pos.CENTER_LEFT);
        VBox advanced = new VBox(6,
                row("α0  first trial step", alpha0, null, a0Error, "alpha0Field",
                        "The step size each search tries first. Any finite value > 0 (default 1)."),
                row("ρ  shrink factor", rho, null, rhoError, "rhoField",
                        "After a failed trial α ← ρ·α. In (0, 1), default 0.5."),
                row("c  Armijo constant", c, null, cError, "cField",
                        "Accept α when L(θ − α∇L) ≤ L(θ) − c·α·‖∇L‖². In (0, 1), default 1e-4."),
                warmRow, warmError);
        TitledPane advancedPane = new TitledPane("Advanced", advanced);
        advancedPane.setId("advancedPane");
        advancedPane.setExpanded(false);
        advancedPane.getStyleClass().add("advanced");
        Label explain = new Label("Each epoch tries α0, ρ·α0, ρ²·α0, … until the loss decreases enough (Armijo).");
        explain.setWrapText(true);
        explain.getStyleClass().add("hint");
        return section("Backtracking line search", "lineSearchSection", explain, advancedPane);
    }

    private TitledPane scheduleSection() {
        Label epochsError = error("epochsError");
        intSpinner(epochs, 1, 100_000, 100, epochsError, v -> cfg -> cfg.withEpochs(v));
        Label batchError = error("batchError");
        intSpinner(batch, 0, 5000, 10, batchError, v -> cfg -> cfg.withBatch(v));
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
        tip(paceButtons, "Epochs per animation frame (about 60 frames a second). \"max\" trains as fast as possible"
                + " and redraws when the screen can.");
        return section("Schedule", "scheduleSection",
                row("Epochs", epochs, null, epochsError, "epochsSpinner",
                        "Epochs to train both methods. Range 1 – 100 000."),
                row("Batch size (0 = full batch)", batch, null, batchError, "batchSpinner",
                        "Points per gradient step; 0 uses the whole training set (plain gradient descent)."
                                + " At most the number of training points."),
                row("Pace (epochs per frame)", paceButtons, null, null, null, null));
    }

    // ---- building blocks ----

    private static TitledPane section(String title, String id, Node... children) {
        VBox box = new VBox(8, children);
        box.getStyleClass().add("section-body");
        TitledPane pane = new TitledPane(title, box);
        pane.setId(id);
        pane.setCollapsible(true);
        return pane;
    }

    private static VBox row(String name, Node control, Label value, Label error, String id, String tooltip) {
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

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static void tip(Node node, String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        Tooltip.install(node, t);
    }

    private static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setVisible(false);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Label value(Slider slider, DoubleFunction<String> format) {
        Label l = new Label(format.apply(slider.getValue()));
        l.getStyleClass().add("field-value");
        l.setMinWidth(Region.USE_PREF_SIZE);
        slider.valueProperty().addListener((obs, old, v) -> l.setText(format.apply(v.doubleValue())));
        return l;
    }

    private void commitSlider(Slider slider, Label error, DoubleFunction<UnaryOperator<Config>> change) {
        slider.valueProperty().addListener((obs, old, v) -> {
            if (!slider.isValueChanging()) {
                attempt(error, change.apply(v.doubleValue()));
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                attempt(error, change.apply(slider.getValue()));
            }
        });
    }

    private void intSpinner(Spinner<Integer> spinner, int min, int max, int step, Label error,
            java.util.function.IntFunction<UnaryOperator<Config>> change) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min, step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.parseInt(text.trim());
                } catch (NumberFormatException e) {
                    showError(error, "not a whole number: \"" + text.trim() + "\"");
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.valueProperty().addListener((obs, old, v) -> attempt(error, change.apply(v)));
    }

    private void numberField(TextField field, Label error, DoubleFunction<UnaryOperator<Config>> change) {
        field.setPrefColumnCount(8);
        Runnable commit = () -> {
            if (updating) {
                return;
            }
            try {
                double v = Double.parseDouble(field.getText().trim());
                attempt(error, change.apply(v));
            } catch (NumberFormatException e) {
                showError(error, "not a number: \"" + field.getText().trim() + "\"");
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }

    private void attempt(Label error, UnaryOperator<Config> change) {
        if (updating) {
            return;
        }
        try {
            Config next = change.apply(config);
            root.lookupAll(".field-error").forEach(n -> n.setVisible(false));
            if (!next.equals(config)) {
                config = next;
                onChange.accept(config, seeds);
            }
        } catch (IllegalArgumentException e) {
            showError(error, e.getMessage());
        }
    }

    private static void showError(Label error, String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void seedChange(UnaryOperator<Seeds> change) {
        seeds = change.apply(seeds);
        seedsLabel.setText(seedsText(seeds));
        onChange.accept(config, seeds);
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }

    private static String seedsText(Seeds s) {
        return "seeds  data " + s.data() + " · split " + s.split() + " · init " + s.init() + " · batch " + s.batch();
    }

}
