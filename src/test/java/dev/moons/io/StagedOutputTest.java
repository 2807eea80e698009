package dev.moons.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All or nothing: a commit that finds one bad target moves nothing; a good one moves everything. */
class StagedOutputTest {
    @TempDir
    Path tmp;

    @Test
    void aCommitWithOneDirectoryTargetChangesNoFile() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(dir.resolve("a.txt"), "old a");
        Files.createDirectory(dir.resolve("b.txt"));
        try (StagedOutput staged = StagedOutput.in(dir)) {
            AtomicFiles.writeString(staged.directory().resolve("a.txt"), "new a");
            AtomicFiles.writeString(staged.directory().resolve("b.txt"), "new b");
            IOException e = assertThrows(IOException.class, staged::commit);
            assertTrue(e.getMessage().contains("b.txt") && e.getMessage().contains("a directory"), e.getMessage());
        }
        assertEquals("old a", Files.readString(dir.resolve("a.txt")));
        assertTrue(Files.isDirectory(dir.resolve("b.txt")));
        assertEquals(List.of("a.txt", "b.txt"), names(dir));
    }

    @Test
    void aCommitMovesEveryFileIncludingOnesOutsideTheDirectory() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(dir.resolve("a.txt"), "old a");
        Path session = tmp.resolve("s.json");
        try (StagedOutput staged = StagedOutput.in(dir)) {
            AtomicFiles.writeString(staged.directory().resolve("a.txt"), "new a");
            AtomicFiles.writeString(staged.stage(session), "session");
            assertFalse(Files.exists(session));
            staged.commit();
        }
        assertEquals("new a", Files.readString(dir.resolve("a.txt")));
        assertEquals("session", Files.readString(session));
        assertEquals(List.of("a.txt"), names(dir));
        assertEquals(List.of("out", "s.json"), names(tmp));
    }

    @Test
    void atomicFilesNeverReplacesAFifo() throws Exception {
        Path fifo = tmp.resolve("f");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeString(fifo, "x"));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo));
        Path dangling = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("missing"));
        IOException d = assertThrows(IOException.class, () -> AtomicFiles.writeString(dangling, "x"));
        assertTrue(d.getMessage().contains("dangling"), d.getMessage());
        assertEquals(List.of("f", "link"), names(tmp));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
