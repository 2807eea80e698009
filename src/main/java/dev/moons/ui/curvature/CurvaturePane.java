package dev.moons.ui.curvature;

import dev.moons.render.Palette;
import dev.moons.render.chart.LinePlot;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Why a step size works: each run's sharpness λ_max (the largest eigenvalue of the training-loss Hessian, recorded
 * every few epochs) on a log axis with its stability threshold 2/step dashed in the run's colour (2/lr for the fixed
 * run, 2/α per epoch for backtracking), and the stability margin step · λ_max against the line 2.
 */
public final class CurvaturePane {
    private final LinePlot sharpnessPlot = new LinePlot("");
    private final LinePlot marginPlot = new LinePlot("");
    private final Map<Method, LinePlot.Series> sharpness = new EnumMap<>(Method.class);
    private final Map<Method, LinePlot.Series> threshold = new EnumMap<>(Method.class);
    private final Map<Method, LinePlot.Series> margin = new EnumMap<>(Method.class);
    private final LinePlot.Series edge;
    private final Label latest = new Label("λ_max: not computed yet");
    private final VBox root;

    public CurvaturePane() {
        sharpnessPlot.setId("sharpnessPlot");
        marginPlot.setId("marginPlot");
        for (Method method : Method.DEFAULTS) {
            sharpness.put(method, sharpnessPlot.addSeries(method.id() + " λ_max", Palette.of(method), false));
            threshold.put(method, sharpnessPlot.addSeries(method == Method.FIXED ? "2/lr" : "2/α",
                    Palette.of(method), true));
            margin.put(method, marginPlot.addSeries(method == Method.FIXED ? "lr·λ_max" : "α·λ_max",
                    Palette.of(method), false));
        }
        edge = marginPlot.addSeries("2 (edge)", javafx.scene.paint.Color.GRAY, true);
        sharpnessPlot.setAxisLabels("epoch", "λ_max");
        sharpnessPlot.setLogY(true);
        marginPlot.setAxisLabels("epoch", "step · λ_max");
        marginPlot.setLogY(true);
        Label title = new Label("Curvature");
        title.getStyleClass().add("pane-title");
        title.setTooltip(new Tooltip("λ_max of the Hessian of the training loss at θ after the epoch, by Lanczos"
                + " on exact Hessian-vector products. Above the dashed line a fixed step would be unstable."));
        Label explain = new Label("A fixed step is stable while lr · λ_max < 2: above the dashed 2/lr line it"
                + " overshoots along the sharpest direction.");
        explain.setWrapText(true);
        explain.getStyleClass().add("hint");
        explain.setId("curvatureExplanation");
        latest.setId("curvatureLatest");
        latest.getStyleClass().add("hint");
        HBox plots = new HBox(4, grow(sharpnessPlot), grow(marginPlot));
        VBox.setVgrow(plots, Priority.ALWAYS);
        root = new VBox(2, title, explain, plots, latest);
        root.setId("curvaturePane");
        root.getStyleClass().add("card");
        root.setMinSize(0, 0);
    }

    /** The pane to lay out. */
    public Node node() {
        return root;
    }

    /** The λ_max plot (log y) with the thresholds 2/step. */
    public LinePlot sharpnessPlot() {
        return sharpnessPlot;
    }

    /** The stability-margin plot, step · λ_max against 2. */
    public LinePlot marginPlot() {
        return marginPlot;
    }

    /** Forgets all data: a new comparison starts. */
    public void clear() {
        sharpnessPlot.clearData();
        marginPlot.clearData();
        latest.setText("λ_max: not computed yet");
    }

    /** Adds one epoch of {@code method}; records without a sharpness only move the 2/step line. */
    public void add(Method method, EpochRecord r) {
        LinePlot.Series s = sharpness.get(method);
        if (s == null) {
            return;
        }
        double step = r.step();
        if (step > 0 && Double.isFinite(step)) {
            threshold.get(method).add(r.epoch(), 2 / step);
        }
        if (!r.hasSharpness() || !(r.sharpness() > 0)) {
            return;
        }
        s.add(r.epoch(), r.sharpness());
        if (step > 0 && Double.isFinite(step)) {
            margin.get(method).add(r.epoch(), step * r.sharpness());
            if (method == Method.FIXED) {
                edge.add(r.epoch(), 2);
            }
            latest.setText(String.format(java.util.Locale.ROOT, "%s, epoch %d: λ_max %.3g, %s · λ_max = %.3g"
                    + " (stable below 2)", method.shortLabel(), r.epoch(), r.sharpness(),
                    method == Method.FIXED ? "lr" : "α", step * r.sharpness()));
        }
    }

    /** Puts a cursor at {@code epoch} on both plots; -1 removes it. */
    public void showEpoch(int epoch) {
        sharpnessPlot.setCursor(epoch < 0 ? Double.NaN : epoch);
        marginPlot.setCursor(epoch < 0 ? Double.NaN : epoch);
    }

    private static Region grow(Region plot) {
        HBox.setHgrow(plot, Priority.ALWAYS);
        plot.setMinSize(0, 0);
        plot.setPrefSize(200, 120);
        return plot;
    }
}
