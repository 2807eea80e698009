package dev.moons.app;

import dev.moons.io.Messages;
import dev.moons.model.GradientCheck;
import dev.moons.model.Mlp;
import dev.moons.model.SameDiffGradient;
import dev.moons.training.Problem;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inspector's gradient check (manual backward pass vs SameDiff on the training set) on its own daemon thread,
 * so that neither the FX thread nor training waits for SameDiff. Requests wait in a one-slot mailbox (a newer one
 * replaces a waiting one) and checks start at least {@link #MIN_SPACING_MILLIS} apart, so following live training
 * costs at most a few checks per second and always ends with the newest θ.
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
    private final AtomicReference<Request> pending = new AtomicReference<>();
    // confined to the inspector thread
    private SameDiffGradient graph;
    private long lastStart;

    private record Request(Problem problem, double[] theta, Consumer<GradientCheck> show, Consumer<String> failed) {
    }

    /** Checks for the comparisons of {@code service}; results go through {@code ui} (Platform::runLater). */
    public GradientChecker(TrainingService service, Executor ui) {
        this.service = Objects.requireNonNull(service);
        this.ui = Objects.requireNonNull(ui);
    }

    /**
     * Checks the gradient at θ [4H+1] on the training set of comparison {@code generation}; {@code show} gets the
     * result on the UI executor, {@code failed} a one-line reason. Dropped when the comparison has been replaced,
     * or when a newer request arrives before this one starts; results arrive in request order.
     */
    public void check(long generation, double[] theta, Consumer<GradientCheck> show, Consumer<String> failed) {
        double[] th = theta.clone();
        service.withProblem(generation, problem -> {
            // one slot, as the training service's snapshots: the newest request waits, a drain is queued if none is
            if (pending.getAndSet(new Request(problem, th, show, failed)) == null) {
                try {
                    thread.execute(this::drain);
                } catch (RejectedExecutionException closed) {
                    LOG.debug("gradient check after close", closed);
                }
            }
        });
    }

    // waits out the spacing, then computes the newest waiting request
    private void drain() {
        Request r = null;
        try {
            long wait = lastStart + MIN_SPACING_MILLIS - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            r = pending.getAndSet(null);
            if (r == null) {
                return;
            }
            lastStart = System.currentTimeMillis();
            Mlp mlp = r.problem().model();
            if (graph == null || graph.hidden() != mlp.hidden() || graph.activation() != mlp.activation()) {
                graph = new SameDiffGradient(mlp.hidden(), mlp.activation());
            }
            GradientCheck c = GradientCheck.at(mlp, graph, r.theta(), r.problem().xTrain(), r.problem().yTrain());
            Consumer<GradientCheck> show = r.show();
            ui.execute(() -> show.accept(c));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("gradient check failed", e);
            Consumer<String> failed = r == null ? x -> { } : r.failed();
            ui.execute(() -> failed.accept(Messages.oneLine(e)));
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
