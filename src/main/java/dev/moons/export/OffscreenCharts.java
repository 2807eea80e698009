package dev.moons.export;

import dev.moons.io.NativeLoads;
import dev.moons.io.Numbers;
import dev.moons.io.StartupTrace;
import dev.moons.render.Palette;
import dev.moons.training.BoundaryGrid;
import dev.moons.training.Comparison;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.Problem;
import dev.moons.training.sweep.SweepAggregate;
import dev.moons.training.sweep.SweepResult;
import dev.moons.training.TrainingRun;
import dev.moons.render.BoundaryView;
import dev.moons.render.RunLabels;
import dev.moons.render.chart.LinePlot;
import dev.moons.render.chart.SweepPlot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Renders a finished comparison's loss chart and decision boundaries to PNG files with no display: the JavaFX
 * toolkit is started once per JVM on the headless Monocle platform with the software renderer.
 */
public final class OffscreenCharts {
    private static final int BOUNDARY_GRID = 200;
    private static final double SWEEP_WIDTH = 1400;
    private static final double BOUNDARY_WIDTH = 1400;
    private static final double BOUNDARY_MAX_HEIGHT = 700;
    private static final long TIMEOUT_SECONDS = 120;
    private static final Object LOCK = new Object();
    private static boolean ready;

    private OffscreenCharts() {}

