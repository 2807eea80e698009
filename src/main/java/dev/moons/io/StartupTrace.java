package dev.moons.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Start-up timestamps for measuring where a start's time goes (src/packaging/measure-start.sh reads them). Off
 * unless the system property {@code moons.startup.trace} is {@code true}; then each {@link #mark} prints one line
 * on standard error: {@code [startup] <wall clock, ms since the epoch> <phase> (<thread>, cpu <ms>, queued <ms>)},
 * where cpu is the calling thread's time on a CPU so far and queued its time waiting for one (a loaded machine),
 * both from Linux's /proc/thread-self/schedstat (-1 where there is none).
 */
public final class StartupTrace {
    /** The line prefix the measuring script looks for. */
    public static final String PREFIX = "[startup] ";

    private static final boolean ON = Boolean.getBoolean("moons.startup.trace");
    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    private StartupTrace() {}

    /** Whether marks are printed ({@code -Dmoons.startup.trace=true}). */
    public static boolean enabled() {
        return ON;
    }

    /** Prints the wall-clock time at which {@code phase} was reached, when tracing is on. */
    public static void mark(String phase) {
        if (ON) {
            Instant now = Instant.now();
            double ms = now.getEpochSecond() * 1e3 + now.getNano() / 1e6;
            double[] sched = schedstat();
            System.err.println(PREFIX + String.format(Locale.ROOT, "%.3f %s (%s, cpu %.1f, queued %.1f)", ms, phase,
                    Thread.currentThread().getName(), sched[0], sched[1]));
        }
    }

    /**
     * Prints, when tracing is on, one line per live thread of this process (JVM threads included: JIT compilers,
     * GC): {@code [startup] threads <name> cpu <ms> queued <ms>}, from /proc/self/task (nothing where there is none).
     */
    public static void threads() {
        if (!ON) {
            return;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                double[] sched = schedstat(task.resolve("schedstat"));
                String name = Files.readString(task.resolve("comm")).trim().replace(' ', '_');
                System.err.println(PREFIX + String.format(Locale.ROOT, "threads %s cpu %.1f queued %.1f", name,
                        sched[0], sched[1]));
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: nothing to print
        }
    }

    // the calling thread's {ms on a CPU, ms waiting in a run queue}, or {-1, -1}
    private static double[] schedstat() {
        return schedstat(SCHEDSTAT);
    }

    private static double[] schedstat(Path file) {
        try {
            String[] f = Files.readString(file).trim().split("\\s+");
            return new double[] {Long.parseLong(f[0]) / 1e6, Long.parseLong(f[1]) / 1e6};
        } catch (IOException | RuntimeException e) {
            return new double[] {-1, -1};
        }
    }
}
