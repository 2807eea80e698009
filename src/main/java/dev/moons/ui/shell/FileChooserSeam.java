package dev.moons.ui.shell;

import dev.moons.export.ExportSize;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user where to save a file; replaced in tests, where no native dialog exists. */
@FunctionalInterface
public interface FileChooserSeam {
    /**
     * The chosen target, or empty when the user cancelled.
     *
     * @param owner       the window the dialog belongs to
     * @param title       the dialog title
     * @param initialName the suggested file name
     * @param extension   the file extension without the dot, e.g. "png"
     */
    Optional<Path> chooseSave(Window owner, String title, String initialName, String extension);

    /**
     * The file chosen to open, or empty when the user cancelled (the default: a seam that only saves).
     *
     * @param owner     the window the dialog belongs to
     * @param title     the dialog title
     * @param extension the file extension without the dot, e.g. "csv"
     */
    default Optional<Path> chooseOpen(Window owner, String title, String extension) {
        return Optional.empty();
    }

    /**
     * The picture size for exporting {@code what}, or empty when the user cancelled (the default: {@code suggested}
     * unasked, as in tests).
     */
    default Optional<ExportSize> chooseSize(Window owner, String what, ExportSize suggested) {
        return Optional.of(suggested);
    }
}
