package dev.moons.ui.inspector;

import dev.moons.app.RunSnapshot;
import dev.moons.render.Formats;
import dev.moons.render.Palette;
import dev.moons.model.GradientCheck;
import dev.moons.model.Layers;
import dev.moons.training.LayerStats;
import dev.moons.render.chart.HeatStrips;
import dev.moons.render.chart.LinePlot;
import dev.moons.app.EpochView;
import dev.moons.app.GradientChecker;
import dev.moons.app.Snapshot;
import dev.moons.training.Method;
import dev.moons.ui.lanes.LaneToggles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.controlsfx.control.SegmentedButton;

/**
 * The Inspector tab: for the selected run (either lane's method) and the epoch shown (live, or the scrubber's),
 * its weights and biases with their gradient as heat strips, the gradient norm per layer over the epochs (log y),
 * the log10 update-to-parameter ratio per layer with the usual healthy −3 as a guide, and the manual-vs-SameDiff
 * gradient check. Gradients are computed off the FX thread by a {@link GradientChecker}, only while the tab is
 * selected; the strips then show θ and ∇L(θ) of the same check, so they always belong together.
 */
public final class InspectorPane {
    /** The usual healthy log10 update ratio (about one thousandth of the weights per step). */
    static final double HEALTHY_RATIO = -3;
    private static final Color GUIDE = Color.web("#7a7a7a");
    private static final String CHECK_TIP = "The data loss's gradient at the θ shown, by the hand-written backward"
            + " pass and by SameDiff: the largest difference over the 4H+1 entries should be about 1e-15 or less;"
            + " then SameDiff's time and the weights' norms ‖w1‖, ‖w2‖ (weight decay keeps them small).";

    /** What the tab's middle shows. */
    enum View {
        TENSORS("θ, ∇L"), NORMS("‖∇L‖"), RATIOS("Δθ/θ");

        final String label;

        View(String label) {
            this.label = label;
        }
    }

    private final GradientChecker checker;
    private final Tab tab = new Tab("Inspector");
    private final HeatStrips strips = new HeatStrips();
    private final Label hoverText = new Label();
    private final Map<Method, LinePlot> normPlots = new EnumMap<>(Method.class);
    private final Map<Method, LinePlot> ratioPlots = new EnumMap<>(Method.class);
    private final Label checkLine = new Label();
    private final StackPane norms = new StackPane();
    private final StackPane ratios = new StackPane();
    private final LaneToggles runs = new LaneToggles("inspectorRuns", m -> LaneToggles.id("inspector", m, ""),
            this::selectRun);
    private List<Method> lanes = Method.DEFAULTS;
    private final Map<View, ToggleButton> viewButtons = new LinkedHashMap<>();
    private final Map<View, Node> views = new LinkedHashMap<>();
    private final Map<Method, List<LayerStats>> stats = new EnumMap<>(Method.class);
    private final Map<Method, Integer> plotted = new EnumMap<>(Method.class);
    private View view = View.TENSORS;
    private final Map<Method, double[]> liveTheta = new EnumMap<>(Method.class);
    private final Map<Method, Integer> liveEpoch = new EnumMap<>(Method.class);
    private final Map<Method, double[]> pastTheta = new EnumMap<>(Method.class);
    private int pastEpoch = -1;
    private boolean live = true;
    private long generation = -1;
    private Method method = Method.FIXED;
    private GradientCheck shownCheck;
    private Method shownCheckMethod;
    private int shownCheckEpoch = -1;

    public InspectorPane(GradientChecker checker) {
        this.checker = checker;
        norms.setMinSize(0, 0);
        ratios.setMinSize(0, 0);
        strips.setId("inspectorStrips");
        strips.setOnHover(text -> hoverText.setText(text == null ? hoverHint() : text));
        hoverText.setId("inspectorHover");
        hoverText.getStyleClass().add("hint");
        hoverText.setMinWidth(0);
        hoverText.setText(hoverHint());
        VBox.setVgrow(strips, Priority.ALWAYS);
        VBox tensors = new VBox(2, strips, hoverText);
        tensors.setMinSize(0, 0);
        views.put(View.TENSORS, tensors);
        views.put(View.NORMS, norms);
        views.put(View.RATIOS, ratios);
        checkLine.setId("inspectorCheck");
        checkLine.getStyleClass().add("hint");
        checkLine.setMinWidth(0);
        checkLine.setStyle("-fx-font-size: 11px;");
        checkLine.setTooltip(new Tooltip(CHECK_TIP));
        StackPane middle = new StackPane();
        middle.getChildren().addAll(views.values());
        middle.setMinSize(0, 0);
        VBox.setVgrow(middle, Priority.ALWAYS);
        VBox box = new VBox(3, header(), middle, checkLine);
        box.getStyleClass().add("card");
        box.setMinSize(0, 0);
        box.setId("inspectorPane");
        tab.setContent(box);
        tab.setId("inspectorTab");
        tab.setTooltip(new Tooltip("Weights, biases and gradients of one run at the epoch shown"));
        tab.selectedProperty().addListener((obs, old, on) -> {
            if (on) {
                requestCheck();
                sync();
            }
        });
        showView(View.TENSORS);
        setMethods(Method.DEFAULTS);
        clear(-1);
    }

