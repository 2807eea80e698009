package dev.moons.ui.sweep;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save one of the sweep window's exports; empty when the user cancelled. */
@FunctionalInterface
public interface SaveTarget {
    /** The file to write, picked under dialog {@code title} from {@code initialName} with {@code extension}. */
    Optional<Path> choose(String title, String initialName, String extension);

    /** A target that never picks a file (no export possible). */
    static SaveTarget none() {
        return (title, name, extension) -> Optional.empty();
    }
}
