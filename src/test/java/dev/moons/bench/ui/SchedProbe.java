package dev.moons.bench.ui;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Per-thread scheduler times of this JVM's busiest threads from Linux's /proc/self/task/TID/schedstat: for each
 * watched thread, ns spent running on a core and ns spent runnable but waiting for one. Lets the benchmark tell a
 * long pulse that did more work from one whose threads waited for a core. Threads are found by their kernel name
 * (comm, 15 characters); a thread not found reads 0. Each read re-reads the open files from offset 0 into one
 * reused buffer: the probe itself allocates nothing per pulse (Files.readString did ~50 MB a run, i.e. extra GCs in
 * the run it measures).
 */
final class SchedProbe {
    /** The watched threads' kernel-name prefixes, in the order of {@link #read}'s pairs. */
    static final List<String> THREADS = List.of("JavaFX Applicat", "QuantumRendere", "moons-training");
    private final FileChannel[] files = new FileChannel[THREADS.size()];
    private final ByteBuffer buffer = ByteBuffer.allocate(256);

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
                        try {
                            files[i] = FileChannel.open(task.resolve("schedstat"), StandardOpenOption.READ);
                        } catch (IOException e) {
                            // the thread ended meanwhile: not watched
                        }
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
                    buffer.clear();
                    files[i].read(buffer, 0);
                    // "run wait timeslices\n": the first two decimal fields
                    int end = buffer.position();
                    int at = 0;
                    while (at < end && buffer.get(at) >= '0' && buffer.get(at) <= '9') {
                        run = 10 * run + (buffer.get(at++) - '0');
                    }
                    at++;
                    while (at < end && buffer.get(at) >= '0' && buffer.get(at) <= '9') {
                        wait = 10 * wait + (buffer.get(at++) - '0');
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended: 0
                }
            }
            out[offset + 2 * i] = run;
            out[offset + 2 * i + 1] = wait;
        }
    }
}
