package dev.moons.bench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Per-thread scheduler times of this JVM's busiest threads from Linux's /proc/self/task/TID/schedstat: for each
 * watched thread, ns spent running on a core and ns spent runnable but waiting for one. Lets the benchmark tell a
 * long pulse that did more work from one whose threads waited for a core. Threads are found by their kernel name
 * (comm, 15 characters); a thread not found reads 0.
 */
final class SchedProbe {
    /** The watched threads' kernel-name prefixes, in the order of {@link #read}'s pairs. */
    static final List<String> THREADS = List.of("JavaFX Applicat", "QuantumRendere", "moons-training");
    private final Path[] files = new Path[THREADS.size()];

    /** Finds the watched threads' schedstat files (call once the threads exist). */
    SchedProbe() {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String comm;
                try {
                    comm = Files.readString(task.resolve("comm")).trim();
                } catch (IOException e) {
                    continue;
                }
                for (int i = 0; i < files.length; i++) {
                    if (files[i] == null && comm.startsWith(THREADS.get(i))) {
                        files[i] = task.resolve("schedstat");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: every thread reads 0
        }
    }

    /** Whether the thread at {@code i} of {@link #THREADS} was found. */
    boolean found(int i) {
        return files[i] != null;
    }

    /** Writes {run ns, wait ns} of each watched thread into {@code out} (length 2 × threads) at {@code offset}. */
    void read(long[] out, int offset) {
        for (int i = 0; i < files.length; i++) {
            long run = 0;
            long wait = 0;
            if (files[i] != null) {
                try {
                    String[] f = Files.readString(files[i]).trim().split(" ");
                    run = Long.parseLong(f[0]);
                    wait = Long.parseLong(f[1]);
                } catch (IOException | RuntimeException e) {
                    // the thread ended: 0
                }
            }
            out[offset + 2 * i] = run;
            out[offset + 2 * i + 1] = wait;
        }
    }
}
