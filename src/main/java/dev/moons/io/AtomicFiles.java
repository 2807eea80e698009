package dev.moons.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file completely or not at all: into a temporary sibling, then a rename over the target. On any
 * failure the temporary file is deleted and an existing target is left as it was. A target that exists and is not
 * a regular file (a directory, device, FIFO, socket or dangling link) is refused, never replaced.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes the bytes {@code body} produces to a stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically from {@code body}; throws with a one-line reason on failure. */
    public static void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("cannot write " + target + ": " + parent + " is not a directory");
        }
        String kind = FileKinds.nonRegular(absolute);
        if (kind != null) {
            throw new IOException("cannot write " + target + ": it is " + kind + ", not a regular file");
        }
        Path temp = Files.createTempFile(parent, "." + absolute.getFileName(), ".tmp");
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            // temp files are created owner-only; a written export should be readable like any other file
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                body.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code text} as UTF-8, atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
