package dev.moons.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import dev.moons.export.AtomicFiles;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javafx.animation.AnimationTimer;

/**
 * Measures how smooth the app is while it trains: the gaps between JavaFX pulses (an AnimationTimer runs once
 * per pulse), every GC pause, the peak resident set size and the time from JVM start to the first shown window.
 */
public final class FrameProbe {
    private final long[] gaps = new long[1 << 20];
    private int gapCount;
    private long lastPulse;
    private final List<Long> gcPausesMs = new ArrayList<>();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private long firstWindowMs = -1;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastPulse != 0 && gapCount < gaps.length) {
                gaps[gapCount++] = now - lastPulse;
            }
            lastPulse = now;
        }
    };

    /** Starts recording pulses and GC pauses (FX thread). */
    public void start() {
        timer.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        synchronized (gcPausesMs) {
                            gcPausesMs.add(info.getGcInfo().getDuration());
                        }
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
    }

    /** Notes that the first window is showing: milliseconds since the JVM started. */
    public void windowShown() {
        if (firstWindowMs < 0) {
            firstWindowMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        }
    }

    /** Stops recording (FX thread). */
    public void stop() {
        timer.stop();
        unsubscribe.forEach(Runnable::run);
    }

    /** The measurements as JSON: pulse gaps in ms (p50, p99, max, count), GC pauses, peak RSS, first window. */
    public String report(int epochs) throws IOException {
        long[] sorted = Arrays.copyOf(gaps, gapCount);
        Arrays.sort(sorted);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("epochs", epochs);
        ObjectNode pulses = root.putObject("pulse_gap_ms");
        pulses.put("count", sorted.length);
        pulses.put("p50", percentile(sorted, 0.50));
        pulses.put("p99", percentile(sorted, 0.99));
        pulses.put("max", sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        ObjectNode gc = root.putObject("gc_pause_ms");
        synchronized (gcPausesMs) {
            gc.put("count", gcPausesMs.size());
            gc.put("max", gcPausesMs.stream().mapToLong(Long::longValue).max().orElse(0));
            gc.put("total", gcPausesMs.stream().mapToLong(Long::longValue).sum());
        }
        root.put("peak_rss_mb", peakRssMb());
        root.put("first_window_ms", firstWindowMs);
        return json.writeValueAsString(root) + "\n";
    }

    /** Writes {@link #report} to {@code file} atomically. */
    public void write(Path file, int epochs) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.writeString(file, report(epochs));
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** VmHWM from /proc/self/status in MiB, or -1 where there is no /proc. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
