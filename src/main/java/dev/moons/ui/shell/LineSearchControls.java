package dev.moons.ui.shell;

import dev.moons.render.Formats;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.training.Parameter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * The line-search section: α0, ρ, c and warm start, under "Advanced"; titled after the lanes' line searches
 * (backtracking, armijo-interp, wolfe: the ones that read these), each row shown while a lane's method reads it, the
 * whole section hidden when none does (sls has its own settings in the Methods section).
 */
final class LineSearchControls {
    /** The methods that read α0 and c (wolfe's c is c1). */
    private static final Set<Method> ARMIJO = EnumSet.of(Method.BACKTRACKING, Method.ARMIJO_INTERP, Method.WOLFE);
    /** The methods that read warm start. */
    private static final Set<Method> WARM = EnumSet.of(Method.BACKTRACKING, Method.ARMIJO_INTERP);
    private final TextField alpha0 = new TextField();
    private final TextField rho = new TextField();
    private final TextField c = new TextField();
    private final ToggleSwitch warmStart = new ToggleSwitch();
    private final TitledPane pane;
    private final Node rhoRow;
    private final Node warmRows;
    private final Label explain;

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
        rhoRow = ControlRows.row("ρ  shrink factor", rho, null, rhoError, "rhoField",
                ControlRows.tooltip(Parameter.RHO, "After a failed trial α ← ρ·α."));
        warmRows = new VBox(3, warmRow, warmError);
        VBox advanced = new VBox(6,
                ControlRows.row("α0  first trial step", alpha0, null, a0Error, "alpha0Field",
                        ControlRows.tooltip(Parameter.ALPHA0, "")),
                rhoRow,
                ControlRows.row("c  Armijo constant (c1)", c, null, cError, "cField",
                        ControlRows.tooltip(Parameter.C, "Accept α when L(θ − α∇L) ≤ L(θ) − c·α·‖∇L‖².")),
                warmRows);
        TitledPane advancedPane = new TitledPane("Advanced", advanced);
        advancedPane.setId("advancedPane");
        advancedPane.setExpanded(false);
        advancedPane.getStyleClass().add("advanced");
        explain = ControlRows.hint(new Label(explanation(Method.BACKTRACKING)));
        explain.setId("lineSearchHint");
        pane = ControlRows.section("Backtracking line search", "lineSearchSection", explain, advancedPane);
    }

    /** The section node. */
    TitledPane node() {
        return pane;
    }

    /** Titles the section after the line searches among {@code lanes} and shows only the rows they read. */
    void showMethods(List<Method> lanes) {
        List<Method> searches = lanes.stream().filter(ARMIJO::contains).toList();
        pane.setVisible(!searches.isEmpty());
        pane.setManaged(!searches.isEmpty());
        if (searches.isEmpty()) {
            return;
        }
        // a short title: a section's title sets the panel's least width
        pane.setText(searches.size() == 1 ? searches.get(0).label() : "Line searches");
        explain.setText(String.join(" ", searches.stream().map(LineSearchControls::explanation).toList()));
        show(rhoRow, searches.contains(Method.BACKTRACKING));
        show(warmRows, searches.stream().anyMatch(WARM::contains));
    }

    private static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    // what one epoch of the line search does, in a sentence
    private static String explanation(Method m) {
        return switch (m) {
            case ARMIJO_INTERP -> "Armijo interp tries α0, then the minimiser of a quadratic (then cubic) fit of φ"
                    + " until the loss decreases enough.";
            case WOLFE -> "Strong Wolfe doubles α0 until φ turns up, then zooms in until both the Armijo and the"
                    + " curvature condition (c2, Methods › Advanced) hold.";
            default -> "Each epoch tries α0, ρ·α0, ρ²·α0, … until the loss decreases enough (Armijo).";
        };
    }

    /** Shows {@code cfg}'s line-search settings. */
    void show(Config cfg) {
        alpha0.setText(Formats.num(cfg.alpha0()));
        rho.setText(Formats.num(cfg.rho()));
        c.setText(Formats.num(cfg.c()));
        warmStart.setSelected(cfg.warmStart());
    }
}
