package dev.moons.ui.shell;

import dev.moons.export.LandscapePicture;
import dev.moons.render.landscape.LandscapeMap;
import dev.moons.app.HistoryCsv;
import dev.moons.export.ChartPicture;
import dev.moons.export.ExportSize;
import dev.moons.export.LineChartSvg;
import dev.moons.export.PngExport;
import dev.moons.io.AtomicFiles;
import dev.moons.io.Messages;
import dev.moons.render.Formats;
import dev.moons.render.chart.LinePlot;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.training.SettingsChange;
import dev.moons.ui.charts.ChartsPanel;
import dev.moons.ui.hidden.UnitMapsPicture;
import dev.moons.ui.inspector.InspectorPicture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The Export menu: every chart (loss, step size, line search, each boundary, the hidden-unit maps, the inspector's
 * charts) and the whole dashboard, each drawn offscreen from copies through one renderer ({@link ChartPicture})
 * at a size the user picks (1600×1000 for a chart, 2× the window for the dashboard) under a title, with a caption
 * of the settings shown and no buttons or switches; the line charts also as SVG, and the per-epoch history as
 * CSV, each to a file the user picks; the outcome goes to the status line.
 */
final class ExportActions {
    static final String LOSS_TITLE = "Loss: training set (solid) and test set (dashed)";
    static final String STEP_TITLE = "Step size α per epoch";
    static final String STEP_TITLE_SHORT = "Step size α";
    static final String LINE_SEARCH_TITLE = "Line search: φ(α) = L(θ − α·g) and the Armijo line";
    static final String HIDDEN_TITLE = "Hidden units: activation a_j(x) of each unit, w2[j] under it";
    static final String INSPECTOR_TITLE = "Inspector: gradient norms and update ratios per layer";
    static final String DASHBOARD_TITLE = "Moons Lab: fixed learning rate vs backtracking line search";

    private final FileChooserSeam chooser;
    private final Supplier<Window> owner;
    private final Shown shown;
    private final Views views;
    private final StatusLine status;

    /** Exports of what {@code shown} describes, drawn from {@code views}, to files picked with {@code chooser}. */
    ExportActions(FileChooserSeam chooser, Supplier<Window> owner, Shown shown, Views views, StatusLine status) {
        this.chooser = chooser;
        this.owner = owner;
        this.shown = shown;
        this.views = views;
        this.status = status;
    }

    /** The menu's items: each chart and the landscape as PNG, line charts as SVG, the dashboard (2× window), CSV. */
    List<MenuItem> items(Region window, LandscapeMap landscape) {
        ChartsPanel charts = views.charts();
        return List.of(
                chartItem("exportLoss", "Loss chart (PNG)…", "loss chart", "moons-loss", LOSS_TITLE,
                        () -> charts.lossPlot().copy("")),
                chartItem("exportStep", "Step-size chart (PNG)…", "step-size chart", "moons-step", STEP_TITLE,
                        () -> charts.stepPlot().copy("")),
                chartItem("exportLineSearch", "Line-search plot (PNG)…", "line-search plot", "moons-line-search",
                        LINE_SEARCH_TITLE, () -> views.lineSearch().plot().copy()),
                boundaryItem("exportFixed", "Left lane's boundary (PNG)…", 0),
                boundaryItem("exportBacktracking", "Right lane's boundary (PNG)…", 1),
                chartItem("exportHiddenUnits", "Hidden-unit maps (PNG)…", "hidden-unit maps", "moons-hidden-units",
                        HIDDEN_TITLE, () -> UnitMapsPicture.of(views.hiddenUnits())),
                chartItem("exportInspector", "Inspector charts (PNG)…", "inspector charts", "moons-inspector",
                        INSPECTOR_TITLE, () -> InspectorPicture.of(views.inspector())),
                landscapeItem(landscape),
                Toolbar.item("exportDashboard", "Whole dashboard (PNG, 2× window)…", () -> png("dashboard",
                        "moons-dashboard", ExportSize.scaled(window.getWidth(), window.getHeight(), 2),
                        () -> DashboardPicture.of(views), DASHBOARD_TITLE)),
                new SeparatorMenuItem(),
                Toolbar.item("exportLossSvg", "Loss chart (SVG)…", () -> svg("loss chart", "moons-loss",
                        charts.lossPlot(), LOSS_TITLE)),
                Toolbar.item("exportStepSvg", "Step-size chart (SVG)…", () -> svg("step-size chart", "moons-step",
                        charts.stepPlot(), STEP_TITLE)),
                new SeparatorMenuItem(),
                Toolbar.item("exportCsv", "History (CSV)…", this::csv));
    }

