package dev.moons.ui.sweep;

import dev.moons.export.ChartPicture;
import dev.moons.export.OffscreenCharts;
import dev.moons.export.PngExport;
import dev.moons.export.SweepFiles;
import dev.moons.export.SweepSvg;
import dev.moons.io.AtomicFiles;
import dev.moons.io.Messages;
import dev.moons.training.sweep.SweepResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The sweep window's exports: its three plots as one PNG drawn offscreen at 1600×1000 with a caption of the
 * settings or as one SVG, and its results as the CSV the CLI writes ({@link SweepFiles#csv}); the outcome goes to
 * {@code report}.
 */
final class SweepExport {
    private final SaveTarget target;
    private final Supplier<SweepResult> result;
    private final Supplier<String> caption;
    private final Consumer<String> report;

    /** Exports of the sweep {@code result} gives (null: none yet) to files {@code target} picks. */
    SweepExport(SaveTarget target, Supplier<SweepResult> result, Supplier<String> caption, Consumer<String> report) {
        this.target = target;
        this.result = result;
        this.caption = caption;
        this.report = report;
    }

    /** Asks for a file and writes the three plots there as a PNG. */
    void png() {
        save("plots", "moons-sweep.png", "png", (r, path) -> PngExport.writeImage(
                OffscreenCharts.sweepImage(r, ChartPicture.DEFAULT_WIDTH, ChartPicture.DEFAULT_HEIGHT,
                        caption.get()), path));
    }

    /** Asks for a file and writes the three plots there as one SVG (a polyline per series, text, rects). */
    void svg() {
        save("plots", "moons-sweep.svg", "svg", (r, path) -> SweepSvg.write(r, caption.get(),
                ChartPicture.DEFAULT_WIDTH, ChartPicture.DEFAULT_HEIGHT, path));
    }

    /** Asks for a file and writes the results there as CSV, one row per run. */
    void csv() {
        save("results", "moons-sweep.csv", "csv", (r, path) -> AtomicFiles.writeString(path, SweepFiles.csv(r)));
    }

    private void save(String what, String name, String extension, Writer writer) {
        SweepResult r = result.get();
        if (r == null) {
            report.accept("Run a sweep first: there is nothing to export yet.");
            return;
        }
        Optional<Path> path = target.choose("Export sweep " + what, name, extension);
        path.ifPresent(p -> {
            try {
                writer.write(r, p);
                report.accept("Saved sweep " + what + " to " + p);
            } catch (IOException | RuntimeException e) {
                report.accept("Export failed: " + Messages.oneLine(e));
            }
        });
    }

    /** Writes one export of a finished sweep. */
    @FunctionalInterface
    private interface Writer {
        void write(SweepResult result, Path path) throws IOException;
    }
}
