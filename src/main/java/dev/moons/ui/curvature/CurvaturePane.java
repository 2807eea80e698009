package dev.moons.ui.curvature;

import dev.moons.app.EpochView;
import dev.moons.app.HessianSpectra;
import dev.moons.app.Snapshot;
import dev.moons.render.Palette;
import dev.moons.render.chart.SpectrumStrip;
import dev.moons.render.chart.LinePlot;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
 * run, 2/α per epoch for backtracking) and the unstable region above it shaded, the stability margin step · λ_max
 * against the line 2, and the whole Hessian spectrum of both runs at the shown epoch (live or scrubbed), computed
 * off the FX thread by {@link HessianSpectra}.
 */
public final class CurvaturePane implements AutoCloseable {
    private final LinePlot sharpnessPlot = new LinePlot("");
    private final LinePlot marginPlot = new LinePlot("");
    private final Map<Method, LinePlot.Series> sharpness = new EnumMap<>(Method.class);
    private final Map<Method, LinePlot.Series> threshold = new EnumMap<>(Method.class);
    private final Map<Method, LinePlot.Series> margin = new EnumMap<>(Method.class);
    private final LinePlot.Series edge;
    private List<Method> lanes = Method.DEFAULTS;
    private final Label latest = new Label("λ_max: not computed yet");
    private final Label spectrumInfo = new Label("Hessian spectrum: not computed yet");
    private final SpectrumStrip strip = new SpectrumStrip();
    private final HessianSpectra spectra;
    private final VBox root;
    /** The comparison shown; results of another are dropped. */
    private long generation = -1;
    private Snapshot latestSnapshot;
    private EpochView past;
    private boolean live = true;
    private long requestedGeneration = -1;
    private int requestedEpoch = -1;

    /** A pane without a spectrum (its strip says so). */
    public CurvaturePane() {
        this(null);
    }

