package dev.moons.cli;

import dev.moons.io.FileKinds;
import dev.moons.io.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every file a command will write, checked before any training: the {@code --out} directory is created and a probe
 * file written and removed in it, no result name in it is anything but absent or a regular file, and a file target
 * such as {@code --save-session} has a directory as parent and is absent or a regular file. A refusal is a
 * {@link BadInputException} naming the option and the path.
 */
final class OutputTargets {
    private OutputTargets() {}

    /** The absolute {@code --out} directory, created if needed and probed; {@code names} are the files it will get. */
    static Path outputDirectory(Path out, List<String> names) {
        if (out.toString().isBlank()) {
            throw new BadInputException("--out must name a directory, was empty");
        }
        Path dir = out.toAbsolutePath().normalize();
        String kind = FileKinds.nonRegular(dir);
        if (Files.exists(dir) && !Files.isDirectory(dir) || kind != null && !"a directory".equals(kind)) {
            throw new BadInputException("--out " + shown(out) + " exists and is not a directory");
        }
        boolean created = !Files.exists(dir);
        if (created) {
            Path parent = dir.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new BadInputException("--out " + shown(out) + ": parent directory " + parent + " does not exist");
            }
            try {
                Files.createDirectory(dir);
            } catch (IOException e) {
                throw new BadInputException("--out " + shown(out) + ": cannot create the directory ("
                        + reason(e) + ")");
            }
        }
        probe(out, dir, created);
        for (String name : names) {
            String what = FileKinds.nonRegular(dir.resolve(name));
            if (what != null) {
                throw new BadInputException("--out " + shown(out) + ": " + name + " there is " + what
                        + ", not a regular file, so it cannot be replaced");
            }
        }
        return dir;
    }

    // a file is created and removed again, so an unwritable directory is refused before the work, not after
    private static void probe(Path out, Path dir, boolean created) {
        try {
            Files.delete(Files.createTempFile(dir, ".moons-probe-", ".tmp"));
        } catch (IOException e) {
            if (created) {
                try {
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // the refusal below is the message; a directory left behind is empty
                }
            }
            throw new BadInputException("--out " + shown(out) + " is not writable (" + reason(e) + ")");
        }
    }

    /** Checks a single-file target of {@code option}: its directory exists and it is absent or a regular file. */
    static void checkFileTarget(String option, Path target) {
        if (target.toString().isBlank()) {
            throw new BadInputException(option + " must name a file, was empty");
        }
        Path absolute = target.toAbsolutePath().normalize();
        String kind = FileKinds.nonRegular(absolute);
        if (kind != null) {
            throw new BadInputException(option + " " + shown(target) + " is " + kind + ", not a regular file");
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadInputException(option + " " + shown(target) + ": directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new BadInputException(option + " " + shown(target) + ": directory " + parent + " is not writable");
        }
    }

    /** Checks an input of {@code option} before it is opened: a readable regular file of at most {@code maxBytes}. */
    static void checkInput(String option, Path file, long maxBytes) {
        try {
            FileKinds.checkInput(file, maxBytes);
        } catch (IOException e) {
            throw new BadInputException(option + " " + shown(file) + ": " + reason(e));
        }
    }

    /** {@code path} as messages show it: whole, unless longer than 255 characters, then its first 40 and "…". */
    static String shown(Path path) {
        String s = path.toString();
        return s.length() <= 255 ? s : s.substring(0, Messages.MAX_QUOTED) + "…";
    }

    // NIO exceptions carry the path and then the reason; the path is already in our message
    static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.FileSystemException) {
            return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
