package dev.moons.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What kind of file a path names, for refusing anything but a regular file before it is read or replaced: a
 * directory, a device, FIFO or socket, or a dangling symbolic link is never opened for reading (a FIFO would block)
 * and never renamed over. No JavaFX.
 */
public final class FileKinds {
    private FileKinds() {}

    /**
     * Null when {@code path} does not exist or is a regular file (through symbolic links), else what it is instead:
     * "a directory", "a device, FIFO or socket", "a dangling symbolic link".
     */
    public static String nonRegular(Path path) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
        BasicFileAttributes target = own;
        if (own.isSymbolicLink()) {
            try {
                target = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (IOException e) {
                return "a dangling symbolic link";
            }
        }
        if (target.isRegularFile()) {
            return null;
        }
        return target.isDirectory() ? "a directory" : "a device, FIFO or socket";
    }

    /**
     * Checks an input before it is opened: it exists, is a regular file, is readable and holds at most
     * {@code maxBytes}; throws with a plain reason ("no such file", "not a regular file (a FIFO…)", …) otherwise.
     */
    public static void checkInput(Path file, long maxBytes) throws IOException {
        String kind = nonRegular(file);
        if (kind != null) {
            throw new IOException("not a regular file (it is " + kind + ")");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException("no such file");
        }
        if (!Files.isReadable(file)) {
            throw new IOException("not readable");
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(String.format(java.util.Locale.ROOT,
                    "%d bytes, over the limit of %d bytes (%.0f MiB)", size, maxBytes, maxBytes / 1048576.0));
        }
    }
}