    /** The Landscape tab's map and profiles as PNG, drawn offscreen at the dots' epoch (nothing before the first). */
    private MenuItem landscapeItem(LandscapeMap map) {
        return Toolbar.item("exportLandscape", "Landscape (PNG)…", () -> {
            if (map.landscape() == null) {
                status.showError("Export failed: open the Landscape tab once both runs have moved");
                return;
            }
            save("landscape", "moons-landscape", "png", path -> PngExport.writeImage(
                    LandscapePicture.image(map.landscape(), map.shownEpoch(), caption()), path));
        });
    }

    /** Settings, seeds and epoch of what is shown, for export captions. */
    String caption() {
        Config c = shown.config();
        return String.format(Locale.ROOT,
                "Moons Lab · %d samples, noise %s, train %s, H %d, lr %s, α0 %s, ρ %s, c %s%s, batch %s"
                        + " · seed %d (data %d, init %d) · epoch %d",
                c.samples(), Formats.num(c.noise()), Formats.num(c.trainRatio()), c.hidden(), Formats.num(c.lr()),
                Formats.num(c.alpha0()), Formats.num(c.rho()), Formats.num(c.c()), c.warmStart() ? ", warm" : "",
                c.batch() == 0 ? "full" : Integer.toString(c.batch()), c.seed(), shown.seeds().data(),
                shown.seeds().init(), shown.epoch());
    }

    private MenuItem chartItem(String id, String text, String what, String fileName, String title,
            Supplier<Region> copy) {
        return Toolbar.item(id, text, () -> png(what, fileName, ExportSize.CHART, copy, title));
    }

    // the ids stay exportFixed / exportBacktracking (the default lanes) for scripts and tests; the file and the
    // title name the method the lane runs when the item is chosen
    private MenuItem boundaryItem(String id, String text, int lane) {
        return Toolbar.item(id, text, () -> {
            Method method = views.methods().get(lane);
            png(method.shortLabel() + " boundary", "moons-" + method.id(), ExportSize.CHART,
                    () -> views.lane(lane).copy(), "Decision boundary: " + method.label());
        });
    }

    // asks for the size, then the file; the picture is drawn from fresh copies at that size
    private void png(String what, String fileName, ExportSize suggested, Supplier<Region> copy, String title) {
        Optional<ExportSize> size = chooser.chooseSize(owner.get(), what, suggested);
        size.ifPresent(s -> save(what, fileName, "png", path -> PngExport.writeImage(
                ChartPicture.render(title, copy.get(), s.width(), s.height(), caption()), path)));
    }

    private void svg(String what, String fileName, LinePlot plot, String title) {
        save(what, fileName, "svg", path -> LineChartSvg.write(plot, title, caption(), ChartPicture.DEFAULT_WIDTH,
                ChartPicture.DEFAULT_HEIGHT, path));
    }

    private void save(String what, String fileName, String extension, FileWriter writer) {
        Optional<Path> target = chooser.chooseSave(owner.get(), "Export " + what + " as "
                + extension.toUpperCase(Locale.ROOT), fileName + "." + extension, extension);
        target.ifPresent(path -> {
            try {
                writer.write(path);
                status.showInfo("Saved " + what + " to " + path);
            } catch (IOException | RuntimeException e) {
                status.showError("Export failed: " + Messages.oneLine(e));
            }
        });
    }

    /** Writes one export to the chosen file. */
    @FunctionalInterface
    private interface FileWriter {
        void write(Path path) throws IOException;
    }

    private void csv() {
        Optional<Path> target = chooser.chooseSave(owner.get(), "Export history as CSV", "moons-history.csv", "csv");
        target.ifPresent(path -> {
            try {
                AtomicFiles.writeString(path, HistoryCsv.format(shown.config(), shown.seeds(), views.charts().histories(), changes()));
                status.showInfo("Saved history to " + path);
            } catch (IOException | RuntimeException e) {
                status.showError("Export failed: " + Messages.oneLine(e));
            }
        });
    }

    // the log of mid-run settings changes of the comparison shown (none before the first snapshot)
    private List<SettingsChange> changes() {
        return shown.lastSnapshot() == null ? List.of() : shown.lastSnapshot().settingsChanges();
    }
}
