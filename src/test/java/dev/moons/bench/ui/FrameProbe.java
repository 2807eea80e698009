package dev.moons.bench.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import dev.moons.io.AtomicFiles;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final long[] gapEnds = new long[1 << 20];
    private int gapCount;
    private long lastPulse;
    /** The open JFR event of the current gap (only recorded under a JFR recording that enables moons.PulseGap). */
    private PulseEvent pulseEvent;
    /** Scheduler times of the FX, render and training threads at each pulse (the first {@link #SCHED_GAPS} gaps). */
    private static final int SCHED_GAPS = 1 << 16;
    private static final int SCHED_W = 2 * SchedProbe.THREADS.size();
    private SchedProbe sched;
    /** Which canvases queued drawing commands in each gap's pulse (bit masks) and how many bytes in all. */
    private CanvasProbe canvases;
    private final long[] canvasMasks = new long[SCHED_GAPS];
    private final long[] canvasBytes = new long[SCHED_GAPS];
    private final long[] bytesNow = new long[1];
    /**
     * Per gap: ns its opening pulse spent from this probe's timer to the end of the app's queued tasks, then in CSS
     * and layout.
     */
    private final long[] tasksNs = new long[SCHED_GAPS];
    private final long[] layoutNs = new long[SCHED_GAPS];
    private long pulseStartNs;
    private long tasksDoneNs;
    private final Runnable afterTasks = () -> tasksDoneNs = System.nanoTime();
    private final Runnable afterLayout = () -> {
        if (gapCount < SCHED_GAPS && pulseStartNs != 0) {
            long now = System.nanoTime();
            tasksNs[gapCount] = Math.max(0, tasksDoneNs - pulseStartNs);
            layoutNs[gapCount] = tasksDoneNs >= pulseStartNs ? now - tasksDoneNs : 0;
        }
        if (canvases != null && gapCount < SCHED_GAPS) {
            if (gapCount % 60 == 0) {
                canvases.rescan();
            }
            canvasMasks[gapCount] |= canvases.drawnNow(bytesNow);
            canvasBytes[gapCount] += bytesNow[0];
        }
    };
    private final long[] schedAt = new long[SCHED_W];
    private final long[] schedNow = new long[SCHED_W];
    /** Per gap and watched thread: {run ns, wait ns} during the gap. */
    private final long[] schedGaps = new long[SCHED_GAPS * SCHED_W];
    private final List<Long> gcPausesMs = new ArrayList<>();
    /** Start of each GC pause in ms of JVM uptime, in the order of {@link #gcPausesMs}. */
    private final List<Long> gcStartsMs = new ArrayList<>();
    private long uptimeAtStartMs;
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private long firstWindowMs = -1;
    private Map<String, Double> cpuAtStart = Map.of();
    private Map<String, Double> cpuAtStop = Map.of();
    private long wallAtStart;
    private long wallAtStop;
    private double loadAtStart = -1;
    private double loadAtStop = -1;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastPulse != 0 && gapCount < gaps.length) {
                gapEnds[gapCount] = now;
                gaps[gapCount++] = now - lastPulse;
            }
            boolean schedStarted = sched != null;
            if (sched == null && gapCount >= 30) {
                sched = new SchedProbe(); // a few pulses after Train: the training thread exists (gaps before: 0)
            }
            if (sched != null) {
                sched.read(schedNow, 0);
                if (schedStarted && gapCount - 1 < SCHED_GAPS) {
                    for (int k = 0; k < SCHED_W; k++) {
                        schedGaps[(gapCount - 1) * SCHED_W + k] = schedNow[k] - schedAt[k];
                    }
                }
                System.arraycopy(schedNow, 0, schedAt, 0, SCHED_W);
            }
            lastPulse = now;
            pulseStartNs = System.nanoTime();
            if (pulseEvent != null) {
                if (gapCount > 0 && gapCount - 1 < SCHED_GAPS) {
                    int base = (gapCount - 1) * SCHED_W;
                    pulseEvent.fxRunMs = schedGaps[base] / 1e6;
                    pulseEvent.renderRunMs = schedGaps[base + 2] / 1e6;
                    pulseEvent.maxWaitMs = Math.max(schedGaps[base + 1], Math.max(schedGaps[base + 3], schedGaps[base + 5])) / 1e6;
                }
                pulseEvent.commit();
            }
            pulseEvent = new PulseEvent();
            pulseEvent.index = gapCount;
            pulseEvent.begin();
        }
    };

    /** Starts recording pulses and GC pauses (FX thread). */
    public void start() {
        loadAtStart = loadAverage();
        cpuAtStart = threadCpuMs();
        wallAtStart = System.nanoTime();
        uptimeAtStartMs = ManagementFactory.getRuntimeMXBean().getUptime();
        timer.start();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        synchronized (gcPausesMs) {
                            gcPausesMs.add(info.getGcInfo().getDuration());
                            gcStartsMs.add(info.getGcInfo().getStartTime());
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

    /** Also records, per pulse, which of {@code scene}'s canvases redrew (call before {@link #start}). */
    public void watchCanvases(javafx.scene.Scene scene) {
        canvases = new CanvasProbe(scene);
        canvases.rescan();
        scene.addPreLayoutPulseListener(afterTasks); // after the app's own pulse executor: it was added first
        scene.addPostLayoutPulseListener(afterLayout);
        unsubscribe.add(() -> scene.removePreLayoutPulseListener(afterTasks));
        unsubscribe.add(() -> scene.removePostLayoutPulseListener(afterLayout));
    }

    /** Notes that the first window is showing: milliseconds since the JVM started. */
    public void windowShown() {
        if (firstWindowMs < 0) {
            firstWindowMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        }
    }

    /** Stops recording (FX thread). */
    public void stop() {
        cpuAtStop = threadCpuMs();
        wallAtStop = System.nanoTime();
        loadAtStop = loadAverage();
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
        // the goals are judged after the first second of training (warm-up: JIT, first layouts)
        long[] late = lateGaps(1_000_000_000L);
        Arrays.sort(late);
        ObjectNode after = pulses.putObject("after_first_second");
        after.put("count", late.length);
        after.put("p99", percentile(late, 0.99));
        after.put("max", late.length == 0 ? 0 : late[late.length - 1] / 1e6);
        after.put("over_50ms", Arrays.stream(late).filter(g -> g > 50_000_000L).count());
        // why pulses were long: how many gaps over two frames (33 ms) overlap a GC pause
        long[] slow = slowGapsWithGc(33_000_000L);
        ObjectNode over33 = pulses.putObject("over_33ms");
        over33.put("count", slow[0]);
        over33.put("during_gc", slow[1]);
        // -Dmoons.bench.longMs=20 looks at the goal's own threshold instead of 25 ms
        long longNanos = Math.round(Double.parseDouble(System.getProperty("moons.bench.longMs", "25")) * 1e6);
        pulses.set("long_gaps", longGaps(json, longNanos, 1_000_000_000L));
        // when the late pulses were: gaps over 25 ms in each 5 s of recording (warm-up vs steady state)
        Arrays.stream(overPerBin(25_000_000L, 5_000_000_000L)).forEach(pulses.putArray("over_25ms_per_5s")::add);
        // the goal's own threshold, per second: p99 < 20 ms allows 1 % of the gaps over it in all
        Arrays.stream(overPerBin(20_000_000L, 1_000_000_000L)).forEach(pulses.putArray("over_20ms_per_s")::add);
        // the five longest gaps and when they ended (seconds after recording started), to tell warm-up from steady state
        ArrayNode longest = pulses.putArray("longest");
        Integer[] order = new Integer[gapCount];
        for (int i = 0; i < gapCount; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(gaps[b], gaps[a]));
        for (int k = 0; k < Math.min(5, gapCount); k++) {
            ObjectNode gap = longest.addObject();
            gap.put("ms", gaps[order[k]] / 1e6);
            gap.put("at_s", (gapEnds[order[k]] - wallAtStart) / 1e9);
        }
        ObjectNode gc = root.putObject("gc_pause_ms");
        synchronized (gcPausesMs) {
            gc.put("count", gcPausesMs.size());
            gc.put("max", gcPausesMs.stream().mapToLong(Long::longValue).max().orElse(0));
            gc.put("total", gcPausesMs.stream().mapToLong(Long::longValue).sum());
            gc.put("over_16ms", gcPausesMs.stream().filter(ms -> ms > 16).count());
        }
        root.put("peak_rss_mb", peakRssMb());
        root.put("first_window_ms", firstWindowMs);
        root.put("wall_s", (wallAtStop - wallAtStart) / 1e9);
        root.put("load_average_start", loadAtStart);
        root.put("load_average_end", loadAtStop);
        // CPU the busiest threads used while recording: ms in all and ms per pulse (independent of other load)
        ObjectNode cpu = root.putObject("thread_cpu_ms");
        cpuAtStop.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - cpuAtStart.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() >= 100)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> {
                    ObjectNode t = cpu.putObject(e.getKey());
                    t.put("total", Math.round(e.getValue()));
                    t.put("per_pulse", sorted.length == 0 ? 0 : Math.round(100 * e.getValue() / sorted.length) / 100.0);
                });
        return json.writeValueAsString(root) + "\n";
    }

    /**
     * Why gaps over {@code minNanos} (after {@code skipNanos}) were long: per watched thread the mean ms it ran and
     * waited for a core in those gaps and in the others, and how many long gaps had a thread run more than a frame.
     */
    private ObjectNode longGaps(ObjectMapper json, long minNanos, long skipNanos) {
        ObjectNode out = json.createObjectNode();
        out.put("over_ms", minNanos / 1e6);
        int n = Math.min(gapCount, SCHED_GAPS);
        double[][] sums = new double[2][SCHED_W + 1];
        int[] counts = new int[2];
        int[] ranOverFrame = new int[SchedProbe.THREADS.size()];
        int waitedOverFrame = 0;
        for (int i = 0; i < n; i++) {
            if (gapEnds[i] - wallAtStart <= skipNanos) {
                continue;
            }
            int slot = gaps[i] > minNanos ? 0 : 1;
            counts[slot]++;
            sums[slot][SCHED_W] += gaps[i] / 1e6;
            long waited = 0;
            for (int k = 0; k < SCHED_W; k++) {
                sums[slot][k] += schedGaps[i * SCHED_W + k] / 1e6;
            }
            if (slot == 0) {
                for (int t = 0; t < ranOverFrame.length; t++) {
                    if (schedGaps[i * SCHED_W + 2 * t] > 16_700_000L) {
                        ranOverFrame[t]++;
                    }
                    waited = Math.max(waited, schedGaps[i * SCHED_W + 2 * t + 1]);
                }
                if (waited > 16_700_000L) {
                    waitedOverFrame++;
                }
            }
        }
        out.put("count", counts[0]);
        out.put("others", counts[1]);
        out.put("a_thread_waited_over_a_frame", waitedOverFrame);
        String[] slots = {"long", "others"};
        for (int slot = 0; slot < 2; slot++) {
            ObjectNode m = out.putObject("mean_ms_" + slots[slot]);
            double c = Math.max(1, counts[slot]);
            m.put("gap", Math.round(100 * sums[slot][SCHED_W] / c) / 100.0);
            for (int t = 0; t < SchedProbe.THREADS.size(); t++) {
                String name = SchedProbe.THREADS.get(t).trim();
                m.put(name + " run", Math.round(100 * sums[slot][2 * t] / c) / 100.0);
                m.put(name + " wait", Math.round(100 * sums[slot][2 * t + 1] / c) / 100.0);
            }
        }
        if (canvases != null) {
            out.set("canvases", canvasTable(json, minNanos, skipNanos, n));
        }
        ObjectNode ran = out.putObject("ran_over_a_frame");
        for (int t = 0; t < ranOverFrame.length; t++) {
            ran.put(SchedProbe.THREADS.get(t).trim(), sched != null && sched.found(t) ? ranOverFrame[t] : -1);
        }
        return out;
    }

    /** Per canvas: the share of long gaps and of the others whose pulse redrew it; mean canvases redrawn and bytes. */
    private ObjectNode canvasTable(ObjectMapper json, long minNanos, long skipNanos, int n) {
        ObjectNode out = json.createObjectNode();
        out.put("readable", CanvasProbe.available());
        int[][] drew = new int[2][CanvasProbe.MAX];
        double[] drawnCount = new double[2];
        double[] bytes = new double[2];
        int[] counts = new int[2];
        for (int i = 0; i < n; i++) {
            if (gapEnds[i] - wallAtStart <= skipNanos) {
                continue;
            }
            int slot = gaps[i] > minNanos ? 0 : 1;
            counts[slot]++;
            drawnCount[slot] += Long.bitCount(canvasMasks[i]);
            bytes[slot] += canvasBytes[i];
            for (int c = 0; c < CanvasProbe.MAX; c++) {
                if ((canvasMasks[i] & (1L << c)) != 0) {
                    drew[slot][c]++;
                }
            }
        }
        out.put("mean_redrawn_long", Math.round(100 * drawnCount[0] / Math.max(1, counts[0])) / 100.0);
        out.put("mean_redrawn_others", Math.round(100 * drawnCount[1] / Math.max(1, counts[1])) / 100.0);
        out.put("mean_kb_long", Math.round(10 * bytes[0] / 1024 / Math.max(1, counts[0])) / 10.0);
        out.put("mean_kb_others", Math.round(10 * bytes[1] / 1024 / Math.max(1, counts[1])) / 10.0);
        ObjectNode share = out.putObject("share_long_vs_others");
        for (int c = 0; c < canvases.size(); c++) {
            if (drew[0][c] + drew[1][c] > 0) {
                share.put(c + " " + canvases.label(c), String.format(java.util.Locale.ROOT, "%.2f vs %.2f",
                        drew[0][c] / (double) Math.max(1, counts[0]), drew[1][c] / (double) Math.max(1, counts[1])));
            }
        }
        return out;
    }

    /** {gaps longer than {@code minNanos}, of those the ones that overlap a GC pause}. */
    private long[] slowGapsWithGc(long minNanos) {
        long slow = 0;
        long withGc = 0;
        synchronized (gcPausesMs) {
            for (int i = 0; i < gapCount; i++) {
                if (gaps[i] <= minNanos) {
                    continue;
                }
                slow++;
                double endMs = uptimeAtStartMs + (gapEnds[i] - wallAtStart) / 1e6;
                double beginMs = endMs - gaps[i] / 1e6;
                for (int k = 0; k < gcStartsMs.size(); k++) {
                    double from = gcStartsMs.get(k);
                    if (from < endMs && from + gcPausesMs.get(k) > beginMs) {
                        withGc++;
                        break;
                    }
                }
            }
        }
        return new long[] {slow, withGc};
    }

    /** The pulse gaps (ns) that ended more than {@code skipNanos} after recording started. */
    private long[] lateGaps(long skipNanos) {
        return java.util.stream.IntStream.range(0, gapCount).filter(i -> gapEnds[i] - wallAtStart > skipNanos)
                .mapToLong(i -> gaps[i]).toArray();
    }

    // how many gaps over minNanos ended in each binNanos of the recording
    private long[] overPerBin(long minNanos, long binNanos) {
        long[] counts = new long[Math.max((int) Math.ceil((wallAtStop - wallAtStart) / (double) binNanos), 1)];
        for (int i = 0; i < gapCount; i++) {
            if (gaps[i] > minNanos) {
                counts[(int) Math.min(counts.length - 1, Math.max(0, (gapEnds[i] - wallAtStart) / binNanos))]++;
            }
        }
        return counts;
    }

    /** Writes {@link #report} to {@code file} atomically. */
    public void write(Path file, int epochs) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.writeString(file, report(epochs));
        // every gap, for a closer look, with -Dmoons.bench.gaps=PATH: "seconds after start, gap ms, run and wait ms
        // per watched thread | timers + tasks ms, CSS + layout ms of the pulse that opened it"
        String gapsFile = System.getProperty("moons.bench.gaps");
        if (gapsFile != null) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < gapCount; i++) {
                s.append(String.format(java.util.Locale.ROOT, "%.4f %.3f", (gapEnds[i] - wallAtStart) / 1e9,
                        gaps[i] / 1e6));
                // then per watched thread the ms it ran and waited for a core in that gap
                for (int k = 0; i < SCHED_GAPS && k < SCHED_W; k++) {
                    s.append(String.format(java.util.Locale.ROOT, " %.2f", schedGaps[i * SCHED_W + k] / 1e6));
                }
                // and what the pulse that opened it spent on animation timers + queued tasks, then CSS + layout
                if (i < SCHED_GAPS) {
                    s.append(String.format(java.util.Locale.ROOT, " | %.2f %.2f", tasksNs[i] / 1e6, layoutNs[i] / 1e6));
                }
                s.append('\n');
            }
            AtomicFiles.writeString(Path.of(gapsFile), s.toString());
        }
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** CPU time so far of every live thread by name (same names summed), ms. */
    static Map<String, Double> threadCpuMs() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Double> byName = new HashMap<>();
        if (!threads.isThreadCpuTimeSupported()) {
            return byName;
        }
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                byName.merge(info.getThreadName(), nanos / 1e6, Double::sum);
            }
        }
        byName.putAll(vmThreadCpuMs());
        return byName;
    }

    /**
     * CPU time so far of the VM's own threads that ThreadMXBean does not list (JIT compilers, GC workers), by their
     * /proc name ("vm:C2 CompilerThre"), from Linux's /proc/self/task/TID/stat (clock ticks of 10 ms); empty elsewhere.
     */
    static Map<String, Double> vmThreadCpuMs() {
        Map<String, Double> byName = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    if (!(name.contains("Compiler") || name.startsWith("GC Thread") || name.startsWith("VM Thread"))) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
                    byName.merge("vm:" + name.replaceAll("#\\d+$", ""), ms, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended while being read
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return byName;
    }

    /** The one-minute load average from /proc/loadavg, or -1 where there is none. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
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
