package dev.moons.ui.shell;

import dev.moons.export.LandscapePicture;
import dev.moons.render.landscape.LandscapeMap;
import dev.moons.app.HistoryCsv;
import dev.moons.export.ChartPicture;
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
import dev.moons.ui.linesearch.LineSearchPane;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The Export menu: the charts (copies drawn offscreen at 1600×1000 under a title, no buttons or switches; the
 * line charts also as SVG), either boundary or the whole window (drawn at 2× its size) as PNG with a caption of
 * the settings shown, and the per-epoch history as CSV, each to a file the user picks; the outcome goes to the
 * status line.
 */
final class ExportActions {
    static final String LOSS_TITLE = "Loss: training set (solid) and test set (dashed)";
    static final String STEP_TITLE = "Step size α per epoch";
    static final String LINE_SEARCH_TITLE = "Line search: φ(α) = L(θ − α·g) and the Armijo line";

    private final FileChooserSeam chooser;
    private final Supplier<Window> owner;
    private final Shown shown;
    private final ChartsPanel charts;
    private final LineSearchPane lineSearch;
    private final StatusLine status;

    /** Exports of what {@code shown} describes, to files picked with {@code chooser} over {@code owner}. */
    ExportActions(FileChooserSeam chooser, Supplier<Window> owner, Shown shown, ChartsPanel charts,
            LineSearchPane lineSearch, StatusLine status) {
        this.chooser = chooser;
        this.lineSearch = lineSearch;
        this.owner = owner;
        this.shown = shown;
        this.charts = charts;
        this.status = status;
    }

    /** The menu's items: each chart, each boundary in {@code boundaries}, the {@code window} content, the CSV. */
    List<MenuItem> items(Map<Method, ? extends Node> boundaries, Node window) {
        return List.of(
                Toolbar.item("exportLoss", "Loss chart (PNG)…", () -> png("loss chart", "moons-loss",
                        () -> chart(LOSS_TITLE, charts.lossPlot().copy("")))),
                Toolbar.item("exportStep", "Step-size chart (PNG)…", () -> png("step-size chart", "moons-step",
                        () -> chart(STEP_TITLE, charts.stepPlot().copy("")))),
                Toolbar.item("exportLossSvg", "Loss chart (SVG)…", () -> svg("loss chart", "moons-loss",
                        charts.lossPlot(), LOSS_TITLE)),
                Toolbar.item("exportStepSvg", "Step-size chart (SVG)…", () -> svg("step-size chart", "moons-step",
                        charts.stepPlot(), STEP_TITLE)),
                Toolbar.item("exportLineSearch", "Line-search plot (PNG)…", () -> png("line-search plot",
                        "moons-line-search", () -> chart(LINE_SEARCH_TITLE, lineSearch.plot().copy()))),
                Toolbar.item("exportFixed", "Fixed-LR boundary (PNG)…", () -> png("fixed-LR boundary",
                        "moons-" + Method.FIXED.id(), () -> scaled(boundaries.get(Method.FIXED), 1))),
                Toolbar.item("exportBacktracking", "Backtracking boundary (PNG)…", () -> png("backtracking boundary",
                        "moons-" + Method.BACKTRACKING.id(), () -> scaled(boundaries.get(Method.BACKTRACKING), 1))),
                Toolbar.item("exportDashboard", "Whole dashboard (PNG, 2× window)…",
                        () -> png("dashboard", "moons-dashboard", () -> scaled(window, 2))),
                new SeparatorMenuItem(),
                Toolbar.item("exportCsv", "History (CSV)…", this::csv));
    }

    /** The Landscape tab's map and profiles as PNG, drawn offscreen at the dots' epoch (nothing before the first). */
    MenuItem landscapeItem(LandscapeMap map) {
        return Toolbar.item("exportLandscape", "Landscape (PNG)…", () -> {
            if (map.landscape() == null) {
                status.showError("Export failed: open the Landscape tab once both runs have moved");
                return;
            }
            png("landscape", "moons-landscape", () -> LandscapePicture.image(map.landscape(), map.shownEpoch(),
                    caption()));
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

    private void png(String what, String fileName, Supplier<BufferedImage> picture) {
        save(what, fileName, "png", path -> PngExport.writeImage(picture.get(), path));
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

    // a copy of a chart, drawn offscreen at the export size under its title
    private BufferedImage chart(String title, Region copy) {
        return ChartPicture.render(title, copy, ChartPicture.DEFAULT_WIDTH, ChartPicture.DEFAULT_HEIGHT, caption());
    }

    // a control-free live view drawn at least the export width (times {@code factor} its own width)
    private BufferedImage scaled(Node node, double factor) {
        int width = (int) Math.max(ChartPicture.DEFAULT_WIDTH, factor * node.getLayoutBounds().getWidth());
        return ChartPicture.scaled(node, width, caption());
    }

    private void csv() {
        Optional<Path> target = chooser.chooseSave(owner.get(), "Export history as CSV", "moons-history.csv", "csv");
        target.ifPresent(path -> {
            try {
                AtomicFiles.writeString(path, HistoryCsv.format(shown.config(), shown.seeds(), charts.histories(), changes()));
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