    /** A pane whose spectrum strip is computed by {@code spectra} (null: none); {@link #close} closes it. */
    public CurvaturePane(HessianSpectra spectra) {
        this.spectra = spectra;
        sharpnessPlot.setId("sharpnessPlot");
        marginPlot.setId("marginPlot");
        setMethods(Method.DEFAULTS);
        edge = marginPlot.addSeries("2 (edge)", javafx.scene.paint.Color.GRAY, true);
        edge.setShadedAbove(true);
        sharpnessPlot.setAxisLabels("epoch", "λ_max");
        sharpnessPlot.setLogY(true);
        marginPlot.setAxisLabels("epoch", "step · λ_max");
        marginPlot.setLogY(true);
        Label title = new Label("Curvature");
        title.getStyleClass().add("pane-title");
        title.setTooltip(new Tooltip("λ_max of the Hessian of the training loss at θ after the epoch, by Lanczos"
                + " on exact Hessian-vector products. Above the dashed line a fixed step would be unstable."));
        Label explain = new Label("A fixed step is stable while lr · λ_max < 2: in the shaded region above the"
                + " dashed 2/lr (2/α) line it overshoots along the sharpest direction.");
        explain.setWrapText(true);
        explain.getStyleClass().add("hint");
        explain.setId("curvatureExplanation");
        latest.setId("curvatureLatest");
        latest.getStyleClass().add("hint");
        HBox plots = new HBox(4, grow(sharpnessPlot), grow(marginPlot));
        VBox.setVgrow(plots, Priority.ALWAYS);
        spectrumInfo.setId("spectrumInfo");
        spectrumInfo.getStyleClass().add("hint");
        spectrumInfo.setMinWidth(0);
        spectrumInfo.setTooltip(new Tooltip("Every eigenvalue of the exact Hessian of the training loss at the shown"
                + " epoch's θ (one tick each). Most sit near 0; the few large ones are the sharp directions. Ticks in"
                + " the shaded region beyond 2/step are directions along which that step overshoots."));
        strip.setId("spectrumStrip");
        strip.setMinSize(0, 50);
        strip.setPrefHeight(70);
        root = new VBox(2, title, explain, plots, latest, spectrumInfo, strip);
        // the spectrum is computed only while the tab shows; a tab coming back into view catches up at once
        root.parentProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.visibleProperty().addListener((v, hidden, visible) -> {
                    if (visible) {
                        catchUp();
                    }
                });
            }
        });
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

    /** The spectrum strip of the shown epoch. */
    public SpectrumStrip spectrumStrip() {
        return strip;
    }

    /**
     * Shows the lanes' {@code methods} (left first) from now on: each one's λ_max, its threshold 2/lr (a fixed-step
     * method) or 2/α (a line search) and its margin, made the first time it is shown, coloured after it; a series is
     * listed in the legend only once it has points.
     */
    public void setMethods(List<Method> methods) {
        lanes = List.copyOf(methods);
        for (Method method : lanes) {
            if (sharpness.containsKey(method)) {
                continue;
            }
            String step = method.isFixedStep() ? "lr" : "α";
            sharpness.put(method, sharpnessPlot.addOptionalSeries(method.id() + " λ_max", Palette.of(method), false));
            threshold.put(method, sharpnessPlot.addOptionalSeries("2/" + step, Palette.of(method), true));
            threshold.get(method).setShadedAbove(true);
            margin.put(method, marginPlot.addOptionalSeries(step + "·λ_max", Palette.of(method), false));
        }
    }

    /** Forgets all data: a new comparison starts. */
    public void clear() {
        sharpnessPlot.clearData();
        marginPlot.clearData();
        latest.setText("λ_max: not computed yet");
        generation = -1;
        latestSnapshot = null;
        past = null;
        live = true;
        requestedGeneration = -1;
        requestedEpoch = -1;
        spectrumInfo.setText("Hessian spectrum: not computed yet");
        strip.clear("spectrum: not computed yet");
    }

    /** The newest state of both runs: while no past epoch is shown, the spectrum follows its epoch. */
    public void showLive(Snapshot s) {
        latestSnapshot = s;
        generation = s.generation();
        if (live) {
            requestSpectra(s.generation(), Math.max(s.left().last().epoch(), s.right().last().epoch()),
                    s.left().theta(), s.right().theta(), s.left().last().step(),
                    s.right().last().step());
        }
    }

    /** A past epoch from the scrubber: the cursor and the spectrum go to it until {@code showEpoch(-1)}. */
    public void showPast(EpochView v) {
        live = false;
        past = v;
        generation = v.generation();
        showEpoch(v.epoch());
        requestSpectra(v.generation(), v.epoch(), v.leftTheta(), v.rightTheta(), v.left().step(),
                v.right().step());
    }

    // steps: the step sizes the runs took in that epoch, whose 2/step the strip marks
    private void requestSpectra(long gen, int epoch, double[] leftTheta, double[] rightTheta,
            double fixedStep, double backtrackingStep) {
        if (spectra == null || leftTheta == null || rightTheta == null
                || (gen == requestedGeneration && epoch == requestedEpoch) || !isShowing()) {
            return;
        }
        requestedGeneration = gen;
        requestedEpoch = epoch;
        spectra.request(gen, epoch, leftTheta, rightTheta,
                s -> showSpectra(s, fixedStep, backtrackingStep), this::refuseSpectra);
    }

    // whether the pane is in a window and every ancestor visible (its tab selected)
    private boolean isShowing() {
        if (root.getScene() == null) {
            return false;
        }
        for (Node n = root; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    // the tab shows again: the spectrum of the epoch shown now
    private void catchUp() {
        if (live && latestSnapshot != null) {
            showLive(latestSnapshot);
        } else if (!live && past != null) {
            showPast(past);
        }
    }

    private void showSpectra(HessianSpectra.Spectra s, double fixedStep, double backtrackingStep) {
        if (s.generation() != generation) {
            return;
        }
        Method left = lanes.get(0);
        Method right = lanes.get(1);
        strip.show(List.of(new SpectrumStrip.Row(left, left.shortLabel(), s.left(), fixedStep),
                new SpectrumStrip.Row(right, right.shortLabel(), s.right(), backtrackingStep)));
        int p = s.left() != null ? s.left().length : s.right() == null ? 0 : s.right().length;
        spectrumInfo.setText(String.format(Locale.ROOT, "Hessian spectrum at epoch %d, all %d eigenvalues: %s; %s",
                s.epoch(), p, extremes(left.id(), s.left()), extremes(right.id(), s.right())));
    }

    private static String extremes(String name, double[] values) {
        if (values == null) {
            return name + " not finite";
        }
        return String.format(Locale.ROOT, "%s λ_max %.3g, λ_min %.3g", name, values[0], values[values.length - 1]);
    }

    private void refuseSpectra(String reason) {
        spectrumInfo.setText("Hessian spectrum: " + reason);
        strip.clear(reason);
    }

    /** Stops the spectrum's worker thread. */
    @Override
    public void close() {
        if (spectra != null) {
            spectra.close();
        }
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
            if (method == lanes.get(0)) {
                edge.add(r.epoch(), 2);
            }
            latest.setText(String.format(java.util.Locale.ROOT, "%s, epoch %d: λ_max %.3g, %s · λ_max = %.3g"
                    + " (stable below 2)", method.shortLabel(), r.epoch(), r.sharpness(),
                    method.isFixedStep() ? "lr" : "α", step * r.sharpness()));
        }
    }

    /** Puts a cursor at {@code epoch} on both plots; -1 removes it and the spectrum follows training again. */
    public void showEpoch(int epoch) {
        sharpnessPlot.setCursor(epoch < 0 ? Double.NaN : epoch);
        marginPlot.setCursor(epoch < 0 ? Double.NaN : epoch);
        if (epoch < 0) {
            live = true;
            if (latestSnapshot != null) {
                showLive(latestSnapshot);
            }
        }
    }

    private static Region grow(Region plot) {
        HBox.setHgrow(plot, Priority.ALWAYS);
        plot.setMinSize(0, 0);
        plot.setPrefSize(200, 120);
        return plot;
    }
}
