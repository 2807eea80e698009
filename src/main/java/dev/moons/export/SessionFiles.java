package dev.moons.export;

import dev.moons.io.AtomicFiles;
import dev.moons.session.Session;
import dev.moons.session.SessionJson;
import java.io.IOException;
import java.nio.file.Path;

/** Writes session files (format: {@link SessionJson}) completely or not at all, through {@link AtomicFiles}. */
public final class SessionFiles {
    private SessionFiles() {}

    /** Writes {@code session} to {@code target} atomically; throws with a one-line reason on failure. */
    public static void write(Path target, Session session) throws IOException {
        AtomicFiles.write(target, out -> SessionJson.write(session, out));
    }
}
