package dev.moons.ui.charts;

import dev.moons.render.Formats;
import dev.moons.render.ShowGate;
import dev.moons.metrics.ClassificationReport;
import dev.moons.training.EpochRecord;
import dev.moons.app.RunSnapshot;
import dev.moons.training.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Test-set metrics of both methods side by side, with loss evaluations and training time. */
public final class MetricsTable {
    /** Row keys, in display order, with their labels and meanings. */
    private static final List<String[]> ROWS = List.of(
            new String[] {"accuracy", "Accuracy", "(tp + tn) / n on the test set, threshold 0.5"},
            new String[] {"precision", "Precision", "tp / (tp + fp): how many predicted 1s are 1s"},
            new String[] {"recall", "Recall", "tp / (tp + fn): how many 1s are found"},
            new String[] {"f1", "F1", "harmonic mean of precision and recall"},
            new String[] {"confusion", "Confusion", "true/false negatives and positives on the test set"},
            new String[] {"evals", "Loss evals", "forward passes so far: one per gradient, one per line-search trial"},
            new String[] {"time", "Own epoch time", "wall-clock time of this method's own epochs, evaluation not"
                    + " counted; both methods take turns on one thread, and the first epochs (JIT warm-up) cost"
                    + " more, mostly for the method that steps first"});

    private final VBox root;
    private final Map<String, Label> cells = new HashMap<>();
    /** Per lane (left, right): its column's header and its cells in row order. */
    private final List<Label> headers = new java.util.ArrayList<>();
    private final List<List<Label>> laneCells = new java.util.ArrayList<>();
    /** The runs shown while the table was hidden (an unselected tab), by method: shown when it is shown again. */
    private final Map<Method, RunSnapshot> pending = new java.util.LinkedHashMap<>();
    private final ShowGate gate;

    public MetricsTable() {
        GridPane grid = new GridPane();
        grid.setId("metricsTable");
        grid.getStyleClass().add("metrics");
        grid.setHgap(8);
        grid.setVgap(3);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.SOMETIMES);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(name, value, value);
        Label title = new Label("Test set");
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip.install(title, new Tooltip("Metrics on the held-out test points, threshold p = 0.5."));
        grid.add(title, 0, 0);
        for (int lane = 0; lane < 2; lane++) {
            Label header = headerLabel();
            headers.add(header);
            laneCells.add(new java.util.ArrayList<>());
            grid.add(header, lane + 1, 0);
        }
        for (int i = 0; i < ROWS.size(); i++) {
            String[] row = ROWS.get(i);
            Label l = new Label(row[1]);
            l.getStyleClass().add("metric-name");
            l.setMinWidth(Region.USE_PREF_SIZE);
            Tooltip.install(l, new Tooltip(row[2]));
            grid.add(l, 0, i + 1);
            for (int lane = 0; lane < 2; lane++) {
                Label cell = new Label(Formats.MISSING);
                cell.getStyleClass().add("metric-value");
                cell.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                cell.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
                laneCells.get(lane).add(cell);
                grid.add(cell, lane + 1, i + 1);
            }
        }
        setMethods(Method.DEFAULTS);
        // rows keep their height and cells their text; a tab smaller than the table scrolls
        // (at 1024×640 the confusion cells were cut to "TN 128 F…" and their second line hidden)
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("metrics-scroll");
        scroll.setMinSize(0, 0);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(scroll);
        root.getStyleClass().add("card");
        root.setMinSize(0, 0);
        // every epoch changes seven cells per run; in a hidden tab that cost a layout pass of the window per epoch
        gate = new ShowGate(root, this::showPending);
    }

    public Node node() {
        return root;
    }

    /**
     * Names the two columns after the lanes' {@code methods} (left first): headers, style classes
     * {@code metrics-<method>} and cell ids {@code metric-<row>-<method>}; blanks the cells.
     */
    public void setMethods(List<Method> methods) {
        cells.clear();
        pending.clear();
        for (int lane = 0; lane < headers.size(); lane++) {
            Method m = methods.get(lane);
            Label header = headers.get(lane);
            header.setText(m.shortLabel());
            header.getStyleClass().removeIf(c -> c.startsWith("metrics-"));
            header.getStyleClass().add("metrics-" + m.id());
            for (int i = 0; i < ROWS.size(); i++) {
                Label cell = laneCells.get(lane).get(i);
                cell.setId("metric-" + ROWS.get(i)[0] + "-" + m.id());
                cell.setText(Formats.MISSING);
                cells.put(ROWS.get(i)[0] + "-" + m.id(), cell);
            }
        }
    }

    /** The header of lane {@code i}'s column (0 left). */
    public Label header(int lane) {
        return headers.get(lane);
    }

    /** Shows {@code run}'s latest metrics in its column (once the table is shown, when it is hidden now). */
    public void show(RunSnapshot run) {
        if (!gate.open()) {
            pending.put(run.method(), run);
            return;
        }
        fill(run);
    }

    private void showPending() {
        List<RunSnapshot> runs = List.copyOf(pending.values());
        pending.clear();
        runs.forEach(this::fill);
    }

    private void fill(RunSnapshot run) {
        ClassificationReport r = run.testReport();
        EpochRecord last = run.last();
        set("accuracy", run.method(), Formats.percent(r.accuracy()));
        set("precision", run.method(), Formats.percent(r.precision()));
        set("recall", run.method(), Formats.percent(r.recall()));
        set("f1", run.method(), Formats.num(r.f1()));
        set("confusion", run.method(), "TN " + r.tn() + " FP " + r.fp() + "\nFN " + r.fn() + " TP " + r.tp());
        set("evals", run.method(), String.format(java.util.Locale.ROOT, "%,d", last.lossEvals()));
        set("time", run.method(), Formats.millis(last.timeMs()));
    }

    /** Blank cells: nothing loaded. */
    public void clear() {
        pending.clear();
        cells.values().forEach(c -> c.setText(Formats.MISSING));
    }

    private void set(String row, Method method, String text) {
        Label cell = cells.get(row + "-" + method.id());
        if (cell != null) {
            cell.setText(text);
        }
    }

    private static Label headerLabel() {
        Label l = new Label();
        l.getStyleClass().add("metric-header");
        return l;
    }
}
