package dev.moons.ui.shell;

import dev.moons.render.Formats;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.training.MethodSettings;
import dev.moons.training.Parameter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The "Methods" section: which method each lane runs (choosers {@code leftMethod}, {@code rightMethod}; picking the
 * other lane's method swaps the two lanes, so they always differ) and, under "Advanced", the own settings of the
 * lanes' methods (μ; β1, β2, ε; c2; sls's c, γ, η_max), each row shown only while a lane's method reads it. Ranges,
 * defaults and tooltips are the {@link Parameter} rows'; every value is checked by {@link MethodSettings} and
 * {@link Config} where it enters.
 */
final class MethodControls {
    private final ChoiceBox<Method> left = chooser("leftMethod");
    private final ChoiceBox<Method> right = chooser("rightMethod");
    private final ConfigEdits edits;
    private final TitledPane pane;
    private final List<MethodRow> rows;
    private final Label none = ControlRows.hint(new Label("The lanes' methods have no settings of their own here:"
            + " the learning rate and the line search have their sections below."));
    private Consumer<List<Method>> onLanes = lanes -> { };
    private boolean swapping;

    /** A row of one method setting: its field, and the methods that read it. */
    private record MethodRow(Node node, TextField field, Set<Method> readBy, java.util.function.ToDoubleFunction<Config> value) {
    }

    /** Choosers and fields whose changes go through {@code bindings} and {@code edits}. */
    MethodControls(ControlBindings bindings, ConfigEdits edits) {
        this.edits = edits;
        Label lanesError = ControlRows.error("methodsError");
        left.valueProperty().addListener((obs, old, m) -> picked(lanesError, m, old, right, true));
        right.valueProperty().addListener((obs, old, m) -> picked(lanesError, m, old, left, false));
        rows = List.of(
                row(bindings, "μ  momentum", "momentum", Parameter.MOMENTUM, EnumSet.of(Method.MOMENTUM, Method.NESTEROV),
                        Config::momentum, (s, v) -> s.withMomentum(v),
                        "b ← μ·b + g; θ ← θ − lr·b (Nesterov: θ ← θ − lr·(g + μ·b))."),
                row(bindings, "β1  Adam's mean decay", "beta1", Parameter.BETA1, EnumSet.of(Method.ADAM),
                        Config::beta1, (s, v) -> s.withAdam(v, s.beta2(), s.eps()), "m ← β1·m + (1 − β1)·g."),
                row(bindings, "β2  Adam's square decay", "beta2", Parameter.BETA2, EnumSet.of(Method.ADAM),
                        Config::beta2, (s, v) -> s.withAdam(s.beta1(), v, s.eps()), "v ← β2·v + (1 − β2)·g²."),
                row(bindings, "ε  Adam's denominator", "eps", Parameter.EPS, EnumSet.of(Method.ADAM),
                        Config::eps, (s, v) -> s.withAdam(s.beta1(), s.beta2(), v), "θ ← θ − lr·m̂/(√v̂ + ε)."),
                row(bindings, "c2  Wolfe curvature", "c2", Parameter.C2, EnumSet.of(Method.WOLFE),
                        Config::c2, (s, v) -> s.withC2(v), "Accept α when also |φ′(α)| ≤ c2·|φ′(0)|; c1 is c below."),
                row(bindings, "c  SLS Armijo constant", "slsC", Parameter.SLS_C, EnumSet.of(Method.SLS),
                        Config::slsC, (s, v) -> s.withSls(v, s.gamma(), s.etaMax()),
                        "Armijo on the current batch with this c."),
                row(bindings, "γ  SLS reset factor", "gamma", Parameter.GAMMA, EnumSet.of(Method.SLS),
                        Config::gamma, (s, v) -> s.withSls(s.slsC(), v, s.etaMax()),
                        "Each step starts at min(η_max, η·γ^(b/n))."),
                row(bindings, "η_max  SLS largest step", "etaMax", Parameter.ETA_MAX, EnumSet.of(Method.SLS),
                        Config::etaMax, (s, v) -> s.withSls(s.slsC(), s.gamma(), v), "The first trial of the run."));
        VBox advanced = new VBox(6);
        advanced.getChildren().add(none);
        rows.forEach(r -> advanced.getChildren().add(r.node()));
        TitledPane advancedPane = new TitledPane("Advanced", advanced);
        advancedPane.setId("methodsAdvancedPane");
        advancedPane.setExpanded(false);
        advancedPane.getStyleClass().add("advanced");
        Label explain = ControlRows.hint(new Label("Both lanes train on the same data from the same initial"
                + " weights, with the same batch order. Picking the other lane's method swaps the lanes."));
        explain.setId("methodsHint");
        String laneTip = "The method this pane trains with. Changing it restarts both runs from epoch 0 with the same"
                + " data and initial weights.";
        pane = ControlRows.section("Methods", "methodsSection",
                ControlRows.row("Left lane", left, null, null, null, laneTip),
                ControlRows.row("Right lane", right, null, lanesError, null, laneTip),
                explain, advancedPane);
    }