    /**
     * Renders the loss chart (4 series: train/test × fixed/backtracking, log y) and the two boundary panes side
     * by side from a finished comparison into loss.png and boundary.png in dir, with no display.
     */
    public static void writeComparison(Comparison comparison, Path dir, String caption) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot write charts: " + dir + " is not a directory");
        }
        Problem problem = comparison.problem();
        BoundaryGrid grid = BoundaryGrid.around(problem, BOUNDARY_GRID);
        List<double[]> probabilities = comparison.runs().stream()
                .map(run -> grid.probabilities(problem.model(), run.parameters())).toList();
        BufferedImage loss = onFxThread(() -> PngExport.render(
                sceneRoot(lossPlot(comparison), 1200, 700), caption));
        BufferedImage boundary = onFxThread(() -> {
            HBox panes = boundaries(comparison, grid, probabilities);
            double height = Math.min(BOUNDARY_MAX_HEIGHT, panes.getChildren().get(0).prefHeight(BOUNDARY_WIDTH / 2));
            return PngExport.render(sceneRoot(panes, BOUNDARY_WIDTH, height), caption);
        });
        PngExport.writeImage(loss, dir.resolve("loss.png"));
        PngExport.writeImage(boundary, dir.resolve("boundary.png"));
    }

    /**
     * Renders a sweep into sweep.png in dir with no display: final test accuracy against the learning rate on
     * top, final training loss and loss evaluations per run below, backtracking as a band in each.
     */
    public static void writeSweep(SweepResult result, Path dir, String caption) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot write charts: " + dir + " is not a directory");
        }
        BufferedImage image = onFxThread(() -> sweepImage(result, (int) SWEEP_WIDTH, 940, caption));
        PngExport.writeImage(image, dir.resolve("sweep.png"));
    }

    /**
     * A sweep's three plots drawn offscreen at {@code width} × {@code height} (FX thread): final test accuracy
     * against the learning rate on top, final training loss and loss evaluations per run below, backtracking as a
     * band in each, with {@code caption} in a strip below.
     */
    public static BufferedImage sweepImage(SweepResult result, int width, int height, String caption) {
        double upper = height * 520.0 / 940;
        SweepPlot accuracy = sweepPlot(SweepPlot.Metric.TEST_ACCURACY, result, width, upper);
        SweepPlot loss = sweepPlot(SweepPlot.Metric.TRAIN_LOSS, result, width / 2.0, height - upper);
        SweepPlot evals = sweepPlot(SweepPlot.Metric.LOSS_EVALUATIONS, result, width / 2.0, height - upper);
        HBox lower = new HBox(loss, evals);
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(evals, Priority.ALWAYS);
        VBox panels = new VBox(accuracy, lower);
        panels.setStyle("-fx-background-color: white;");
        return PngExport.render(sceneRoot(panels, width, height), caption);
    }

    // fixed against backtracking is drawn as it always was; other methods as one line each
    private static SweepPlot sweepPlot(SweepPlot.Metric metric, SweepResult result, double width, double height) {
        SweepPlot plot = new SweepPlot(metric, Palette.of(result.swept().get(0)), Palette.of(result.band()));
        plot.setId("sweep-" + metric.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        plot.setPrefSize(width, height);
        if (result.swept().equals(List.of(Method.FIXED)) && result.band() == Method.BACKTRACKING) {
            plot.show(result.fixedAggregates(), result.backtrackingBand());
        } else {
            plot.show(result.swept().stream().map(m -> new SweepPlot.Line(m.id(), Palette.of(m),
                    result.aggregates(m))).toList(), result.band().id(), result.backtrackingBand());
        }
        return plot;
    }

    /** The live-app title of {@code method}'s pane for {@code comparison}'s settings: "Fixed learning rate  (lr = 0.01)". */
    public static String title(Comparison comparison, Method method) {
        return method.label() + "  (" + method.settingsText(comparison.config()) + ")";
    }

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger PLATFORM_LOG =
            java.util.logging.Logger.getLogger("javafx");

    /** Starts the JavaFX toolkit headless (Monocle, software rendering) unless it is already running. */
    public static void ensureToolkit() {
        synchronized (LOCK) {
            if (ready) {
                return;
            }
            if (!toolkitRunning()) {
                StartupTrace.mark("offscreen javafx start");
                System.setProperty("glass.platform", "Monocle");
                System.setProperty("monocle.platform", "Headless");
                System.setProperty("prism.order", "sw");
                System.setProperty("java.awt.headless", "true");
                // JavaFX on the class path (as ND4J requires) is supported here; its warning would only confuse
                PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
                CountDownLatch started = new CountDownLatch(1);
                boolean[] interrupted = {false};
                // the toolkit loads its native libraries as it starts: not beside ND4J's start (NativeLoads)
                NativeLoads.exclusively(() -> {
                    try {
                        Platform.startup(started::countDown);
                        started.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    } catch (IllegalStateException alreadyStarted) {
                        started.countDown();
                    } catch (InterruptedException e) {
                        interrupted[0] = true;
                    }
                });
                if (interrupted[0]) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while starting JavaFX");
                }
            }
            Platform.setImplicitExit(false);
            ready = true;
            StartupTrace.mark("offscreen javafx ready");
        }
    }

    private static boolean toolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }

    private static LinePlot lossPlot(Comparison comparison) {
        LinePlot plot = new LinePlot("Loss: " + String.join(" vs ", comparison.methods().stream()
                .map(m -> m.label().toLowerCase(java.util.Locale.ROOT)).toList()));
        plot.setId("loss-plot");
        plot.setAxisLabels("epoch", "mean binary cross-entropy");
        plot.setLogY(true);
        plot.setYCap(RunLabels.LOSS_AXIS_CAP);
        for (TrainingRun run : comparison.runs()) {
            Color colour = Palette.of(run.method());
            fill(plot.addSeries(run.method().id() + " · train", colour, false), run, true);
            fill(plot.addSeries(run.method().id() + " · test", colour, true), run, false);
        }
        plot.setXRange(0, comparison.config().epochs());
        for (TrainingRun run : comparison.runs()) {
            int at = run.divergedAt();
            if (at >= 0) {
                plot.addMarker(at, run.method().id() + " diverged");
            }
        }
        return plot;
    }

    private static void fill(LinePlot.Series series, TrainingRun run, boolean train) {
        for (EpochRecord r : run.history()) {
            series.add(r.epoch(), train ? r.trainLoss() : r.testLoss());
        }
    }

    private static HBox boundaries(Comparison comparison, BoundaryGrid grid, List<double[]> probabilities) {
        HBox row = new HBox();
        List<TrainingRun> runs = comparison.runs();
        for (int i = 0; i < runs.size(); i++) {
            Method m = runs.get(i).method();
            BoundaryView pane = boundary(comparison, runs.get(i), title(comparison, m), Palette.of(m), grid,
                    probabilities.get(i));
            pane.setId("boundary-" + m.id());
            HBox.setHgrow(pane, Priority.ALWAYS);
            pane.setPrefWidth(1400.0 / runs.size());
            row.getChildren().add(pane);
        }
        row.setStyle("-fx-background-color: white;");
        return row;
    }

    private static BoundaryView boundary(Comparison comparison, TrainingRun run, String title, Color accent,
            BoundaryGrid grid, double[] probabilities) {
        BoundaryView view = new BoundaryView(title);
        view.setAccent(accent);
        Problem problem = comparison.problem();
        view.setData(grid, problem.trainRaw(), problem.testRaw());
        view.setProbabilities(probabilities);
        EpochRecord last = run.last();
        view.setInfo(RunLabels.infoLines(last, run.epochs()));
        view.setStatus(RunLabels.statusText(last), RunLabels.isAlarm(last.status()));
        return view;
    }

    static javafx.scene.Parent sceneRoot(javafx.scene.Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height, Color.WHITE);
        root.applyCss();
        root.layout();
        return scene.getRoot();
    }

    static <T> T onFxThread(Supplier<T> work) throws IOException {
        ensureToolkit();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering charts", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot render charts: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("cannot render charts: JavaFX did not answer within " + TIMEOUT_SECONDS + " s");
        }
    }
}
