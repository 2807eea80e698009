package dev.moons.ui.linesearch;

import dev.moons.render.LineSearchSummary;
import dev.moons.training.LineSearchPicture;
import dev.moons.training.Method;
import java.util.List;
import java.util.Optional;
import dev.moons.render.chart.LineSearchPlot;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The line-search view: the step of the lanes' first line-search method (left first) at the live epoch, or at the
 * epoch the scrubber shows; when neither lane searches for its step it says so instead of an empty plot.
 */
public final class LineSearchPane {
    private final LineSearchPlot plot = new LineSearchPlot();
    private final Label summary = new Label();
    private final Label title = new Label("Line search");
    private List<Method> methods = Method.DEFAULTS;
    private String message = "";
    private final VBox box;
    private LineSearchPicture latest;
    private boolean live = true;

    public LineSearchPane() {
        plot.setId("lineSearchPlot");
        summary.setId("lineSearchSummary");
        summary.getStyleClass().add("hint");
        summary.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(summary.textProperty());
        summary.setTooltip(whole);
        title.setId("lineSearchTitle");
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.setTooltip(new Tooltip("One backtracking step: the loss along −g, φ(α) = L(θ − α·g). The search"
                + " tries α0, ρα0, ρ²α0, … (red circles) until a trial lies under the Armijo line (green dot)."
                + " The orange line is where the fixed learning rate would step. The purple dash-dot curve is the"
                + " quadratic model φ(0) − α‖g‖² + ½α²·gᵀHg from the exact Hessian H at θ; its minimiser"
                + " α* = ‖g‖²/gᵀHg is the step that would be best if the loss were that quadratic."));
        HBox header = new HBox(8, title, summary);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");
        VBox.setVgrow(plot, Priority.ALWAYS);
        plot.setMinSize(0, 0);
        box = new VBox(2, header, plot);
        box.getStyleClass().add("card");
        box.setMinSize(0, 0);
        box.setId("lineSearchPane");
    }

    public Node node() {
        return box;
    }

    /** The line-search plot (the live one: copy it before laying it out elsewhere). */
    public LineSearchPlot plot() {
        return plot;
    }

    /** The training thread's newest picture; drawn unless a past epoch is shown. */
    public void showLive(LineSearchPicture picture) {
        latest = picture;
        if (live) {
            draw(picture);
        }
    }

    /** Shows a past epoch's step (null at epoch 0) until {@link #followLive}. */
    public void showPast(LineSearchPicture picture) {
        live = false;
        if (drawn().isEmpty()) {
            empty(noSearch());
            summary.setText(noSearchWhy());
        } else if (picture == null) {
            empty("Epoch 0: no step taken yet.");
            summary.setText("");
        } else {
            draw(picture);
        }
    }

    /** Back to the newest picture. */
    public void followLive() {
        live = true;
        if (latest != null) {
            draw(latest);
        }
    }

    /**
     * Shows the lanes' {@code methods} (left first) from the next {@link #clear}: the title names the line search
     * drawn (the first of them that searches), or the plot says that neither lane has one.
     */
    public void setMethods(List<Method> methods) {
        this.methods = List.copyOf(methods);
        plot.setFixedStepShown(this.methods.contains(Method.FIXED));
        clear();
    }

    /** The line-search method whose steps this view draws, if a lane has one (the first, left lane first). */
    public Optional<Method> drawn() {
        return methods.stream().filter(m -> !m.isFixedStep()).findFirst();
    }

    /** A new comparison: nothing to show until its first step. */
    public void clear() {
        latest = null;
        live = true;
        Optional<Method> search = drawn();
        title.setText(search.map(m -> "Line search · " + m.shortLabel()).orElse("Line search"));
        empty(search.map(m -> "No step yet: train or step once to see the line search.").orElseGet(this::noSearch));
        summary.setText(search.isEmpty() ? noSearchWhy() : "");
    }

    /** What the plot says while it shows no step ("" while it shows one). */
    public String message() {
        return message;
    }

    private void empty(String text) {
        message = text;
        plot.clear(text);
    }

    // the plain words for a comparison of fixed-step methods only (short: the plot's message does not wrap); the
    // summary beside the title says why
    private String noSearch() {
        return NO_SEARCH;
    }

    /** What the plot says when neither lane has a line search. */
    public static final String NO_SEARCH = "Neither lane has a line search";

    /** The summary's words: why there is nothing to draw, naming the lanes' methods. */
    private String noSearchWhy() {
        return String.join(" and ", methods.stream().map(Method::shortLabel).toList())
                + " step by lr; pick a line search in a lane to see φ(α) and its trials.";
    }

    /** The summary beside the title. */
    public String summaryText() {
        return summary.getText();
    }

    private void draw(LineSearchPicture p) {
        message = "";
        plot.show(p);
        summary.setText(LineSearchSummary.of(p));
    }
}