    /** The tab to put in the detail TabPane. */
    public Tab tab() {
        return tab;
    }

    HeatStrips strips() {
        return strips;
    }

    /** The gradient-norm chart of run {@code m}: series layer 1, layer 2. */
    LinePlot normPlot(Method m) {
        return normPlots.get(m);
    }

    /** The update-ratio chart of run {@code m}: series layer 1, layer 2, the −3 guide. */
    LinePlot ratioPlot(Method m) {
        return ratioPlots.get(m);
    }

    /** The run shown. */
    Method method() {
        return method;
    }

    /** The epoch of the θ in the strips, or -1 while none is shown. */
    int shownEpoch() {
        return shownCheck == null ? -1 : shownCheckEpoch;
    }

    /** The check whose θ and gradient the strips show, or null. */
    GradientCheck shownCheck() {
        return shownCheck;
    }

    /** Shows the lanes' {@code methods} (left first): a toggle each, their charts made the first time, coloured after them. */
    public void setMethods(List<Method> methods) {
        lanes = List.copyOf(methods);
        for (Method m : lanes) {
            if (stats.containsKey(m)) {
                continue;
            }
            stats.put(m, new ArrayList<>());
            plotted.put(m, 0);
            Color colour = Palette.of(m);
            LinePlot n = plot("inspectorNormPlot-" + m.id(), "‖∇L‖");
            n.setLogY(true);
            n.addSeries("layer 1", colour, false);
            n.addSeries("layer 2", colour, true);
            LinePlot r = plot("inspectorRatioPlot-" + m.id(), "log10 Δθ/θ");
            r.addSeries("layer 1", colour, false);
            r.addSeries("layer 2", colour, true);
            r.addSeries("healthy −3", GUIDE, true);
            normPlots.put(m, n);
            ratioPlots.put(m, r);
            norms.getChildren().add(n);
            ratios.getChildren().add(r);
        }
        runs.setMethods(lanes);
    }

    /** The lanes' methods shown, left first. */
    public List<Method> methods() {
        return lanes;
    }

    /** Shows run {@code m}. */
    void selectRun(Method m) {
        if (runs.selected() != m) {
            runs.select(m);
            return;
        }
        method = m;
        normPlots.forEach((k, p) -> p.setVisible(k == m));
        ratioPlots.forEach((k, p) -> p.setVisible(k == m));
        requestCheck();
        sync();
    }

    /** A new comparison {@code gen}: forget every series and θ. */
    public void clear(long gen) {
        generation = gen;
        stats.values().forEach(List::clear);
        plotted.replaceAll((k, v) -> 0);
        liveTheta.clear();
        liveEpoch.clear();
        pastTheta.clear();
        live = true;
        shownCheck = null;
        shownCheckMethod = null;
        strips.clear();
        checkLine.setText("SameDiff check: waiting for the first parameters");
        for (LinePlot p : normPlots.values()) {
            p.clearData();
            p.setCursor(Double.NaN);
        }
        for (LinePlot p : ratioPlots.values()) {
            p.clearData();
            p.setCursor(Double.NaN);
        }
    }

    /**
     * One epoch's layer stats of {@code m}, in epoch order (a repeated epoch is ignored). Kept, and plotted only
     * while its chart is on screen: a hidden chart catches up when shown, so training costs the FX thread nothing
     * while the tab is closed.
     */
    public void add(Method m, LayerStats s) {
        List<LayerStats> list = stats.get(m);
        if (list == null || (!list.isEmpty() && list.get(list.size() - 1).epoch() >= s.epoch())) {
            return;
        }
        list.add(s);
        if (m == method) {
            sync();
        }
    }

    // plots the selected run's stats not plotted yet, when its charts are on screen
    private void sync() {
        if (!tab.isSelected() || view == View.TENSORS) {
            return;
        }
        List<LayerStats> list = stats.get(method);
        int from = plotted.get(method);
        if (from == list.size()) {
            return;
        }
        List<LinePlot.Series> n = normPlots.get(method).series();
        List<LinePlot.Series> r = ratioPlots.get(method).series();
        for (LayerStats s : list.subList(from, list.size())) {
            n.get(0).add(s.epoch(), s.gradLayer1());
            n.get(1).add(s.epoch(), s.gradLayer2());
            r.get(0).add(s.epoch(), s.updateRatio1());
            r.get(1).add(s.epoch(), s.updateRatio2());
        }
        plotted.put(method, list.size());
        r.get(2).clear();
        r.get(2).add(0, HEALTHY_RATIO);
        r.get(2).add(Math.max(1, list.get(list.size() - 1).epoch()), HEALTHY_RATIO);
    }

