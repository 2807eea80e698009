package dev.moons.ui.shell;

import dev.moons.render.Formats;
import dev.moons.training.Config;
import dev.moons.training.Parameter;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/** The "Backtracking line search" section: α0, ρ, c and warm start, under "Advanced". */
final class LineSearchControls {
    private final TextField alpha0 = new TextField();
    private final TextField rho = new TextField();
    private final TextField c = new TextField();
    private final ToggleSwitch warmStart = new ToggleSwitch();
    private final TitledPane pane;

    /** Fields whose changes go through {@code bindings} and {@code edits}. */
    LineSearchControls(ControlBindings bindings, ConfigEdits edits) {
        Label a0Error = ControlRows.error("alpha0Error");
        Label rhoError = ControlRows.error("rhoError");
        Label cError = ControlRows.error("cError");
        bindings.numberField(alpha0, a0Error, v -> cfg -> cfg.withLineSearch(v, cfg.rho(), cfg.c(), cfg.warmStart()));
        bindings.numberField(rho, rhoError, v -> cfg -> cfg.withLineSearch(cfg.alpha0(), v, cfg.c(), cfg.warmStart()));
        bindings.numberField(c, cError, v -> cfg -> cfg.withLineSearch(cfg.alpha0(), cfg.rho(), v, cfg.warmStart()));
        warmStart.setId("warmStartSwitch");
        Label warmError = ControlRows.error("warmStartError");
        warmStart.selectedProperty().addListener((obs, old, on) -> edits.attempt(warmError,
                cfg -> cfg.withLineSearch(cfg.alpha0(), cfg.rho(), cfg.c(), on)));
        ControlRows.tip(warmStart, ControlRows.tooltip(Parameter.WARM_START, "Fewer trials per epoch."));
        Label warmLabel = new Label("Warm start");
        HBox warmRow = new HBox(8, warmLabel, ControlRows.spacer(), warmStart);
        warmRow.setAlignment(Pos.CENTER_LEFT);
        VBox advanced = new VBox(6,
                ControlRows.row("α0  first trial step", alpha0, null, a0Error, "alpha0Field",
                        ControlRows.tooltip(Parameter.ALPHA0, "")),
                ControlRows.row("ρ  shrink factor", rho, null, rhoError, "rhoField",
                        ControlRows.tooltip(Parameter.RHO, "After a failed trial α ← ρ·α.")),
                ControlRows.row("c  Armijo constant", c, null, cError, "cField",
                        ControlRows.tooltip(Parameter.C, "Accept α when L(θ − α∇L) ≤ L(θ) − c·α·‖∇L‖².")),
                warmRow, warmError);
        TitledPane advancedPane = new TitledPane("Advanced", advanced);
        advancedPane.setId("advancedPane");
        advancedPane.setExpanded(false);
        advancedPane.getStyleClass().add("advanced");
        Label explain = ControlRows.hint(
                new Label("Each epoch tries α0, ρ·α0, ρ²·α0, … until the loss decreases enough (Armijo)."));
        pane = ControlRows.section("Backtracking line search", "lineSearchSection", explain, advancedPane);
    }

    /** The section node. */
    TitledPane node() {
        return pane;
    }

    /** Shows {@code cfg}'s line-search settings. */
    void show(Config cfg) {
        alpha0.setText(Formats.num(cfg.alpha0()));
        rho.setText(Formats.num(cfg.rho()));
        c.setText(Formats.num(cfg.c()));
        warmStart.setSelected(cfg.warmStart());
    }
}
