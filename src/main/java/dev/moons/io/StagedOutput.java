package dev.moons.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one command, landing together or not at all: writers put them into a hidden staging directory
 * inside the output directory (and, for a file elsewhere, beside its target); {@link #commit} first checks that no
 * target is anything but absent or a regular file, then renames every file over its target. Until the commit
 * nothing in place has changed; {@link #close} removes whatever was staged and not committed. No JavaFX.
 */
public final class StagedOutput implements AutoCloseable {
    private final Path dir;
    private final Path staging;
    private final Map<Path, Path> extra = new LinkedHashMap<>();
    private boolean committed;

    private StagedOutput(Path dir, Path staging) {
        this.dir = dir;
        this.staging = staging;
    }

    /** Starts staging for the existing directory {@code dir}. */
    public static StagedOutput in(Path dir) throws IOException {
        return new StagedOutput(dir, Files.createTempDirectory(dir, ".moons-staging-"));
    }

    /** Where the writers put the files meant for the output directory. */
    public Path directory() {
        return staging;
    }

    /** A fresh name beside {@code target} (outside the output directory) to write it to; moved there on commit. */
    public Path stage(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".staged");
        extra.put(temp, absolute);
        return temp;
    }

    /** Checks every target, then moves every staged file into place; throws before moving anything if one is bad. */
    public void commit() throws IOException {
        Map<Path, Path> moves = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            for (Path f : files) {
                moves.put(f, dir.resolve(f.getFileName().toString()));
            }
        }
        moves.putAll(extra);
        for (Path target : moves.values()) {
            String kind = FileKinds.nonRegular(target);
            if (kind != null) {
                throw new IOException("cannot replace " + target + ": it is " + kind + ", not a regular file");
            }
        }
        for (Map.Entry<Path, Path> m : moves.entrySet()) {
            try {
                Files.move(m.getKey(), m.getValue(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(m.getKey(), m.getValue(), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Deletes the staging directory and any staged file that was not committed. */
    @Override
    public void close() throws IOException {
        List<Path> left = new ArrayList<>();
        if (Files.isDirectory(staging)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
                files.forEach(left::add);
            }
        }
        if (!committed) {
            left.addAll(extra.keySet());
        }
        for (Path f : left) {
            Files.deleteIfExists(f);
        }
        Files.deleteIfExists(staging);
    }
}
