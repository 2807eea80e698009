package dev.moons.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Complete or absent: a write that fails midway leaves no partial file and never half-overwrites a target. */
class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aWriteThatFailsMidwayLeavesNothingAndKeepsTheOldFile() throws IOException {
        Path target = Files.writeString(tmp.resolve("summary.json"), "old complete content");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("new half".getBytes());
            throw new IOException("disk full (injected)");
        }));
        assertEquals("disk full (injected)", e.getMessage());
        assertEquals("old complete content", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aNewTargetIsAbsentAfterAFailedWrite() throws IOException {
        Path target = tmp.resolve("loss.png");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("injected");
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), files());
    }

    @Test
    void aTargetUnderARegularFileOrADirectoryTargetIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        IOException under = assertThrows(IOException.class,
                () -> AtomicFiles.writeString(file.resolve("out.csv"), "data"));
        assertTrue(under.getMessage().contains("is not a directory"), under.getMessage());
        IOException dir = assertThrows(IOException.class, () -> AtomicFiles.writeString(tmp, "data"));
        assertTrue(dir.getMessage().contains("it is a directory"), dir.getMessage());
        assertEquals(List.of(file), files());
    }

    @Test
    void aSuccessfulWriteReplacesTheTargetWhole() throws IOException {
        Path target = Files.writeString(tmp.resolve("history.csv"), "a much longer old content than the new one");
        AtomicFiles.writeString(target, "new");
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.sorted().toList();
        }
    }
}
