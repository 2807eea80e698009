package dev.moons.ui.shell;

import dev.moons.export.SessionFiles;
import dev.moons.io.Messages;
import dev.moons.session.Session;
import dev.moons.session.SessionFileException;
import dev.moons.session.SessionJson;
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
 * The Session menu: save the comparison shown (settings, seeds, points, both histories, kept parameters) as a
 * JSON session file, and open one to replay it without retraining. Files are read and written off the FX thread;
 * a bad file changes nothing but the status line, which shows its one-line reason.
 */
public final class SessionActions {
    private static final Logger LOG = LoggerFactory.getLogger(SessionActions.class);

    private final Executor ui;
    private final FileChooserSeam chooser;
    private final Supplier<Window> owner;
    private final TrainingService service;
    private final Consumer<Session> adopt;
    private final Consumer<String> info;
    private final Consumer<String> error;

    /**
     * Actions on {@code service}; {@code adopt} shows an opened session's settings in the controls (on the FX
     * thread) without restarting anything; results are reported through {@code info} and {@code error}.
     */
    SessionActions(Executor ui, FileChooserSeam chooser, Supplier<Window> owner, TrainingService service,
            Consumer<Session> adopt, Consumer<String> info, Consumer<String> error) {
        this.ui = ui;
        this.chooser = chooser;
        this.owner = owner;
        this.service = service;
        this.adopt = adopt;
        this.info = info;
        this.error = error;
    }

    /** Asks where to save, takes the session between epochs and writes it atomically on a background thread. */
    void save() {
        Optional<Path> target = chooser.chooseSave(owner.get(), "Save session", "moons-session.json", "json");
        target.ifPresent(path -> service.session().whenComplete((session, failure) -> {
            if (failure != null) {
                ui.execute(() -> error.accept("Not saved: " + Messages.oneLine(failure)));
                return;
            }
            background("moons-session-writer", () -> {
                try {
                    SessionFiles.write(path, session);
                    ui.execute(() -> info.accept("Saved session (epoch " + session.lastEpoch() + ") to " + path));
                } catch (IOException | RuntimeException e) {
                    LOG.debug("saving the session to {} failed", path, e);
                    ui.execute(() -> error.accept("Not saved: " + Messages.oneLine(e)));
                }
            });
        }));
    }

    /** Asks for a session file and opens it. */
    void open() {
        chooser.chooseOpen(owner.get(), "Open session (JSON)", "json").ifPresent(this::open);
    }

    /** Reads and checks {@code file} on a background thread; then shows it, or shows why it cannot be opened. */
    void open(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        info.accept("reading " + name + "…");
        background("moons-session-reader", () -> {
            Session session;
            try {
                session = SessionJson.read(file);
            } catch (SessionFileException e) {
                ui.execute(() -> error.accept("Not opened: " + e.getMessage()));
                return;
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.debug("reading {} failed", file, e);
                ui.execute(() -> error.accept("Not opened: " + name + ": " + Messages.oneLine(e)));
                return;
            }
            if (session.config().methods().size() != LANES) {
                // the window has two lanes; compare --config reads a session of 3 or 4 methods
                ui.execute(() -> error.accept("Not opened: this window compares two methods; " + name + " compares "
                        + session.config().methods().size() + " (" + session.config().methodSettings().names()
                        + "): compare --config " + name + " trains it"));
                return;
            }
            ui.execute(() -> {
                adopt.accept(session);
                service.restore(session, name);
            });
        });
    }

    /** How many methods the window compares: its two lanes. */
    static final int LANES = 2;

    private static void background(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }
}