    /** The section node. */
    TitledPane node() {
        return pane;
    }

    /** Calls {@code listener} with the lanes' methods whenever the choosers show another pair. */
    void onLanes(Consumer<List<Method>> listener) {
        this.onLanes = listener;
    }

    /** Shows {@code cfg}'s lanes and method settings; only the rows of the lanes' methods are visible. */
    void show(Config cfg) {
        List<Method> methods = cfg.methods();
        left.setValue(methods.get(0));
        right.setValue(methods.get(1));
        for (MethodRow r : rows) {
            r.field().setText(Formats.num(r.value().applyAsDouble(cfg)));
        }
        showRowsFor(List.of(methods.get(0), methods.get(1)));
    }

    /** The lanes' methods the choosers show now, left first. */
    List<Method> lanes() {
        return List.of(left.getValue(), right.getValue());
    }

    // a pick equal to the other lane's method swaps the lanes, so the two always differ
    private void picked(Label error, Method picked, Method old, ChoiceBox<Method> other, boolean isLeft) {
        if (swapping || picked == null || edits.updating()) {
            return;
        }
        Method otherMethod = other.getValue();
        if (picked == otherMethod && old != null) {
            swapping = true;
            try {
                other.setValue(old);
            } finally {
                swapping = false;
            }
            otherMethod = old;
        }
        List<Method> lanes = isLeft ? List.of(picked, otherMethod) : List.of(otherMethod, picked);
        showRowsFor(lanes);
        edits.attempt(error, cfg -> cfg.withMethods(lanes));
    }

    private void showRowsFor(List<Method> lanes) {
        boolean any = false;
        for (MethodRow r : rows) {
            boolean read = lanes.stream().anyMatch(r.readBy()::contains);
            r.node().setVisible(read);
            r.node().setManaged(read);
            any |= read;
        }
        none.setVisible(!any);
        none.setManaged(!any);
        onLanes.accept(lanes);
    }

    private MethodRow row(ControlBindings bindings, String name, String id, Parameter p, Set<Method> readBy,
            java.util.function.ToDoubleFunction<Config> value, BiFunction<MethodSettings, Double, MethodSettings> change,
            String extra) {
        TextField field = new TextField();
        Label error = ControlRows.error(id + "Error");
        bindings.numberField(field, error, v -> cfg -> cfg.withMethodSettings(change.apply(cfg.methodSettings(), v)));
        Node node = ControlRows.row(name, field, null, error, id + "Field",
                ControlRows.tooltip(p, extra));
        return new MethodRow(node, field, readBy, value);
    }

    private static ChoiceBox<Method> chooser(String id) {
        ChoiceBox<Method> box = new ChoiceBox<>();
        box.getItems().addAll(Method.all());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Method m) {
                return m == null ? "" : m.label();
            }

            @Override
            public Method fromString(String s) {
                return Method.all().stream().filter(m -> m.label().equals(s)).findFirst().orElse(null);
            }
        });
        box.setId(id);
        // as wide as the panel, never wider: the longest label would otherwise set the panel's width
        box.setMinWidth(0);
        box.setPrefWidth(150);
        return box;
    }
}
