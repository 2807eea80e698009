package dev.moons.bench.ui;

import dev.moons.data.Seeds;
import dev.moons.settings.AppSettings;
import dev.moons.ui.shell.Dashboard;
import dev.moons.training.Config;
import dev.moons.training.RunStatus;
import dev.moons.app.Pace;
import dev.moons.app.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI frame benchmark ({@link UiBenchApp}, started by {@code bench/ui-bench.sh} with {@code -Dmoons.bench.ui=PATH}): default settings with
 * {@code moons.bench.epochs} epochs (2000), Train at pace 1 (one epoch per frame, what a user watches), a
 * {@link FrameProbe} from the press of Train until both runs have ended (the first-window time is measured from
 * JVM start), then its JSON to PATH and the
 * window closed, which ends the app. With {@code moons.bench.closeAfter=N} the window is closed while training,
 * after epoch N, without a report: a clean-shutdown check. With {@code moons.bench.trainAfterMs=T} Train is pressed
 * T ms after the dashboard is ready (a user who looks first; default 0, at once).
 */
final class UiBench {
    /** The system property naming the report file. */
    static final String PROPERTY = "moons.bench.ui";
    private static final Logger LOG = LoggerFactory.getLogger(UiBench.class);

    private final Path out;
    private final int epochs;
    private final int closeAfter;
    private final FrameProbe probe = new FrameProbe();
    private boolean started;
    private final long trainAfterNs = Long.getLong("moons.bench.trainAfterMs", 0L) * 1_000_000L;
    private long readyAt = -1;
    private boolean done;

    UiBench(Path out, int epochs, int closeAfter) {
        this.out = out;
        this.epochs = epochs;
        this.closeAfter = closeAfter;
    }

    /** The benchmark asked for by system properties, if any. */
    static Optional<UiBench> fromSystemProperties() {
        String path = System.getProperty(PROPERTY);
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new UiBench(Path.of(path), Integer.getInteger("moons.bench.epochs", 2000),
                Integer.getInteger("moons.bench.closeAfter", 0)));
    }

    /** Config.defaults() (H 16, 1000 samples, lr 0.01) with the benchmark's epochs, seed 42, pace 1. */
    AppSettings settings() {
        Config c = Config.defaults().withEpochs(epochs);
        return new AppSettings(c, Seeds.of(c.seed()), Pace.ONE.label());
    }

    /** The window is showing: note the time, press Train when ready, finish when both runs have ended. */
    void shown(Stage stage, Dashboard dashboard) {
        probe.windowShown();
        probe.watchCanvases(stage.getScene());
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (done) {
                    stop();
                    return;
                }
                if (!started) {
                    if (dashboard.isReady() && dashboard.lastSnapshot() != null && readyAt < 0) {
                        readyAt = now;
                    }
                    if (readyAt >= 0 && now - readyAt >= trainAfterNs) {
                        started = true;
                        System.out.println("moons.bench: scene nodes at Train: " + nodeCounts(stage.getScene().getRoot()));
                        watchChildren(stage.getScene().getRoot());
                        probe.start();
                        dashboard.togglePlay();
                    }
                    return;
                }
                Snapshot s = dashboard.lastSnapshot();
                if (s == null) {
                    return;
                }
                int epoch = Math.max(s.left().last().epoch(), s.right().last().epoch());
                if (closeAfter > 0 && epoch >= closeAfter) {
                    done = true;
                    System.out.println("moons.bench: closing the window while training, at epoch " + epoch);
                    stage.close();
                } else if (s.left().last().status() != RunStatus.RUNNING
                        && s.right().last().status() != RunStatus.RUNNING) {
                    done = true;
                    probe.stop();
                    System.out.println("moons.bench: children-list changes while training (parent: count): "
                            + CHILD_CHANGES.entrySet().stream()
                            .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12).toList());
                    try {
                        probe.write(out, epochs);
                        System.out.println("moons.bench: wrote " + out.toAbsolutePath());
                    } catch (IOException e) {
                        LOG.error("benchmark: cannot write {}: {}", out, e.toString());
                    }
                    stage.close();
                    Platform.exit();
                }
            }
        }.start();
    }

    /** "total N (shown M); the biggest parents: class#id children …" for the scene graph under {@code root}. */
    static String nodeCounts(javafx.scene.Parent root) {
        int[] all = {0, 0};
        java.util.List<String> big = new java.util.ArrayList<>();
        walk(root, true, all, big);
        // what each tab's content adds to the scene graph (every node is walked by each pulse, shown or not)
        java.util.List<String> tabs = new java.util.ArrayList<>();
        root.lookupAll(".tab-pane").forEach(n -> ((javafx.scene.control.TabPane) n).getTabs().forEach(t -> {
            int[] c = {0, 0};
            if (t.getContent() != null) {
                walk(t.getContent(), true, c, new java.util.ArrayList<>());
            }
            tabs.add(t.getText() + " " + c[0] + (t.isSelected() ? " (selected)" : ""));
        }));
        java.util.List<String> heavy = new java.util.ArrayList<>();
        subtrees(root, 0, heavy);
        return "total " + all[0] + " (shown " + all[1] + "); parents with > 50 children: " + big + "; tabs: " + tabs
                + "; subtrees over 60 nodes (depth, shown of all): " + heavy;
    }

    // nodes under n (n included); lists the subtrees over 60 nodes down to depth 6
    private static int subtrees(javafx.scene.Node n, int depth, java.util.List<String> heavy) {
        int[] c = {0, 0};
        walk(n, true, c, new java.util.ArrayList<>());
        if (c[0] > 60 && depth <= 6) {
            heavy.add(depth + " " + n.getClass().getSimpleName() + "#" + n.getId() + " " + c[1] + "/" + c[0]);
            if (n instanceof javafx.scene.Parent p) {
                p.getChildrenUnmodifiable().forEach(k -> subtrees(k, depth + 1, heavy));
            }
        }
        return c[0];
    }

    private static void walk(javafx.scene.Node n, boolean shown, int[] all, java.util.List<String> big) {
        boolean s = shown && n.isVisible();
        all[0]++;
        if (s) {
            all[1]++;
        }
        if (n instanceof javafx.scene.Parent p) {
            var kids = p.getChildrenUnmodifiable();
            if (kids.size() > 50) {
                big.add(p.getClass().getSimpleName() + "#" + p.getId() + " " + kids.size() + (s ? "" : " hidden"));
            }
            for (javafx.scene.Node k : kids) {
                walk(k, s, all, big);
            }
        }
    }

    /** Children-list changes seen while training, by parent "Class#id < parent's Class#id". */
    private static final java.util.Map<String, Integer> CHILD_CHANGES = new java.util.HashMap<>();

    /** Counts every change of a children list under {@code n}, including under parents added later. */
    private static void watchChildren(javafx.scene.Node n) {
        if (n instanceof javafx.scene.Parent p) {
            String name = p.getClass().getSimpleName() + "#" + p.getId() + " < "
                    + (p.getParent() == null ? "-" : p.getParent().getClass().getSimpleName() + "#" + p.getParent().getId());
            p.getChildrenUnmodifiable().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> {
                if (CHILD_CHANGES.merge(name, 1, Integer::sum) == 20 && Boolean.getBoolean("moons.bench.childStacks")) {
                    new Throwable("moons.bench: children change of " + name).printStackTrace(System.out);
                }
                while (c.next()) {
                    c.getAddedSubList().forEach(UiBench::watchChildren);
                }
            });
            p.getChildrenUnmodifiable().forEach(UiBench::watchChildren);
        }
    }
}