    /** The newest parameters of both runs; shown unless a past epoch is. */
    public void showLive(Snapshot s) {
        for (RunSnapshot run : List.of(s.left(), s.right())) {
            liveTheta.put(run.method(), run.theta());
            liveEpoch.put(run.method(), run.last().epoch());
        }
        if (live) {
            requestCheck();
        }
    }

    /** A past epoch from the scrubber: shown until {@link #followLive}. */
    public void showPast(EpochView v) {
        live = false;
        pastEpoch = v.epoch();
        pastTheta.put(lanes.get(0), v.leftTheta());
        pastTheta.put(lanes.get(1), v.rightTheta());
        setCursor(pastEpoch);
        requestCheck();
    }

    /** Back to the newest parameters. */
    public void followLive() {
        live = true;
        setCursor(Double.NaN);
        requestCheck();
    }

    // the θ now selected (run, live or past) goes to the checker, while the tab is visible
    private void requestCheck() {
        double[] theta = live ? liveTheta.get(method) : pastTheta.get(method);
        if (theta == null || generation < 0 || !tab.isSelected() || checker == null) {
            return;
        }
        if (shownCheck != null && method == shownCheckMethod && java.util.Arrays.equals(theta,
                shownCheck.theta())) {
            return;
        }
        Method m = method;
        boolean forLive = live;
        int epoch = live ? liveEpoch.get(m) : pastEpoch;
        long gen = generation;
        checker.check(gen, theta, c -> showCheck(gen, m, forLive, epoch, c), this::showFailure);
    }

    // a result is shown only if it answers what is wanted: this comparison, run, and live or that past epoch
    private void showCheck(long gen, Method m, boolean forLive, int epoch, GradientCheck c) {
        if (gen != generation || m != method || forLive != live || (!live && epoch != pastEpoch)) {
            return;
        }
        shownCheck = c;
        shownCheckMethod = m;
        shownCheckEpoch = epoch;
        strips.show(Layers.of(c.theta()), Layers.of(c.manual()));
        checkLine.setText(checkText(epoch, c));
        checkLine.getTooltip().setText(checkText(epoch, c) + "\n" + CHECK_TIP);
    }

    /** "epoch 5 · |manual−SameDiff| ≤ 2.2e-16 · 40 ms · ‖w1‖ 3.2 · ‖w2‖ 4.1": the check and the weights' norms. */
    static String checkText(int epoch, GradientCheck c) {
        String diff = Double.isNaN(c.maxAbsDiff()) ? "NaN (θ not finite)" : WeightNorms.scientific(c.maxAbsDiff());
        return "epoch " + epoch + " · |manual−SameDiff| ≤ " + diff + " · " + Formats.millis(c.sameDiffMs())
                + WeightNorms.text(c.theta());
    }

    private void showFailure(String reason) {
        checkLine.setText("SameDiff check failed: " + reason);
    }

    private void setCursor(double epoch) {
        normPlots.values().forEach(p -> p.setCursor(epoch));
        ratioPlots.values().forEach(p -> p.setCursor(epoch));
    }

    private static LinePlot plot(String id, String yLabel) {
        LinePlot p = new LinePlot("");
        p.setId(id);
        p.setAxisLabels("", yLabel);
        p.setXRange(0, Double.NaN);
        p.setMinSize(0, 0);
        p.setPrefSize(300, 140);
        return p;
    }

    private void showView(View v) {
        view = v;
        views.forEach((k, node) -> node.setVisible(k == v));
        sync();
    }

    private static String hoverHint() {
        return "hover a cell for its value and gradient";
    }

    private Node header() {
        SegmentedButton show = new SegmentedButton();
        show.setId("inspectorViews");
        for (View v : View.values()) {
            ToggleButton b = new ToggleButton(v.label);
            b.setId("inspectorView-" + v.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(v);
            b.setMinWidth(Region.USE_PREF_SIZE);
            viewButtons.put(v, b);
            show.getButtons().add(b);
        }
        viewButtons.get(View.TENSORS).setSelected(true);
        viewButtons.get(View.TENSORS).setTooltip(new Tooltip("Weights and biases θ and their gradient ∇L(θ) as heat"
                + " strips: blue negative, red positive, each block scaled to its largest |value|."));
        viewButtons.get(View.NORMS).setTooltip(new Tooltip("Gradient norm per layer over the epochs (log scale):"
                + " layer 1 = (w1, b1) solid, layer 2 = (w2, b2) dashed."));
        viewButtons.get(View.RATIOS).setTooltip(new Tooltip("log10 of how far each epoch moved a layer relative to"
                + " its size, ‖Δθ‖/‖θ‖; about −3 (grey) is the usual healthy value, much higher is too big a step."));
        show.getToggleGroup().selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                showView((View) t.getUserData());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(6, runs.node(), spacer, show);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
