package dev.moons.ui.shell;

import dev.moons.data.CsvDataset;
import dev.moons.data.DataFileException;
import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.io.AtomicFiles;
import dev.moons.io.Messages;
import dev.moons.training.Config;
import dev.moons.app.TrainingService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own-data actions: load a CSV file as the dataset, go back to generated moons, export the current
 * points as CSV. A file is read and checked off the FX thread; only a fully valid dataset reaches the training
 * service, so a bad file changes nothing but the status line, which shows its one-line reason.
 */
public final class DataFileActions {
    private static final Logger LOG = LoggerFactory.getLogger(DataFileActions.class);

    private final Executor ui;
    private final FileChooserSeam chooser;
    private final Supplier<Window> owner;
    private final TrainingService service;
    private final Supplier<Config> config;
    private final Supplier<Seeds> seeds;
    private final Consumer<String> info;
    private final Consumer<String> error;

    /**
     * Actions on {@code service} with the settings from {@code config} and {@code seeds}; results run on
     * {@code ui} and are reported through {@code info} and {@code error} (one line each).
     */
    DataFileActions(Executor ui, FileChooserSeam chooser, Supplier<Window> owner, TrainingService service,
            Supplier<Config> config, Supplier<Seeds> seeds, Consumer<String> info, Consumer<String> error) {
        this.ui = ui;
        this.chooser = chooser;
        this.owner = owner;
        this.service = service;
        this.config = config;
        this.seeds = seeds;
        this.info = info;
        this.error = error;
    }

    /** Asks for a CSV file and, when it is valid, trains on its points from epoch 0. */
    void load() {
        Optional<Path> file = chooser.chooseOpen(owner.get(), "Load data (CSV: x1,x2,label)", "csv");
        file.ifPresent(this::load);
    }

    /** Reads {@code file} on a background thread; then trains on it, or shows why it cannot be used. */
    void load(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        info.accept("reading " + name + "…");
        Thread reader = new Thread(() -> {
            Dataset data;
            try {
                data = CsvDataset.read(file);
            } catch (DataFileException e) {
                ui.execute(() -> error.accept("Not loaded: " + e.getMessage()));
                return;
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.debug("reading {} failed", file, e);
                ui.execute(() -> error.accept("Not loaded: " + name + ": " + Messages.oneLine(e)));
                return;
            }
            ui.execute(() -> service.load(config.get(), seeds.get(), data, name));
        }, "moons-csv-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Back to generated moons with the current settings. */
    void useGenerated() {
        service.load(config.get(), seeds.get());
    }

    /** Asks where to save and writes {@code data} as CSV (x1,x2,label), atomically. */
    void export(Dataset data) {
        if (data == null) {
            return;
        }
        Optional<Path> target = chooser.chooseSave(owner.get(), "Export data as CSV", "moons-data.csv", "csv");
        target.ifPresent(path -> {
            try {
                AtomicFiles.writeString(path, CsvDataset.format(data));
                info.accept("Saved " + data.size() + " points to " + path);
            } catch (IOException | RuntimeException e) {
                LOG.debug("data export to {} failed", path, e);
                error.accept("Export failed: " + Messages.oneLine(e));
            }
        });
    }
}
