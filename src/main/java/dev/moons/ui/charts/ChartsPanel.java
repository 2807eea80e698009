package dev.moons.ui.charts;

import dev.moons.render.Palette;
import dev.moons.render.RunLabels;
import dev.moons.training.EpochRecord;
import dev.moons.render.chart.LinePlot;
import dev.moons.training.Method;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;

/**
 * The loss chart (train and test loss of both methods) and the step-size chart, fed with every epoch record of
 * the current comparison; keeps that history for re-plotting on another x axis and for CSV export.
 */
public final class ChartsPanel {
    /** Loss axis ceiling: a diverging run leaves the top instead of squashing the other curves flat. */
    private final LinePlot lossPlot = new LinePlot("");
    private final LinePlot stepPlot = new LinePlot("");
    private final Map<Method, LinePlot.Series> train = new EnumMap<>(Method.class);
    private final Map<Method, LinePlot.Series> test = new EnumMap<>(Method.class);
    private final Map<Method, LinePlot.Series> objective = new EnumMap<>(Method.class);
    private final Map<Method, LinePlot.Series> step = new EnumMap<>(Method.class);
    private Map<Method, List<EpochRecord>> histories = new LinkedHashMap<>();
    private final List<Marker> markers = new ArrayList<>();
    private final Node lossPane;
    private final Node stepPane;
    private XAxis xAxis = XAxis.EPOCH;
    private int cursorEpoch = -1;

    private record Marker(int epoch, String label) {
    }

    public ChartsPanel() {
        lossPlot.setId("lossPlot");
        stepPlot.setId("stepPlot");
        setMethods(Method.DEFAULTS);
        lossPlot.setAxisLabels(xAxis.axisLabel(), "cross-entropy");
        lossPlot.setLogY(true);
        lossPlot.setYCap(RunLabels.LOSS_AXIS_CAP);
        stepPlot.setAxisLabels("epoch", "α");
        stepPlot.setLogY(true);
        stepPlot.setXRange(0, Double.NaN);
        lossPane = framed(lossPlot, lossHeader());
        stepPane = framed(stepPlot, header(title("Step size α",
                "The step each method took per epoch: a fixed-step method (fixed, momentum, Nesterov, Adam) stays at lr,"
                        + " a line search picks its own α.")));
    }

    /** The loss chart with its axis switch and log-y toggle. */
    public Node lossPane() {
        return lossPane;
    }

    /** The step-size chart. */
    public Node stepPane() {
        return stepPane;
    }

    /**
     * Compact headers, for when a tab already names each chart: the panes' titles and the "x axis" hint are
     * hidden (and take no room), so the loss pane's tools stay on one line above a plot of usable height.
     */
    public void setCompact(boolean compact) {
        for (Node pane : List.of(lossPane, stepPane)) {
            for (Node header : pane.lookupAll(".pane-header")) {
                for (Node caption : ((Parent) header).getChildrenUnmodifiable()) {
                    if (caption.getStyleClass().contains("pane-title") || caption.getStyleClass().contains("hint")) {
                        caption.setVisible(!compact);
                        caption.setManaged(!compact);
                    }
                }
            }
        }
    }

    public LinePlot lossPlot() {
        return lossPlot;
    }

    /** The step-size plot (the live one: copy it before laying it out elsewhere). */
    public LinePlot stepPlot() {
        return stepPlot;
    }

    /**
     * Shows the lanes' {@code methods} (left first) from now on: their series, named and coloured after them, are
     * created the first time a method is shown; every series is listed in the legend only once it has points.
     * Forgets the records of methods no longer shown.
     */
    public void setMethods(List<Method> methods) {
        Map<Method, List<EpochRecord>> next = new LinkedHashMap<>();
        for (Method method : methods) {
            next.put(method, histories.getOrDefault(method, new ArrayList<>()));
            if (!train.containsKey(method)) {
                train.put(method, lossPlot.addOptionalSeries(method.id() + " train", Palette.of(method), false));
                test.put(method, lossPlot.addOptionalSeries("test", Palette.of(method), true));
                // with weight decay: the penalised training loss both methods minimise, a lighter line of the same hue
                objective.put(method, lossPlot.addOptionalSeries("+ λ/2‖w‖²", Palette.of(method)
                        .deriveColor(0, 0.55, 1.35, 0.85), false));
                step.put(method, stepPlot.addOptionalSeries(method.id(), Palette.of(method), false));
            }
        }
        for (Method gone : histories.keySet()) {
            if (!next.containsKey(gone)) {
                train.get(gone).clear();
                test.get(gone).clear();
                objective.get(gone).clear();
                step.get(gone).clear();
            }
        }
        histories = next;
    }

    /** Every record of the current comparison per method, left lane first (live lists: copy before keeping). */
    public Map<Method, List<EpochRecord>> histories() {
        return histories;
    }

    /** Forgets all data: a new comparison starts. */
    public void clear() {
        histories.values().forEach(List::clear);
        markers.clear();
        lossPlot.clearData();
        lossPlot.clearMarkers();
        stepPlot.clearData();
        stepPlot.clearMarkers();
        showEpoch(-1);
    }

    /** Adds one epoch of {@code method}. */
    public void add(Method method, EpochRecord r) {
        List<EpochRecord> history = histories.get(method);
        if (history == null) {
            return;
        }
        history.add(r);
        plot(method, r);
    }

