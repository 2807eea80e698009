package dev.moons.ui.shell;

import dev.moons.export.ExportSize;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The native file dialogs, remembering the last folder used. A dialog leaves its owner window as it was: some
 * window managers un-maximize (or move) the owner while a dialog is up, so its state is put back afterwards.
 */
public final class FxFileChooser implements FileChooserSeam {
    private File lastFolder;

    @Override
    public Optional<Path> chooseSave(Window owner, String title, String initialName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.toUpperCase(java.util.Locale.ROOT) + " file", "*." + extension));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(keepingState(owner, () -> chooser.showSaveDialog(owner)));
    }

    @Override
    public Optional<Path> chooseOpen(Window owner, String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT) + " file",
                        "*." + extension),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(keepingState(owner, () -> chooser.showOpenDialog(owner)));
    }

    @Override
    public Optional<ExportSize> chooseSize(Window owner, String what, ExportSize suggested) {
        return SizeDialog.ask(owner, what, suggested);
    }

    private static File keepingState(Window owner, Supplier<File> dialog) {
        if (!(owner instanceof Stage stage)) {
            return dialog.get();
        }
        boolean maximized = stage.isMaximized();
        double x = stage.getX();
        double y = stage.getY();
        double width = stage.getWidth();
        double height = stage.getHeight();
        try {
            return dialog.get();
        } finally {
            if (maximized) {
                // the window manager un-maximizes while the dialog is up, and the flag may still read true:
                // set it anew once the dialog's own events are through
                PauseTransition settle = new PauseTransition(Duration.millis(150));
                settle.setOnFinished(e -> {
                    stage.setMaximized(false);
                    stage.setMaximized(true);
                });
                settle.play();
            } else {
                stage.setMaximized(false);
                stage.setX(x);
                stage.setY(y);
                stage.setWidth(width);
                stage.setHeight(height);
            }
        }
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
