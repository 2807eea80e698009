package dev.moons.ui.service;

import dev.moons.model.GradientCheck;
import dev.moons.model.Mlp;
import dev.moons.model.SameDiffGradient;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inspector's gradient check (manual backward pass vs SameDiff on the training set) on its own daemon thread,
 * so that neither the FX thread nor training waits for SameDiff. Only the newest request is computed; checks start
 * at least {@link #MIN_SPACING_MILLIS} apart, so following live training costs at most a few checks per second.
 */
public final class GradientChecker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GradientChecker.class);
    /** Shortest time between the starts of two checks. */
    static final long MIN_SPACING_MILLIS = 250;

    private final TrainingService service;
    private final Executor ui;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "moons-inspector");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latest = new AtomicLong();
    // confined to the inspector thread
    private SameDiffGradient graph;
    private long lastStart;

    /** Checks for the comparisons of {@code service}; results go through {@code ui} (Platform::runLater). */
    public GradientChecker(TrainingService service, Executor ui) {
        this.service = Objects.requireNonNull(service);
        this.ui = Objects.requireNonNull(ui);
    }

    /**
     * Checks the gradient at θ [4H+1] on the training set of comparison {@code generation}; {@code show} gets the
     * result on the UI executor, {@code failed} a one-line reason. Dropped when a newer request arrives first or
     * the comparison is replaced.
     */
    public void check(long generation, double[] theta, Consumer<GradientCheck> show, Consumer<String> failed) {
        long ticket = latest.incrementAndGet();
        double[] th = theta.clone();
        service.withProblem(generation, problem -> {
            try {
                thread.execute(() -> run(ticket, () -> {
                    Mlp mlp = problem.model();
                    if (graph == null || graph.hidden() != mlp.hidden() || graph.activation() != mlp.activation()) {
                        graph = new SameDiffGradient(mlp.hidden(), mlp.activation());
                    }
                    GradientCheck c = GradientCheck.at(mlp, graph, th, problem.xTrain(), problem.yTrain());
                    if (latest.get() == ticket) {
                        ui.execute(() -> show.accept(c));
                    }
                }, failed));
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                LOG.debug("gradient check after close", closed);
            }
        });
    }

    // waits out the spacing, then computes unless a newer request came meanwhile
    private void run(long ticket, Runnable work, Consumer<String> failed) {
        try {
            long wait = lastStart + MIN_SPACING_MILLIS - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            if (latest.get() != ticket) {
                return;
            }
            lastStart = System.currentTimeMillis();
            work.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("gradient check failed", e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            ui.execute(() -> failed.accept(reason.lines().findFirst().orElse(reason)));
        }
    }

    /** Stops the inspector thread (a check in progress finishes on its own; it is a daemon). */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
