package dev.moons.bench.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What ran during the long pulses: reads a JFR recording of the UI benchmark (moons.PulseGap events plus
 * jdk.ExecutionSample / jdk.NativeMethodSample, jdk.GarbageCollection) and prints, per thread, the methods sampled
 * in gaps longer than a threshold against those in the other gaps (samples per gap), and the longest gaps one by one.
 * Usage: {@code java -cp … dev.moons.bench.ui.PulseProfile REC.jfr [minMs=25] [skipS=1] [workMs=0]}.
 */
public final class PulseProfile {
    private record Gap(int index, Instant start, Instant end, double renderRunMs, double fxRunMs, double maxWaitMs) {
        double ms() {
            return Duration.between(start, end).toNanos() / 1e6;
        }
    }

    private record Sample(Instant at, String thread, String inner, String outer, String node) {
    }

    private PulseProfile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: PulseProfile REC.jfr [minMs=25] [skipS=1] [workMs=0]");
            System.exit(2);
        }
        double minMs = args.length > 1 ? Double.parseDouble(args[1]) : 25;
        double skipS = args.length > 2 ? Double.parseDouble(args[2]) : 1;
        // "work": keep only the long gaps in which the render or FX thread ran more than this many ms (0: all)
        double workMs = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        List<Gap> gaps = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();
        List<Instant[]> gcs = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            switch (type) {
                case "moons.PulseGap" -> gaps.add(new Gap(e.getInt("index"), e.getStartTime(), e.getEndTime(),
                        e.getDouble("renderRunMs"), e.getDouble("fxRunMs"), e.getDouble("maxWaitMs")));
                case "jdk.ExecutionSample", "jdk.NativeMethodSample" -> {
                    var t = e.getThread("sampledThread");
                    if (t != null && e.getStackTrace() != null) {
                        samples.add(new Sample(e.getStartTime(), t.getJavaName(), inner(e.getStackTrace()),
                                outer(e.getStackTrace()), node(e.getStackTrace())));
                    }
                }
                case "jdk.GarbageCollection" -> gcs.add(new Instant[] {e.getStartTime(), e.getEndTime()});
                default -> { }
            }
        }
        gaps.sort(Comparator.comparing(Gap::start));
        samples.sort(Comparator.comparing(Sample::at));
        if (gaps.isEmpty()) {
            System.err.println("no moons.PulseGap events in " + args[0]);
            System.exit(1);
        }
        Instant from = gaps.get(0).start().plusMillis((long) (skipS * 1000));
        List<Gap> longGaps = new ArrayList<>();
        List<Gap> normal = new ArrayList<>();
        for (Gap g : gaps) {
            if (g.start().isBefore(from)) {
                continue;
            }
            if (g.ms() > minMs) {
                if (g.renderRunMs() + g.fxRunMs() >= workMs) {
                    longGaps.add(g);
                }
            } else {
                normal.add(g);
            }
        }
        System.out.printf("%d gaps after %.1f s, %d over %.0f ms, %d long gaps overlapping a GC%n",
                longGaps.size() + normal.size(), skipS, longGaps.size(), minMs,
                longGaps.stream().filter(g -> gcs.stream().anyMatch(c -> overlaps(g, c))).count());
        for (String view : List.of("inner", "outer", "node", "fx-before")) {
            Map<String, double[]> rate = new HashMap<>();
            count(samples, longGaps, view, rate, 0);
            count(samples, normal, view, rate, 1);
            System.out.printf("%n== samples per gap, %s frame (long | other) ==%n", view);
            rate.entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                    .limit(40)
                    .forEach(en -> System.out.printf("%6.2f | %6.2f  %s%n", en.getValue()[0] / Math.max(1, longGaps.size()),
                            en.getValue()[1] / Math.max(1, normal.size()), en.getKey()));
        }
        System.out.printf("%n== the 15 longest gaps ==%n");
        longGaps.stream().sorted(Comparator.comparingDouble(Gap::ms).reversed()).limit(15).forEach(g -> {
            Map<String, Integer> in = new HashMap<>();
            for (Sample s : between(samples, g)) {
                in.merge(s.thread() + " " + s.outer() + " > " + s.inner(), 1, Integer::sum);
            }
            System.out.printf("gap %d: %.1f ms (render ran %.1f, FX ran %.1f, max wait %.1f ms) at +%.2f s%s%n",
                    g.index(), g.ms(), g.renderRunMs(), g.fxRunMs(), g.maxWaitMs(),
                    Duration.between(gaps.get(0).start(), g.start()).toMillis() / 1e3,
                    gcs.stream().anyMatch(c -> overlaps(g, c)) ? " (GC)" : "");
            in.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                    .forEach(en -> System.out.printf("    %2d  %s%n", en.getValue(), en.getKey()));
        });
    }

    private static void count(List<Sample> samples, List<Gap> gaps, String view, Map<String, double[]> rate, int slot) {
        for (Gap g : gaps) {
            // fx-before: the FX thread's app frames from one frame before the gap (what filled the canvases' buffers)
            boolean before = view.equals("fx-before");
            Gap window = before ? new Gap(g.index(), g.start().minusMillis(17), g.end(), 0, 0, 0) : g;
            for (Sample s : between(samples, window)) {
                if (before && !(s.thread().startsWith("JavaFX") || s.thread().startsWith("Gtk"))) {
                    continue;
                }
                String key = shortThread(s.thread()) + "  " + switch (view) {
                    case "inner" -> s.inner();
                    case "outer" -> s.outer();
                    case "fx-before" -> s.outer() + " > " + s.inner();
                    default -> s.node();
                };
                rate.computeIfAbsent(key, k -> new double[2])[slot]++;
            }
        }
    }

    private static List<Sample> between(List<Sample> samples, Gap g) {
        int lo = 0;
        int hi = samples.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (samples.get(mid).at().isBefore(g.start())) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Sample> out = new ArrayList<>();
        for (int i = lo; i < samples.size() && samples.get(i).at().isBefore(g.end()); i++) {
            out.add(samples.get(i));
        }
        return out;
    }

    private static boolean overlaps(Gap g, Instant[] gc) {
        return gc[0].isBefore(g.end()) && gc[1].isAfter(g.start());
    }

    private static String shortThread(String name) {
        return name.length() > 24 ? name.substring(0, 24) : name;
    }

    /** The innermost app frame (dev.moons), else the innermost JavaFX scene/prism frame, else the top frame. */
    private static String inner(RecordedStackTrace st) {
        List<RecordedFrame> frames = st.getFrames();
        for (RecordedFrame f : frames) {
            if (cls(f).startsWith("dev.moons.")) {
                return name(f);
            }
        }
        for (RecordedFrame f : frames) {
            String c = cls(f);
            if (c.startsWith("javafx.scene.") || c.startsWith("com.sun.javafx.sg.prism.") || c.startsWith("com.sun.prism.")) {
                return name(f);
            }
        }
        return frames.isEmpty() ? "?" : name(frames.get(0));
    }

    /** The innermost scene-graph peer frame (NGCanvas, NGRegion, NGText…: what the render thread was drawing). */
    private static String node(RecordedStackTrace st) {
        for (RecordedFrame f : st.getFrames()) {
            if (cls(f).startsWith("com.sun.javafx.sg.prism.NG")) {
                return name(f);
            }
        }
        return "-";
    }

    /** The outermost app frame (dev.moons: the entry from FX into app code), else the outermost JavaFX scene frame. */
    private static String outer(RecordedStackTrace st) {
        List<RecordedFrame> frames = st.getFrames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (cls(frames.get(i)).startsWith("dev.moons.")) {
                return name(frames.get(i));
            }
        }
        for (int i = frames.size() - 1; i >= 0; i--) {
            String c = cls(frames.get(i));
            if (c.startsWith("javafx.scene.") || c.startsWith("com.sun.javafx.sg.prism.")) {
                return name(frames.get(i));
            }
        }
        return frames.isEmpty() ? "?" : name(frames.get(frames.size() - 1));
    }

    private static String cls(RecordedFrame f) {
        return f.getMethod() == null ? "" : f.getMethod().getType().getName();
    }

    private static String name(RecordedFrame f) {
        String c = cls(f);
        return c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }
}
