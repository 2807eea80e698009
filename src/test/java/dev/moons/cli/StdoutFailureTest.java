package dev.moons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A results table that cannot be written is exit 1 with one line on stderr, never a silent exit 0. */
class StdoutFailureTest {
    @TempDir
    Path tmp;

    private static final class FullDevice extends Writer {
        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aFailingStdoutIsExitOneWithOneLine() {
        StringWriter err = new StringWriter();
        int status = Cli.execute(new String[] {"compare", "--out", tmp.resolve("out").toString(), "--samples", "100",
            "--epochs", "2", "--hidden", "2"}, new PrintWriter(new FullDevice()), new PrintWriter(err));
        assertEquals(1, status, err.toString());
        assertEquals(List.of(Cli.STDOUT_FAILED), err.toString().lines().toList());
    }

    @Test
    void stdoutOnDevFullInAChildJvmIsExitOne() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "needs /dev/full");
        Path stderr = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.moons.Launcher", "compare", "--out",
                tmp.resolve("out").toString(), "--samples", "100", "--epochs", "2", "--hidden", "2")
                .redirectOutput(full).redirectError(stderr.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        String errText = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), errText);
        assertTrue(errText.lines().anyMatch(Cli.STDOUT_FAILED::equals), errText);
    }
}