    /** Marks a settings change after {@code epoch} on both charts. */
    public void mark(int epoch, String label) {
        markers.add(new Marker(epoch, label));
        plotMarker(markers.get(markers.size() - 1));
    }

    /** Puts a cursor at {@code epoch} on both charts (on the loss chart's current x axis); -1 removes it. */
    public void showEpoch(int epoch) {
        cursorEpoch = epoch;
        List<EpochRecord> fixed = firstLane();
        if (epoch < 0 || fixed.isEmpty()) {
            lossPlot.setCursor(Double.NaN);
            stepPlot.setCursor(Double.NaN);
            return;
        }
        lossPlot.setCursor(xAxis == XAxis.EPOCH ? epoch : xAxis.x(fixed.get(Math.min(epoch, fixed.size() - 1))));
        stepPlot.setCursor(epoch);
    }

    /** Re-plots the loss chart against {@code next}. */
    void setXAxis(XAxis next) {
        xAxis = next;
        lossPlot.setAxisLabels(next.axisLabel(), "cross-entropy");
        lossPlot.clearData();
        lossPlot.clearMarkers();
        stepPlot.clearData();
        stepPlot.clearMarkers();
        histories.forEach((method, records) -> records.forEach(r -> plot(method, r)));
        markers.forEach(this::plotMarker);
        showEpoch(cursorEpoch);
    }

    XAxis xAxis() {
        return xAxis;
    }

    private void plot(Method method, EpochRecord r) {
        double x = xAxis.x(r);
        if (Double.isFinite(r.trainLoss())) {
            train.get(method).add(x, r.trainLoss());
        }
        if (Double.isFinite(r.testLoss())) {
            test.get(method).add(x, r.testLoss());
        }
        if (Double.isFinite(r.trainObjective()) && r.trainObjective() != r.trainLoss()) {
            objective.get(method).add(x, r.trainObjective());
        }
        if (Double.isFinite(r.step()) && r.step() > 0) {
            step.get(method).add(r.epoch(), r.step());
        }
    }

    // the left lane's records: they place the cursor and the marks on a cost axis
    private List<EpochRecord> firstLane() {
        return histories.isEmpty() ? List.of() : histories.values().iterator().next();
    }

    private void plotMarker(Marker m) {
        List<EpochRecord> fixed = firstLane();
        double x = m.epoch();
        if (xAxis != XAxis.EPOCH && !fixed.isEmpty()) {
            x = xAxis.x(fixed.get(Math.min(m.epoch(), fixed.size() - 1)));
        }
        lossPlot.addMarker(x, m.label());
        stepPlot.addMarker(m.epoch(), m.label());
    }

    private Node lossHeader() {
        SegmentedButton axis = new SegmentedButton();
        axis.setId("xAxisButtons");
        for (XAxis a : XAxis.values()) {
            ToggleButton b = new ToggleButton(a.shortLabel());
            b.setId("xAxis-" + a.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(a);
            b.setSelected(a == xAxis);
            b.setMinWidth(Region.USE_PREF_SIZE);
            axis.getButtons().add(b);
        }
        axis.getToggleGroup().selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                setXAxis((XAxis) t.getUserData());
            }
        });
        Tooltip.install(axis, new Tooltip("x axis: epochs; cumulative loss evaluations (a line-search trial costs"
                + " one, like the forward pass of a gradient); or the method's own training time in ms."));
        ToggleSwitch log = new ToggleSwitch("log y");
        log.setId("logYSwitch");
        log.setMinWidth(Region.USE_PREF_SIZE);
        log.setSelected(lossPlot.isLogY());
        log.selectedProperty().addListener((obs, old, on) -> lossPlot.setLogY(on));
        Tooltip.install(log, new Tooltip("Logarithmic loss axis: equal ratios look equal; shows slow progress."));
        return header(title("Loss", "Mean binary cross-entropy; solid lines on the training set, dashed on the"
                + " test set; with weight decay a lighter line is the penalised training loss (data loss + λ/2‖w‖²)"
                + " that both methods minimise. Click a legend entry to hide or show its line."), axisLabel(), axis, log);
    }

    private static Label title(String text, String tip) {
        Label t = new Label(text);
        t.getStyleClass().add("pane-title");
        t.setMinWidth(Region.USE_PREF_SIZE);
        t.setTooltip(new Tooltip(tip));
        return t;
    }

    private static Label axisLabel() {
        Label t = new Label("x axis");
        t.getStyleClass().add("hint");
        t.setMinWidth(Region.USE_PREF_SIZE);
        return t;
    }

    // a flow, not a row: when the pane is narrow the tools wrap under the title instead of leaving the pane
    private static Node header(Label title, Node... tools) {
        FlowPane box = new FlowPane(8, 2, title);
        box.getChildren().addAll(tools);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        box.getStyleClass().add("pane-header");
        return box;
    }

    private static Node framed(Region plot, Node header) {
        VBox.setVgrow(plot, Priority.ALWAYS);
        plot.setMinSize(0, 0);
        VBox box = new VBox(2, header, plot);
        box.getStyleClass().add("card");
        box.setMinSize(0, 0);
        return box;
    }
}
